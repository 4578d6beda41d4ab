package io.github.oxencodegen.codegen.support;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.io.Serializable;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/** Emits {@code Violation}, the record of one broken rule. */
final class ViolationEmitter {
    private ViolationEmitter() {}

    static TypeSpec emit(SupportTypes types) {
        MethodSpec constructor = MethodSpec.compactConstructorBuilder()
                .addJavadoc("A violation; every part is required.\n\n"
                        + "@param pointer where, as an RFC 6901 JSON Pointer\n@param keyword the keyword that failed\n"
                        + "@param message what is wrong\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(String.class, "pointer")
                .addParameter(String.class, "keyword")
                .addParameter(String.class, "message")
                .addStatement("$T.requireNonNull(pointer, $S)", Objects.class, "pointer")
                .addStatement("$T.requireNonNull(keyword, $S)", Objects.class, "keyword")
                .addStatement("$T.requireNonNull(message, $S)", Objects.class, "message")
                .build();
        MethodSpec toString = MethodSpec.methodBuilder("toString")
                .addJavadoc("The pointer, the message and the keyword, such as\n"
                        + "{@code /reference_images: must have at most 4 items, has 5 (maxItems)};\n"
                        + "the whole request shows as {@code (root)}.\n\n@return the text\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return (pointer.isEmpty() ? $S : pointer) + $S + message + $S + keyword + $S", "(root)", ": ", " (", ")")
                .build();
        // "@serial exclude": JDK 17's doclint asks for a comment on each component of a serializable
        // record, which the @param tags already give; the serialized form of a record is its components.
        return TypeSpec.recordBuilder(types.violation())
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(Serializable.class)
                .addJavadoc("""
                        One way a request breaks its model's request schema.

                        @param pointer RFC 6901 JSON Pointer to the offending value in the request: {@code ""} for
                                       the whole request, {@code /reference_images/2/url} for a nested one; for a
                                       missing required property, the pointer it would have
                        @param keyword the JSON Schema keyword that failed, such as {@code maxItems},
                                       {@code required} or {@code x-media-references}
                        @param message what is wrong, naming the allowed values or the bound, such as
                                       {@code must have at most 4 items, has 5}
                        @serial exclude
                        """)
                .recordConstructor(constructor)
                .addMethod(toString)
                .build();
    }
}
