package io.github.oxencodegen.codegen.support;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.io.Serializable;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/** Emits {@code Violation}, the record of one broken rule and, for a conditional rule, why it applied. */
final class ViolationEmitter {
    private ViolationEmitter() {}

    static TypeSpec emit(SupportTypes types) {
        MethodSpec constructor = MethodSpec.compactConstructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(String.class, "pointer")
                .addParameter(String.class, "keyword")
                .addParameter(String.class, "message")
                .addParameter(String.class, "condition")
                .addStatement("$T.requireNonNull(pointer, $S)", Objects.class, "pointer")
                .addStatement("$T.requireNonNull(keyword, $S)", Objects.class, "keyword")
                .addStatement("$T.requireNonNull(message, $S)", Objects.class, "message")
                .addStatement("$T.requireNonNull(condition, $S)", Objects.class, "condition")
                .build();
        MethodSpec unconditional = MethodSpec.constructorBuilder()
                .addJavadoc("A violation of a rule that applies whatever else the request holds: no condition.\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(String.class, "pointer")
                .addParameter(String.class, "keyword")
                .addParameter(String.class, "message")
                .addStatement("this(pointer, keyword, message, $S)", "")
                .build();
        MethodSpec toString = MethodSpec.methodBuilder("toString")
                .addJavadoc("The pointer, the message and the keyword, such as\n"
                        + "{@code /reference_images: must have at most 4 items, has 5 (maxItems)}, then the condition\n"
                        + "if there is one: {@code , applies because reference_videos has at least 1 item (#/allOf/1/if)};\n"
                        + "the whole request shows as {@code (root)}.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("String text = (pointer.isEmpty() ? $S : pointer) + $S + message + $S + keyword + $S", "(root)", ": ", " (", ")")
                .addStatement("return condition.isEmpty() ? text : text + $S + condition", ", applies because ")
                .build();
        return TypeSpec.recordBuilder(types.violation())
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(Serializable.class)
                .addJavadoc("""
                        One way a request breaks its model's request schema.

                        @param pointer   RFC 6901 JSON Pointer to the offending value in the request: {@code ""} for
                                         the whole request, {@code /reference_images/2/url} for a nested one; for a
                                         missing required property, the pointer it would have
                        @param keyword   the JSON Schema keyword that failed, such as {@code maxItems},
                                         {@code required} or {@code x-media-references}
                        @param message   what is wrong, naming the allowed values or the bound, such as
                                         {@code must have at most 4 items, has 5}; led by the schema's own words when
                                         it gives the rule an {@code x-message}
                        @param condition why the rule applied, when it applies only under a condition (inside
                                         {@code then} or {@code else}, or a schema dependency): the condition in words
                                         where the schema allows, with its place in the schema, such as
                                         {@code reference_videos has at least 1 item (#/allOf/1/if)}; empty for a rule
                                         that always applies
                        """)
                .recordConstructor(constructor)
                .addMethod(unconditional)
                .addMethod(toString)
                .build();
    }
}
