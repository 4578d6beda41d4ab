package io.github.oxencodegen.codegen.support;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/** Emits {@code ValidationException}, which carries every violation of one request. */
final class ValidationExceptionEmitter {
    private ValidationExceptionEmitter() {}

    static TypeSpec emit(SupportTypes types) {
        TypeName violations = ParameterizedTypeName.get(ClassNames.LIST, types.violation());
        MethodSpec constructor = MethodSpec.constructorBuilder()
                .addJavadoc("""
                        An exception listing {@code violations} of the request schema of {@code modelId}.

                        @param modelId    the Oxen model whose request schema was broken
                        @param violations every violation, in the order the validator reported them; not empty
                        """)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(String.class, "modelId")
                .addParameter(violations, "violations")
                .addStatement("super(message($T.requireNonNull(modelId, $S), violations))", Objects.class, "modelId")
                .addStatement("this.modelId = modelId")
                .addStatement("this.violations = $T.copyOf(violations)", List.class)
                .build();
        MethodSpec message = MethodSpec.methodBuilder("message")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(String.class, "modelId")
                .addParameter(violations, "violations")
                .addCode("""
                        if (violations.isEmpty()) {
                          throw new IllegalArgumentException("a validation exception needs at least one violation");
                        }
                        StringBuilder text = new StringBuilder("Request for model '").append(modelId).append("' has ")
                            .append(violations.size()).append(violations.size() == 1 ? " violation:" : " violations:");
                        for ($T violation : violations) {
                          text.append("\\n  ").append(violation);
                        }
                        return text.toString();
                        """, types.violation())
                .build();
        return TypeSpec.classBuilder(types.validationException())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(IllegalArgumentException.class)
                .addJavadoc("""
                        Thrown when a request breaks its model's request schema. The message names the model and
                        lists every violation, one per line; {@link #violations()} gives them as values.
                        """)
                .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L").build())
                .addField(FieldSpec.builder(String.class, "modelId", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("The id of the Oxen model whose request schema was broken.\n").build())
                .addField(FieldSpec.builder(violations, "violations", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("Immutable; {@code List.copyOf} lists are serializable.\n")
                        .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "serial").build())
                        .build())
                .addMethod(constructor)
                .addMethod(MethodSpec.methodBuilder("modelId")
                        .addJavadoc("The id of the Oxen model whose request schema was broken.\n\n@return the model id\n")
                        .addModifiers(Modifier.PUBLIC).returns(String.class).addStatement("return modelId").build())
                .addMethod(MethodSpec.methodBuilder("violations")
                        .addJavadoc("Every violation, in the order the validator reported them; immutable.\n\n@return the violations, never empty\n")
                        .addModifiers(Modifier.PUBLIC).returns(violations).addStatement("return violations").build())
                .addMethod(message)
                .build();
    }
}
