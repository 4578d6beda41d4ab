package io.github.oxencodegen.runtime;

import java.io.Serializable;
import java.util.Objects;

/**
 * One way a request breaks its model's request schema.
 *
 * @param pointer RFC 6901 JSON Pointer to the offending value in the request: {@code ""} for
 *                the whole request, {@code /reference_images/2/url} for a nested one; for a
 *                missing required property, the pointer it would have
 * @param keyword the JSON Schema keyword that failed, such as {@code maxItems},
 *                {@code required} or {@code x-media-references}
 * @param message what is wrong, naming the allowed values or the bound, such as
 *                {@code must have at most 4 items, has 5}
 */
public record Violation(String pointer, String keyword, String message) implements Serializable {
    public Violation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The pointer, the message and the keyword, such as
     * {@code /reference_images: must have at most 4 items, has 5 (maxItems)};
     * the whole request shows as {@code (root)}.
     */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(root)" : pointer) + ": " + message + " (" + keyword + ")";
    }
}
