package io.github.oxencodegen.check;

import io.github.oxencodegen.diff.FailOn;
import io.github.oxencodegen.fetch.FetchSettings;
import io.github.oxencodegen.generate.ModelSelection;
import io.github.oxencodegen.select.ModelFilter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one contract check needs, made with {@link #builder()} and checked when built: the messages
 * of the {@link IllegalArgumentException}s thrown by {@link Builder#build()} are meant for the user. A
 * check either fetches the current contracts ({@link Builder#fetchSettings}) or fetches nothing, for a
 * stated reason ({@link Builder#fetchNothing}). The defaults live in the {@link Builder} alone: no overlays,
 * the threshold {@code breaking}, a failed fetch reported as not checked.
 */
public final class CheckRequest {
    private final List<String> models;
    private final ModelFilter selection;
    private final Map<String, Path> overlays;
    private final Path snapshotDirectory;
    private final Path reportDirectory;
    private final FailOn failOn;
    private final Optional<FetchSettings> fetchSettings;
    private final Optional<String> noFetchReason;
    private final boolean fetchFailureFails;
    private final boolean plainBuilders;

    private CheckRequest(Builder builder) {
        List<String> missing = new ArrayList<>();
        if (builder.snapshotDirectory == null) {
            missing.add("snapshotDirectory");
        }
        if (builder.reportDirectory == null) {
            missing.add("reportDirectory");
        }
        if (builder.fetchSettings == null && builder.noFetchReason == null) {
            missing.add("fetchSettings (or fetchNothing with the reason)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The check request lacks " + String.join(", ", missing));
        }
        selection = builder.selection;
        models = ModelSelection.requireModels(builder.models, selection != null, "check");
        overlays = ModelSelection.requireOverlays(builder.overlays, models, selection != null, "check");
        snapshotDirectory = builder.snapshotDirectory;
        reportDirectory = builder.reportDirectory;
        failOn = Objects.requireNonNull(builder.failOn, "failOn");
        noFetchReason = Optional.ofNullable(builder.noFetchReason);
        fetchSettings = noFetchReason.isPresent() ? Optional.empty() : Optional.of(builder.fetchSettings);
        fetchFailureFails = builder.fetchFailureFails;
        plainBuilders = builder.plainBuilders;
    }

    /** A builder with every default set and nothing required given yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** Ids of the models to check, in order, each once. */
    public List<String> models() {
        return models;
    }

    /**
     * The filter selecting further models from Oxen's list, whose last resolution the lock file records; empty
     * when the check covers {@link #models()} alone.
     */
    public Optional<ModelFilter> selection() {
        return Optional.ofNullable(selection);
    }

    /**
     * JSON Merge Patch files for some models' request schemas, by model id; each is applied to both the
     * snapshot and the current contract.
     */
    public Map<String, Path> overlays() {
        return overlays;
    }

    /** Where each model's committed contract is kept as {@code {id}.json}; only read. */
    public Path snapshotDirectory() {
        return snapshotDirectory;
    }

    /** Where {@code contract-report.md} and {@code contract-report.json} are written. */
    public Path reportDirectory() {
        return reportDirectory;
    }

    /** The threshold at which the check fails. */
    public FailOn failOn() {
        return failOn;
    }

    /** Whether the consumer generates plain builders, which words a newly required property's line (staged by default). */
    public boolean plainBuilders() {
        return plainBuilders;
    }

    /** How to reach Oxen; present exactly when the check fetches. */
    public Optional<FetchSettings> fetchSettings() {
        return fetchSettings;
    }

    /** Why nothing may be fetched (such as {@code the build is offline}); empty when the check fetches. */
    public Optional<String> noFetchReason() {
        return noFetchReason;
    }

    /**
     * True when a model that could not be fetched fails the check (the {@code always} fetch mode); false
     * when it is reported as not checked and the check goes on.
     */
    public boolean fetchFailureFails() {
        return fetchFailureFails;
    }

    /** Builds a {@link CheckRequest}; every setter returns this builder. */
    public static final class Builder {
        private List<String> models;
        private ModelFilter selection;
        private Map<String, Path> overlays = Map.of();
        private Path snapshotDirectory;
        private Path reportDirectory;
        private FailOn failOn = FailOn.BREAKING;
        private boolean plainBuilders;
        private FetchSettings fetchSettings;
        private String noFetchReason;
        private boolean fetchFailureFails;

        private Builder() {}

        /** Required unless a selection is given: the models to check, in order, each once. */
        public Builder models(List<String> models) {
            this.models = models;
            return this;
        }

        /** A filter selecting further models from Oxen's list; null (the default) for none. */
        public Builder select(ModelFilter selection) {
            this.selection = selection;
            return this;
        }

        /** Overlay files by model id, each for a model in {@link #models}; none by default. */
        public Builder overlays(Map<String, Path> overlays) {
            this.overlays = overlays;
            return this;
        }

        /** Required: where the committed snapshots are. */
        public Builder snapshotDirectory(Path snapshotDirectory) {
            this.snapshotDirectory = snapshotDirectory;
            return this;
        }

        /** Required: where the reports are written. */
        public Builder reportDirectory(Path reportDirectory) {
            this.reportDirectory = reportDirectory;
            return this;
        }

        /** The threshold at which the check fails; {@code breaking} by default. */
        public Builder failOn(FailOn failOn) {
            this.failOn = failOn;
            return this;
        }

        /** Whether the consumer generates plain builders (see {@link CheckRequest#plainBuilders()}); false by default. */
        public Builder plainBuilders(boolean plainBuilders) {
            this.plainBuilders = plainBuilders;
            return this;
        }

        /** How to reach Oxen: the check fetches the current contracts (required unless {@link #fetchNothing}). */
        public Builder fetchSettings(FetchSettings fetchSettings) {
            this.fetchSettings = fetchSettings;
            return this;
        }

        /** The check fetches nothing, for this reason, and reports every model as not checked. */
        public Builder fetchNothing(String reason) {
            this.noFetchReason = Objects.requireNonNull(reason, "reason");
            return this;
        }

        /** Whether a model that could not be fetched fails the check; false by default. */
        public Builder fetchFailureFails(boolean fetchFailureFails) {
            this.fetchFailureFails = fetchFailureFails;
            return this;
        }

        /**
         * The request.
         *
         * @throws IllegalStateException    naming every required property not given
         * @throws IllegalArgumentException when a value is one the user must change (its message says how)
         */
        public CheckRequest build() {
            return new CheckRequest(this);
        }
    }
}
