package io.github.oxencodegen.codegen.source;

import com.palantir.javapoet.CodeBlock;
import io.github.oxencodegen.codegen.text.JavaCode;
import java.util.List;
import java.util.Map;

/** The same declarations built with JavaPoet, so that a test can print them both ways and compare. */
final class JavaPoetCopy {
    private JavaPoetCopy() {}

    static com.palantir.javapoet.JavaFile of(JavaFile file, String comment) {
        com.palantir.javapoet.JavaFile.Builder copy = com.palantir.javapoet.JavaFile.builder(file.packageName(), of(file.typeSpec()))
                .skipJavaLangImports(true)
                .indent(JavaCode.INDENT);
        if (comment != null) {
            copy.addFileComment("$L", comment);
        }
        return copy.build();
    }

    static com.palantir.javapoet.TypeSpec of(TypeSpec type) {
        com.palantir.javapoet.TypeSpec.Builder copy = switch (type.kind()) {
            case CLASS -> type.name() == null
                    ? com.palantir.javapoet.TypeSpec.anonymousClassBuilder(code(type.anonymousArguments()))
                    : com.palantir.javapoet.TypeSpec.classBuilder(type.name());
            case INTERFACE -> com.palantir.javapoet.TypeSpec.interfaceBuilder(type.name());
            case ENUM -> com.palantir.javapoet.TypeSpec.enumBuilder(type.name());
        };
        copy.addJavadoc(code(type.javadoc()));
        type.annotations().forEach(annotation -> copy.addAnnotation(of(annotation)));
        copy.addModifiers(type.modifiers().toArray(javax.lang.model.element.Modifier[]::new));
        if (type.superclass() != null) {
            copy.superclass(type.superclass());
        }
        type.superinterfaces().forEach(copy::addSuperinterface);
        type.enumConstants().forEach((name, body) -> copy.addEnumConstant(name, of(body)));
        type.fieldSpecs().forEach(field -> copy.addField(of(field)));
        type.methodSpecs().forEach(method -> copy.addMethod(of(method)));
        type.typeSpecs().forEach(nested -> copy.addType(of(nested)));
        return copy.build();
    }

    private static com.palantir.javapoet.FieldSpec of(FieldSpec field) {
        com.palantir.javapoet.FieldSpec.Builder copy = com.palantir.javapoet.FieldSpec.builder(field.type(), field.name())
                .addJavadoc(code(field.javadoc()))
                .addModifiers(field.modifiers().toArray(javax.lang.model.element.Modifier[]::new));
        field.annotations().forEach(annotation -> copy.addAnnotation(of(annotation)));
        if (!field.initializer().isEmpty()) {
            copy.initializer(code(field.initializer()));
        }
        return copy.build();
    }

    private static com.palantir.javapoet.MethodSpec of(MethodSpec method) {
        com.palantir.javapoet.MethodSpec.Builder copy = method.isConstructor()
                ? com.palantir.javapoet.MethodSpec.constructorBuilder()
                : com.palantir.javapoet.MethodSpec.methodBuilder(method.name()).returns(method.returnType());
        copy.addJavadoc(code(method.javadoc()));
        method.annotations().forEach(annotation -> copy.addAnnotation(of(annotation)));
        copy.addModifiers(method.modifiers());
        for (ParameterSpec parameter : method.parameters()) {
            com.palantir.javapoet.ParameterSpec.Builder p = com.palantir.javapoet.ParameterSpec.builder(parameter.type(), parameter.name())
                    .addModifiers(parameter.modifiers());
            parameter.annotations().forEach(annotation -> p.addAnnotation(of(annotation)));
            copy.addParameter(p.build());
        }
        method.exceptions().forEach(copy::addException);
        copy.addCode(code(method.code()));
        return copy.build();
    }

    private static com.palantir.javapoet.AnnotationSpec of(AnnotationSpec annotation) {
        com.palantir.javapoet.AnnotationSpec.Builder copy = com.palantir.javapoet.AnnotationSpec.builder(annotation.type());
        for (Map.Entry<String, List<JavaCode>> member : annotation.members().entrySet()) {
            member.getValue().forEach(value -> copy.addMember(member.getKey(), code(value)));
        }
        return copy.build();
    }

    private static CodeBlock code(JavaCode code) {
        return code.toCodeBlock();
    }
}
