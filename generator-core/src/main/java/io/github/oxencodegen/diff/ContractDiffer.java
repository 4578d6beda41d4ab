package io.github.oxencodegen.diff;

import io.github.oxencodegen.schema.PreparedContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares two versions of one model's request contract and classifies every change from the point
 * of view of a caller who sends requests (see the package documentation for the rules).
 */
public final class ContractDiffer {
    private ContractDiffer() {}

    /**
     * The changes from {@code oldContract} to {@code newContract}. Contracts whose schemas have the same
     * hash are not walked: only their endpoints are compared.
     *
     * @throws IllegalArgumentException when the two contracts belong to different models
     */
    public static ContractDiff diff(PreparedContract oldContract, PreparedContract newContract) {
        Objects.requireNonNull(oldContract, "oldContract");
        Objects.requireNonNull(newContract, "newContract");
        if (!oldContract.modelId().equals(newContract.modelId())) {
            throw new IllegalArgumentException("cannot compare the contracts of two models: '" + oldContract.modelId()
                    + "' and '" + newContract.modelId() + "'; compare each model with its own earlier contract");
        }
        List<Change> changes = new ArrayList<>();
        endpoint(oldContract.endpoint(), newContract.endpoint(), changes);
        boolean sameSchema = oldContract.sha256() != null && oldContract.sha256().equals(newContract.sha256());
        if (!sameSchema) {
            changes.addAll(SchemaComparison.changes(
                    Objects.requireNonNull(oldContract.schema(), "old schema"),
                    Objects.requireNonNull(newContract.schema(), "new schema")));
        }
        return new ContractDiff(newContract.modelId(), oldContract.sha256(), newContract.sha256(), changes);
    }

    /** Another endpoint takes requests elsewhere: breaking. One that only one side states is noted. */
    private static void endpoint(String before, String after, List<Change> changes) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null && after != null) {
            changes.add(new Change(Severity.BREAKING, "", "", "endpoint-changed",
                    "endpoint changed from " + before + " to " + after));
        } else {
            changes.add(new Change(Severity.COSMETIC, "", "", "endpoint-stated",
                    after != null ? "endpoint now stated: " + after : "endpoint no longer stated (was " + before + ")"));
        }
    }
}
