package io.github.oxencodegen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One model to generate: its document and, optionally, an RFC 7396 merge patch (an overlay)
 * applied to its request schema before anything else reads it.
 *
 * @param document      the model as Oxen publishes it
 * @param overlay       a JSON Merge Patch for the request schema; null for none
 * @param overlaySource where the overlay came from, for error messages; null for none
 */
public record ModelInput(ModelDocument document, JsonNode overlay, String overlaySource) {
    public ModelInput {
        Objects.requireNonNull(document, "document");
    }

    /** A model without an overlay. */
    public static ModelInput of(ModelDocument document) {
        return new ModelInput(document, null, null);
    }
}
