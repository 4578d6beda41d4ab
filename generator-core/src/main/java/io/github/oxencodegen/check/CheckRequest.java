package io.github.oxencodegen.check;

import io.github.oxencodegen.generate.ModelSelection;
import io.github.oxencodegen.diff.FailOn;
import io.github.oxencodegen.fetch.FetchSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one contract check needs, checked when made: the messages of the
 * {@link IllegalArgumentException}s thrown here are meant for the user.
 *
 * @param models             ids of the models to check, in order, each once
 * @param overlays           JSON Merge Patch files for some models' request schemas, by model id; each is
 *                           applied to both the snapshot and the current contract
 * @param snapshotDirectory  where each model's committed contract is kept as {@code {id}.json}; only read
 * @param reportDirectory    where {@code contract-report.md} and {@code contract-report.json} are written
 * @param failOn             the threshold at which the check fails
 * @param fetchSettings      how to reach Oxen; may be null only when {@code noFetchReason} is given
 * @param noFetchReason      null to fetch the current contracts; otherwise why nothing may be fetched (such as
 *                           {@code the build is offline}), and every model is reported as not checked
 * @param fetchFailureFails  true when a model that could not be fetched fails the check (the {@code always}
 *                           fetch mode); false when it is reported as not checked and the check goes on
 */
public record CheckRequest(List<String> models, Map<String, Path> overlays, Path snapshotDirectory, Path reportDirectory,
                           FailOn failOn, FetchSettings fetchSettings, String noFetchReason, boolean fetchFailureFails) {
    public CheckRequest {
        Objects.requireNonNull(snapshotDirectory, "snapshotDirectory");
        Objects.requireNonNull(reportDirectory, "reportDirectory");
        Objects.requireNonNull(failOn, "failOn");
        models = ModelSelection.requireModels(models, "check");
        overlays = ModelSelection.requireOverlays(overlays, models, "check");
        if (noFetchReason == null) {
            Objects.requireNonNull(fetchSettings, "fetchSettings are needed unless nothing is fetched");
        }
    }
}
