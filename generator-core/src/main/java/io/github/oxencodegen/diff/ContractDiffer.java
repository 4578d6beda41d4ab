package io.github.oxencodegen.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.ContractPreparer;
import io.github.oxencodegen.schema.ModelDocument;
import io.github.oxencodegen.schema.ModelInput;
import io.github.oxencodegen.schema.PreparedContract;
import io.github.oxencodegen.schema.SchemaException;
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
     * Prepares two versions of one model with the same overlay and compares them: the one "prepare then
     * diff" that the check (snapshot against Oxen), the build's change log lines and the command line's
     * {@code diff} share.
     *
     * @param overlay       the merge patch applied to both versions; null for none
     * @param overlaySource where the overlay came from, for messages; null for none
     * @throws SchemaException when either version cannot be prepared (the message names its source)
     */
    public static ContractDiff diff(ModelDocument oldModel, ModelDocument newModel, JsonNode overlay, String overlaySource)
            throws SchemaException {
        return diff(oldModel, newModel, overlay, overlaySource, false);
    }

    /**
     * As {@link #diff(ModelDocument, ModelDocument, JsonNode, String)}, worded for plain builders when
     * {@code plainBuilders} (see {@link #diff(PreparedContract, PreparedContract, boolean)}).
     */
    public static ContractDiff diff(ModelDocument oldModel, ModelDocument newModel, JsonNode overlay, String overlaySource,
                                    boolean plainBuilders) throws SchemaException {
        return diff(ContractPreparer.prepare(new ModelInput(oldModel, overlay, overlaySource)),
                ContractPreparer.prepare(new ModelInput(newModel, overlay, overlaySource)), plainBuilders);
    }

    /**
     * The changes from {@code oldContract} to {@code newContract}. Contracts whose schemas have the same
     * hash are not walked: only their endpoints are compared.
     *
     * @throws IllegalArgumentException when the two contracts belong to different models
     */
    public static ContractDiff diff(PreparedContract oldContract, PreparedContract newContract) {
        return diff(oldContract, newContract, false);
    }

    /**
     * As {@link #diff(PreparedContract, PreparedContract)}, with a newly required property's line worded for
     * the builders the consumer generates: staged ({@code false}: the code stops compiling, and the line
     * names the step to add) or plain ({@code true}: {@code build()} refuses the request when it runs).
     */
    public static ContractDiff diff(PreparedContract oldContract, PreparedContract newContract, boolean plainBuilders) {
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
            changes.addAll(BuilderStepHints.add(SchemaComparison.changes(
                    Objects.requireNonNull(oldContract.schema(), "old schema"),
                    Objects.requireNonNull(newContract.schema(), "new schema")), newContract, plainBuilders));
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
