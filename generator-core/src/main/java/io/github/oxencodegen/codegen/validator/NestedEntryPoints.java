package io.github.oxencodegen.codegen.validator;

import com.palantir.javapoet.TypeName;
import io.github.oxencodegen.codegen.source.MethodSpec;
import io.github.oxencodegen.codegen.support.SupportTypes;
import io.github.oxencodegen.codegen.text.JavaCode;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The validator's entry points for a nested class ({@code Reference}, ...): {@code validate} and
 * {@code requireValid} overloads that judge one object against the schema it was generated from,
 * alone, with JSON Pointers relative to the object. The object's {@code build()} calls them, so that
 * it fails as the request's does, with a {@code ValidationException}. Rules the request places on the
 * object from outside (an {@code allOf} at the root, say) are the request's to check.
 */
final class NestedEntryPoints {
    private NestedEntryPoints() {}

    static List<MethodSpec> methods(SupportTypes support,
            ValidatorEmitter.NestedClass nested, Subschema schema) {
        TypeName violations = JavaTypes.listOf(support.violation());
        String where = JavaText.javadoc("#" + nested.pointer());
        JavaCode.Builder validate = JavaCode.builder()
                .addStatement("$T node = $T.requireNonNull(value, $S).toJsonNode()", JavaTypes.JSON_NODE, JavaTypes.OBJECTS, "value");
        if (schema.always()) {
            validate.addStatement("return $T.of()", JavaTypes.LIST);
        } else if (schema.never()) {
            validate.addStatement("return $T.of(new $T($S, $S, $S))", JavaTypes.LIST, support.violation(), "", "false",
                    "no value is allowed: the schema is false");
        } else {
            validate.beginControlFlow("if ($L)", schema.matches(JavaCode.of("node")))
                    .addStatement("return $T.of()", JavaTypes.LIST)
                    .endControlFlow()
                    .addStatement("$T out = new $T<>()", violations, JavaTypes.ARRAY_LIST)
                    .add(schema.collect(JavaCode.of("node"), JavaCode.of("$T.root()", support.instancePath())))
                    .addStatement("return $T.copyOf(out)", JavaTypes.LIST);
        }
        MethodSpec validateMethod = MethodSpec.methodBuilder("validate")
                .addJavadoc("Every violation by {@code value} of the schema of {@link $T} (<code>$L</code>), on its own:\n"
                        + "pointers are relative to {@code value}.\n\n@param value the object\n@return the violations, immutable\n",
                        nested.type(), where)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(violations)
                .addParameter(nested.type(), "value")
                .addCode(validate.build())
                .build();
        MethodSpec requireValid = MethodSpec.methodBuilder("requireValid")
                .addJavadoc("Throws when {@code value} breaks the schema of {@link $T}; see {@link #validate($T)}.\n\n"
                        + "@param value the object\n@throws $T listing every violation, pointers relative to {@code value}\n",
                        nested.type(), nested.type(), support.validationException())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(nested.type(), "value")
                .addStatement("$T violations = validate(value)", violations)
                .beginControlFlow("if (!violations.isEmpty())")
                .addStatement("throw new $T(MODEL_ID, violations)", support.validationException())
                .endControlFlow()
                .build();
        return List.of(validateMethod, requireValid);
    }
}
