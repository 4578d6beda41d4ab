package io.github.oxencodegen.generate;

import java.util.Objects;

/**
 * What a build did for one model.
 *
 * @param modelId         the model id
 * @param source          where its contract came from
 * @param snapshotUpdated true when the build created or changed the model's snapshot
 * @param fetchFailure    why fetching failed when the build fell back to the snapshot; null otherwise
 */
public record ModelOutcome(String modelId, ContractSource source, boolean snapshotUpdated, String fetchFailure) {
    public ModelOutcome {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(source, "source");
    }
}
