package io.github.oxencodegen.generate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.diff.ContractDiff;
import io.github.oxencodegen.diff.ContractDiffer;
import io.github.oxencodegen.diff.ContractReport;
import io.github.oxencodegen.schema.CanonicalJson;
import io.github.oxencodegen.schema.ModelDocumentReader;
import io.github.oxencodegen.schema.ModelDocument;
import io.github.oxencodegen.schema.SchemaException;
import java.util.List;
import java.util.Objects;

/**
 * Short log lines saying how a model's freshly fetched contract differs from its snapshot: the
 * {@link ContractReport#summaryLines contract diff} (each change with its severity and JSON Pointer),
 * or, when either side cannot be prepared for comparison, the two schema hashes. None when the
 * contracts are the same, however the two files differ otherwise.
 */
final class ContractChanges {
    private static final int SHORT_HASH = 12;

    private ContractChanges() {}

    /** The lines, empty when the contract did not change. */
    static List<String> between(String modelId, JsonNode previous, JsonNode current, boolean plainBuilders) {
        try {
            ContractDiff diff = ContractDiffer.diff(model(modelId, previous), model(modelId, current), null, null, plainBuilders);
            return diff.isEmpty() ? List.of() : ContractReport.summaryLines(diff);
        } catch (SchemaException | RuntimeException e) {
            return hashes(previous, current);
        }
    }

    private static ModelDocument model(String modelId, JsonNode snapshot) throws SchemaException {
        return new ModelDocumentReader().read(snapshot, modelId, modelId).get(0);
    }

    private static List<String> hashes(JsonNode previous, JsonNode current) {
        String oldEndpoint = previous.path("endpoint").asText(null);
        String newEndpoint = current.path("endpoint").asText(null);
        String oldSchema = hashOf(previous.path("request_schema"));
        String newSchema = hashOf(current.path("request_schema"));
        if (Objects.equals(oldEndpoint, newEndpoint) && oldSchema.equals(newSchema)) {
            return List.of();
        }
        if (!Objects.equals(oldEndpoint, newEndpoint)) {
            return List.of("endpoint: " + oldEndpoint + " -> " + newEndpoint, "request schema: " + oldSchema + " -> " + newSchema);
        }
        return List.of("request schema: " + oldSchema + " -> " + newSchema);
    }

    private static String hashOf(JsonNode schema) {
        return schema.isMissingNode() || schema.isNull() ? "(none)" : CanonicalJson.sha256(schema).substring(0, SHORT_HASH);
    }
}
