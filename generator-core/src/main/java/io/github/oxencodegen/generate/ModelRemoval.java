package io.github.oxencodegen.generate;

import io.github.oxencodegen.diff.Change;
import io.github.oxencodegen.diff.Severity;
import io.github.oxencodegen.fetch.FetchException;
import java.nio.file.Path;

/**
 * A model Oxen no longer has, as the generate and check goals both report it: one breaking change to the
 * contract as a whole, of the kind {@value #KIND}. The evidence is Oxen's own 404 answer for a missing
 * model, {@code "Model not found: <id>"} naming the model ({@link FetchException.Kind#NOT_FOUND}); any
 * other 404 (a wrong base URL's page, a proxy, Oxen's {@code resource_not_found}) proves nothing and stays
 * a failed fetch. For a model a selection locked, Oxen's list no longer holding it is the evidence
 * ({@link #unlisted}). The snapshot is never deleted: removing the model is the user's decision.
 */
public final class ModelRemoval {
    /** The kind of the change. */
    public static final String KIND = "model-removed";
    /** What shows that a selected model was removed. */
    public static final String UNLISTED_EVIDENCE = "no longer in Oxen's model list";

    private ModelRemoval() {}

    /** True when {@code failure} is Oxen saying it has no model with the id asked for. */
    public static boolean isRemoval(FetchException failure) {
        return failure.kind() == FetchException.Kind.NOT_FOUND;
    }

    /** The one breaking change: {@code model removed: Oxen answers 404 "Model not found: id"; ...}. */
    public static Change change(String modelId, Path snapshot, boolean snapshotExists) {
        String message = "model removed: Oxen answers 404 \"Model not found: " + modelId + "\"; every request for it"
                + " will fail. " + (snapshotExists ? "The snapshot " + snapshot + " is kept"
                : "There is no snapshot at " + snapshot + " either: check the model id");
        return new Change(Severity.BREAKING, "", "", KIND, message);
    }

    /**
     * The one breaking change of a model that a selection locked and that Oxen's list ({@code GET /api/ai/models})
     * no longer holds: {@code model removed: no longer in Oxen's model list; ...}.
     */
    public static Change unlisted(String modelId, Path snapshot, boolean snapshotExists) {
        String message = "model removed: " + UNLISTED_EVIDENCE + " (the lock file selected it); every request for it"
                + " will fail. " + (snapshotExists ? "The snapshot " + snapshot + " is kept, and '" + modelId
                + "' generated from it, until you delete it" : "There is no snapshot at " + snapshot + " to keep");
        return new Change(Severity.BREAKING, "", "", KIND, message);
    }
}
