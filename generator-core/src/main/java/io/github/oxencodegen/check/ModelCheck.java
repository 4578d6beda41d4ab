package io.github.oxencodegen.check;

import io.github.oxencodegen.generate.ModelRemoval;
import io.github.oxencodegen.diff.ContractDiff;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** What a contract check found for one model. */
public sealed interface ModelCheck permits ModelCheck.Compared, ModelCheck.Removed, ModelCheck.NoSnapshot,
        ModelCheck.NotFetched, ModelCheck.FetchFailed {

    /** The model the finding is about. */
    String modelId();

    /** True when the model's current contract could not be compared with anything, for want of a fetch. */
    default boolean notChecked() {
        return this instanceof NotFetched || this instanceof FetchFailed;
    }

    /** The current contract was fetched and compared with the snapshot. */
    record Compared(ContractDiff diff) implements ModelCheck {
        public Compared {
            Objects.requireNonNull(diff, "diff");
        }

        @Override
        public String modelId() {
            return diff.modelId();
        }
    }

    /**
     * Oxen answered 404 with its own "Model not found" naming the model, or a model the selection locked is no
     * longer in Oxen's list: it was removed (or, without a
     * snapshot, never existed). A breaking change, the one {@link ModelRemoval} change at the root; the
     * snapshot is kept.
     *
     * @param snapshot       where the model's snapshot is
     * @param snapshotExists whether there is a snapshot there
     * @param oldSha256      hash of the snapshot's prepared schema; null without a snapshot
     * @param unlisted       true when the evidence is the model's absence from Oxen's list, which a selection's
     *                       lock file named; false for Oxen's 404
     */
    record Removed(String modelId, Path snapshot, boolean snapshotExists, String oldSha256, boolean unlisted)
            implements ModelCheck {
        public Removed {
            Objects.requireNonNull(modelId, "modelId");
            Objects.requireNonNull(snapshot, "snapshot");
        }

        /** A model Oxen answered 404 "Model not found" for. */
        public Removed(String modelId, Path snapshot, boolean snapshotExists, String oldSha256) {
            this(modelId, snapshot, snapshotExists, oldSha256, false);
        }

        /** The removal as a contract diff: one breaking change to the contract as a whole. */
        public ContractDiff diff() {
            return new ContractDiff(modelId, oldSha256, null, List.of(unlisted
                    ? ModelRemoval.unlisted(modelId, snapshot, snapshotExists)
                    : ModelRemoval.change(modelId, snapshot, snapshotExists)));
        }

        /** What shows the removal: Oxen's 404, or the model's absence from Oxen's list. */
        public String evidence() {
            return unlisted ? ModelRemoval.UNLISTED_EVIDENCE : "Oxen answers 404 \"Model not found\"";
        }
    }

    /** The current contract was fetched, but the model has no snapshot yet: new, nothing to compare. */
    record NoSnapshot(String modelId, Path snapshot) implements ModelCheck {
        public NoSnapshot {
            Objects.requireNonNull(modelId, "modelId");
            Objects.requireNonNull(snapshot, "snapshot");
        }
    }

    /** Nothing was fetched (the build is offline, say), so nothing is known about the current contract. */
    record NotFetched(String modelId, String reason) implements ModelCheck {
        public NotFetched {
            Objects.requireNonNull(modelId, "modelId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The fetch failed; the message says why and what to do, and never holds the API key. */
    record FetchFailed(String modelId, String message) implements ModelCheck {
        public FetchFailed {
            Objects.requireNonNull(modelId, "modelId");
            Objects.requireNonNull(message, "message");
        }
    }
}
