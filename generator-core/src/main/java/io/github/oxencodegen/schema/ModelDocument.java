package io.github.oxencodegen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One Oxen model as the generator needs it: its id, the endpoint that takes its requests, and its
 * request schema (null for chat models, which Oxen publishes without one).
 *
 * @param id            the model id, such as {@code wan-v2-7-reference-to-video}
 * @param endpoint      the endpoint path, such as {@code /videos/generate}; null when the document did not say
 * @param requestSchema the JSON Schema of the request parameters; null when the model has none
 * @param source        where the document came from (a file path or URL), for error messages
 */
public record ModelDocument(String id, String endpoint, JsonNode requestSchema, String source) {
    public ModelDocument {
        Objects.requireNonNull(id, "id");
        if (requestSchema != null && requestSchema.isNull()) {
            requestSchema = null;
        }
    }

    /** True when Oxen publishes no request schema for this model (chat models). */
    public boolean hasRequestSchema() {
        return requestSchema != null;
    }
}
