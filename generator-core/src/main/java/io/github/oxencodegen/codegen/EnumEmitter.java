package io.github.oxencodegen.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.oxencodegen.codegen.source.AnnotationSpec;
import io.github.oxencodegen.codegen.source.FieldSpec;
import io.github.oxencodegen.codegen.source.MethodSpec;
import io.github.oxencodegen.codegen.source.TypeSpec;
import io.github.oxencodegen.codegen.text.JavaCode;
import io.github.oxencodegen.codegen.text.JavadocText;
import io.github.oxencodegen.model.EnumType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits a Java enum for an {@code enum} keyword. Each constant keeps its exact wire value (such as
 * {@code "16:9"}, {@code 1080P}, {@code -1} or {@code 23.976}). {@code fromValue(JsonNode)} is how
 * Jackson reads one; string enums also get {@code fromValue(String)} and integer enums
 * {@code fromValue(long)}. An unknown value fails with a message listing the allowed ones.
 */
final class EnumEmitter {
    private EnumEmitter() {}

    static TypeSpec emit(EnumType type, String packageName) {
        ClassName self = ClassName.get(packageName, type.className());
        TypeName valueType = valueType(type.valueKind());
        TypeSpec.Builder spec = TypeSpec.enumBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L", JavadocText.compose(type.documentation(), null, extra(type)));
        for (EnumType.Constant constant : type.constants()) {
            spec.addEnumConstant(constant.javaName(), TypeSpec.anonymousClassBuilder("$L", literal(type.valueKind(), constant))
                    .addJavadoc("Wire value {@code $L}.\n", JavadocText.escape(constant.wireValue().toString()))
                    .build());
        }
        spec.addField(FieldSpec.builder(valueType, "value", Modifier.PRIVATE, Modifier.FINAL).build());
        spec.addMethod(MethodSpec.constructorBuilder().addParameter(valueType, "value").addStatement("this.value = value").build());
        spec.addMethod(MethodSpec.methodBuilder("value")
                .addJavadoc("The exact value sent on the wire.\n\n@return the wire value\n")
                .addAnnotation(TypeNames.JSON_VALUE)
                .addModifiers(Modifier.PUBLIC)
                .returns(valueType)
                .addStatement("return value")
                .build());
        spec.addMethod(fromValue(type, self));
        if (type.valueKind() == EnumType.ValueKind.STRING || type.valueKind() == EnumType.ValueKind.INTEGER) {
            spec.addMethod(fromPlainValue(type, self));
        }
        spec.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $T.valueOf(value)", String.class)
                .build());
        return spec.build();
    }

    private static List<String> extra(EnumType type) {
        List<String> extra = new java.util.ArrayList<>(JavadocText.places(type.places()));
        extra.add("Wire values: " + JavadocText.escape(allowed(type)) + ".");
        return extra;
    }

    private static MethodSpec fromValue(EnumType type, ClassName self) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("fromValue")
                .addJavadoc("The constant for a wire value, as Jackson reads it.\n\n"
                        + "@param node the JSON value\n@return the constant\n"
                        + "@throws IllegalArgumentException when the value is not one of $L\n", JavadocText.escape(allowed(type)))
                .addAnnotation(AnnotationSpec.builder(TypeNames.JSON_CREATOR)
                        .addMember("mode", "$T.Mode.DELEGATING", TypeNames.JSON_CREATOR).build())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(TypeNames.JSON_NODE, "node");
        method.beginControlFlow("for ($T candidate : values())", self);
        method.beginControlFlow("if ($L)", matches(type.valueKind()));
        method.addStatement("return candidate");
        method.endControlFlow();
        method.endControlFlow();
        method.addStatement("throw new $T($S + node + $S)", IllegalArgumentException.class,
                "unknown " + type.className() + " value ", ": allowed values are " + allowed(type));
        return method.build();
    }

    /**
     * {@code fromValue(String)} of a string enum, or {@code fromValue(long)} of an integer one: the constant
     * for a plain Java value, with the same message as the JSON form when there is none.
     */
    private static MethodSpec fromPlainValue(EnumType type, ClassName self) {
        boolean text = type.valueKind() == EnumType.ValueKind.STRING;
        TypeName parameter = text ? TypeNames.STRING : TypeName.LONG;
        String example = JavadocText.escape(type.constants().get(0).wireValue().toString());
        MethodSpec.Builder method = MethodSpec.methodBuilder("fromValue")
                .addJavadoc("The constant for a wire value, such as {@code $L}; matched exactly.\n\n"
                        + "@param value the wire value\n@return the constant\n"
                        + "@throws IllegalArgumentException when the value is not one of $L\n", example, JavadocText.escape(allowed(type)))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(parameter, "value");
        method.beginControlFlow("for ($T candidate : values())", self);
        method.beginControlFlow(text ? "if (candidate.value.equals(value))" : "if (candidate.value == value)");
        method.addStatement("return candidate");
        method.endControlFlow();
        method.endControlFlow();
        if (text) {
            ClassName nodes = ClassName.get("com.fasterxml.jackson.databind.node", "JsonNodeFactory");
            method.addComment("as JSON text, quoted and escaped like the JSON form's message");
            method.addStatement("throw new $T($S + $T.instance.textNode(value) + $S)", IllegalArgumentException.class,
                    "unknown " + type.className() + " value ", nodes, ": allowed values are " + allowed(type));
        } else {
            method.addStatement("throw new $T($S + value + $S)", IllegalArgumentException.class,
                    "unknown " + type.className() + " value ", ": allowed values are " + allowed(type));
        }
        return method.build();
    }

    private static JavaCode matches(EnumType.ValueKind kind) {
        return switch (kind) {
            case STRING -> JavaCode.of("node != null && node.isTextual() && node.textValue().equals(candidate.value)");
            case INTEGER -> JavaCode.of("node != null && node.isNumber() && node.decimalValue().compareTo($T.valueOf(candidate.value)) == 0",
                    TypeNames.BIG_DECIMAL);
            case NUMBER -> JavaCode.of("node != null && node.isNumber() && node.decimalValue().compareTo(candidate.value) == 0");
            case MIXED -> JavaCode.of("node != null && (node.isNumber() && candidate.value.isNumber()"
                    + " ? node.decimalValue().compareTo(candidate.value.decimalValue()) == 0 : node.equals(candidate.value))");
        };
    }

    private static TypeName valueType(EnumType.ValueKind kind) {
        return switch (kind) {
            case STRING -> TypeNames.STRING;
            case INTEGER -> TypeName.LONG;
            case NUMBER -> TypeNames.BIG_DECIMAL;
            case MIXED -> TypeNames.JSON_NODE;
        };
    }

    private static JavaCode literal(EnumType.ValueKind kind, EnumType.Constant constant) {
        return switch (kind) {
            case STRING -> JavaCode.of("$S", constant.wireValue().textValue());
            case INTEGER -> JavaCode.of("$LL", constant.wireValue().decimalValue().toBigIntegerExact());
            case NUMBER -> JavaCode.of("new $T($S)", TypeNames.BIG_DECIMAL, constant.wireValue().decimalValue().toString());
            case MIXED -> mixedLiteral(constant);
        };
    }

    private static JavaCode mixedLiteral(EnumType.Constant constant) {
        ClassName nodes = ClassName.get("com.fasterxml.jackson.databind.node", "JsonNodeFactory");
        if (constant.wireValue().isTextual()) {
            return JavaCode.of("$T.instance.textNode($S)", nodes, constant.wireValue().textValue());
        }
        if (constant.wireValue().isBoolean()) {
            return JavaCode.of("$T.instance.booleanNode($L)", nodes, constant.wireValue().booleanValue());
        }
        return JavaCode.of("$T.valueOf(new $T($S))", ClassName.get("com.fasterxml.jackson.databind.node", "DecimalNode"),
                TypeNames.BIG_DECIMAL, constant.wireValue().decimalValue().toString());
    }

    private static String allowed(EnumType type) {
        List<String> values = new ArrayList<>();
        for (EnumType.Constant constant : type.constants()) {
            values.add(constant.wireValue().toString());
        }
        return String.join(", ", values);
    }
}
