package io.github.oxencodegen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * The answer of an endpoint whose shape this client does not model (such as {@code /audio/generate}),
 * kept as JSON.
 *
 * @param json the whole answer
 */
public record JsonResult(JsonNode json) {
    /**
     * An answer kept as it is.
     *
     * @param json the whole answer
     * @throws NullPointerException if {@code json} is {@code null}
     */
    public JsonResult {
        Objects.requireNonNull(json, "json");
    }

    /**
     * Keeps {@code answer} as it is, unread; the {@link OxenRequest#readResult} of endpoints this
     * client does not model.
     *
     * @param answer the answer's JSON body
     * @return the result holding {@code answer}
     * @throws NullPointerException if {@code answer} is {@code null}
     */
    public static JsonResult of(JsonNode answer) {
        return new JsonResult(answer);
    }
}
