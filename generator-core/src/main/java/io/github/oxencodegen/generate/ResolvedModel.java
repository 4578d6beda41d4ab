package io.github.oxencodegen.generate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.ModelDocument;
import java.util.Objects;

/**
 * One model's contract as a build will use it.
 *
 * @param document       what the generator reads
 * @param source         where it came from
 * @param snapshotUpdate the snapshot to store once generation succeeded; null when the snapshot is current
 * @param fetchFailure   why fetching failed, when the snapshot stood in; null otherwise
 */
record ResolvedModel(ModelDocument document, ContractSource source, JsonNode snapshotUpdate, String fetchFailure) {
    ResolvedModel {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(source, "source");
    }

    String modelId() {
        return document.id();
    }
}
