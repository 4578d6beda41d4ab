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
    public JsonResult {
        Objects.requireNonNull(json, "json");
    }

    /** Keeps {@code answer} as it is. */
    public static JsonResult of(JsonNode answer) {
        return new JsonResult(answer);
    }
}
