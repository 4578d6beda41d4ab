package io.github.oxencodegen.check;

import io.github.oxencodegen.diff.ContractDiff;
import io.github.oxencodegen.diff.FailOn;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a contract check found, model by model in the order they were configured, and the verdict
 * that follows from it.
 *
 * @param models            one finding per model
 * @param failOn            the threshold the diffs were held against
 * @param fetchFailureFails true when a failed fetch fails the check
 * @param selection         which models of the selection came and went; empty without a selection, or when Oxen's
 *                          list was not read
 */
public record CheckResult(List<ModelCheck> models, FailOn failOn, boolean fetchFailureFails,
                          Optional<SelectionChanges> selection) {
    public CheckResult {
        models = List.copyOf(models);
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(selection, "selection");
    }

    /** The result of a check of named models alone, without a selection. */
    public CheckResult(List<ModelCheck> models, FailOn failOn, boolean fetchFailureFails) {
        this(models, failOn, fetchFailureFails, Optional.empty());
    }

    /** The diffs of the models that were compared, and of those removed from Oxen (one breaking change each). */
    public List<ContractDiff> diffs() {
        return models.stream()
                .filter(m -> m instanceof ModelCheck.Compared || m instanceof ModelCheck.Removed)
                .map(m -> m instanceof ModelCheck.Compared compared ? compared.diff() : ((ModelCheck.Removed) m).diff())
                .toList();
    }

    /** The models Oxen says it no longer has. */
    public List<ModelCheck.Removed> removed() {
        return models.stream()
                .filter(ModelCheck.Removed.class::isInstance)
                .map(ModelCheck.Removed.class::cast)
                .toList();
    }

    /** The models whose diff meets the threshold, with the changes that meet it. */
    public List<ThresholdBreach> breaches() {
        return diffs().stream().map(d -> ThresholdBreach.of(d, failOn)).flatMap(Optional::stream).toList();
    }

    /** The models that could not be checked, for want of a fetch. */
    public List<ModelCheck> notChecked() {
        return models.stream().filter(ModelCheck::notChecked).toList();
    }

    /** The models that had no snapshot to compare with. */
    public List<ModelCheck.NoSnapshot> withoutSnapshot() {
        return models.stream()
                .filter(ModelCheck.NoSnapshot.class::isInstance)
                .map(ModelCheck.NoSnapshot.class::cast)
                .toList();
    }

    public Verdict verdict() {
        boolean fetchFailed = models.stream().anyMatch(ModelCheck.FetchFailed.class::isInstance);
        if (!breaches().isEmpty() || (fetchFailureFails && fetchFailed)) {
            return Verdict.FAILED;
        }
        return notChecked().isEmpty() ? Verdict.PASSED : Verdict.INCOMPLETE;
    }
}
