package io.github.oxencodegen.runtime;

import java.io.Serializable;
import java.util.Objects;

/**
 * One way a request breaks its model's request schema.
 *
 * @param pointer   RFC 6901 JSON Pointer to the offending value in the request: {@code ""} for
 *                  the whole request, {@code /reference_images/2/url} for a nested one; for a
 *                  missing required property, the pointer it would have
 * @param keyword   the JSON Schema keyword that failed, such as {@code maxItems},
 *                  {@code required} or {@code x-media-references}
 * @param message   what is wrong, naming the allowed values or the bound, such as
 *                  {@code must have at most 4 items, has 5}; led by the schema's own words when
 *                  it gives the rule an {@code x-message}
 * @param condition why the rule applied, when it applies only under a condition (inside
 *                  {@code then} or {@code else}, or a schema dependency): the condition in words
 *                  where the schema allows, with its place in the schema, such as
 *                  {@code reference_videos has at least 1 item (#/allOf/1/if)}; empty for a rule
 *                  that always applies
 * @serial exclude
 */
public record Violation(String pointer, String keyword, String message,
        String condition) implements Serializable {
    /**
     * A violation; every part is required.
     *
     * @param pointer   where, as an RFC 6901 JSON Pointer
     * @param keyword   the keyword that failed
     * @param message   what is wrong
     * @param condition why the rule applied; empty for a rule that always applies
     */
    public Violation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(condition, "condition");
    }

    /**
     * A violation of a rule that applies whatever else the request holds: no condition.
     *
     * @param pointer where, as an RFC 6901 JSON Pointer
     * @param keyword the keyword that failed
     * @param message what is wrong
     */
    public Violation(String pointer, String keyword, String message) {
        this(pointer, keyword, message, "");
    }

    /**
     * The pointer, the message and the keyword, such as
     * {@code /reference_images: must have at most 4 items, has 5 (maxItems)}, then the condition
     * if there is one: {@code , applies because reference_videos has at least 1 item (#/allOf/1/if)};
     * the whole request shows as {@code (root)}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        String text = (pointer.isEmpty() ? "(root)" : pointer) + ": " + message + " (" + keyword + ")";
        return condition.isEmpty() ? text : text + ", applies because " + condition;
    }
}
