package io.github.oxencodegen.generate;

import io.github.oxencodegen.codegen.support.JacksonDialect;
import io.github.oxencodegen.fetch.FetchSettings;
import io.github.oxencodegen.model.JavaNames;
import io.github.oxencodegen.select.ModelFilter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one build needs, made with {@link #builder()} and checked when built: the messages of the
 * {@link IllegalArgumentException}s thrown by {@link Builder#build()} are meant for the user. The
 * defaults live in the {@link Builder} alone: no overlays, no selection, the {@code auto} fetch mode, online,
 * the client generated, the update policy {@code always}, the system clock. The models may be left empty only
 * when a selection is given.
 */
public final class BuildRequest {
    private final List<String> models;
    private final ModelFilter selection;
    private final Map<String, Path> overlays;
    private final String basePackage;
    private final FetchMode fetchMode;
    private final boolean offline;
    private final Path snapshotDirectory;
    private final Path outputDirectory;
    private final FetchSettings fetchSettings;
    private final boolean client;
    private final boolean plainBuilders;
    private final JacksonDialect jackson;
    private final UpdatePolicy updatePolicy;
    private final Clock clock;

    private BuildRequest(Builder builder) {
        List<String> missing = new ArrayList<>();
        if (builder.snapshotDirectory == null) {
            missing.add("snapshotDirectory");
        }
        if (builder.outputDirectory == null) {
            missing.add("outputDirectory");
        }
        if (builder.fetchSettings == null) {
            missing.add("fetchSettings");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The build request lacks " + String.join(", ", missing));
        }
        selection = builder.selection;
        models = ModelSelection.requireModels(builder.models, selection != null, "generate");
        overlays = ModelSelection.requireOverlays(builder.overlays, models, selection != null, "generate");
        if (builder.basePackage == null || !JavaNames.isPackageName(builder.basePackage)) {
            throw new IllegalArgumentException("'" + builder.basePackage + "' is not a valid Java package name"
                    + " (such as com.acme.oxen)");
        }
        basePackage = builder.basePackage;
        fetchMode = Objects.requireNonNull(builder.fetchMode, "fetchMode");
        offline = builder.offline;
        snapshotDirectory = builder.snapshotDirectory;
        outputDirectory = builder.outputDirectory;
        fetchSettings = builder.fetchSettings;
        client = builder.client;
        plainBuilders = builder.plainBuilders;
        jackson = Objects.requireNonNull(builder.jackson, "jackson");
        updatePolicy = Objects.requireNonNull(builder.updatePolicy, "updatePolicy");
        clock = Objects.requireNonNull(builder.clock, "clock");
    }

    /** A builder with every default set and nothing required given yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's values, to change some of them. */
    public Builder toBuilder() {
        return builder().models(models).select(selection).overlays(overlays).basePackage(basePackage).fetchMode(fetchMode)
                .offline(offline).snapshotDirectory(snapshotDirectory).outputDirectory(outputDirectory).fetchSettings(fetchSettings)
                .client(client).plainBuilders(plainBuilders).jackson(jackson).updatePolicy(updatePolicy, clock);
    }

    /** Ids of the models to generate, in order, each once. */
    public List<String> models() {
        return models;
    }

    /**
     * The filter that selects further models from Oxen's list ({@code <select>}), whose resolution the lock file
     * beside the snapshots records; empty when the build generates {@link #models()} alone.
     */
    public Optional<ModelFilter> selection() {
        return Optional.ofNullable(selection);
    }

    /** JSON Merge Patch files for some models' request schemas, by model id. */
    public Map<String, Path> overlays() {
        return overlays;
    }

    /** The Java package the generated code goes under. */
    public String basePackage() {
        return basePackage;
    }

    /** When to ask Oxen for the contracts. */
    public FetchMode fetchMode() {
        return fetchMode;
    }

    /** True when the build tool runs offline: snapshots only, whatever the fetch mode. */
    public boolean offline() {
        return offline;
    }

    /** Where each model's contract is kept as {@code {id}.json} (committed with the project). */
    public Path snapshotDirectory() {
        return snapshotDirectory;
    }

    /** Where generated sources go (owned by the build; usually under {@code target/}). */
    public Path outputDirectory() {
        return outputDirectory;
    }

    /** How to reach Oxen. */
    public FetchSettings fetchSettings() {
        return fetchSettings;
    }

    /** Whether the Oxen client is generated beside the support types. */
    public boolean client() {
        return client;
    }

    /** Whether builders stay plain instead of asking for the required properties first (staged). */
    public boolean plainBuilders() {
        return plainBuilders;
    }

    /** The Jackson the generated code is written for. */
    public JacksonDialect jackson() {
        return jackson;
    }

    /** In the {@code auto} fetch mode, how often a contract fetched before is asked for again. */
    public UpdatePolicy updatePolicy() {
        return updatePolicy;
    }

    /** The time and time zone the update policy is measured in. */
    public Clock clock() {
        return clock;
    }

    /** This request with another update policy, measured by {@code clock}. */
    public BuildRequest withUpdatePolicy(UpdatePolicy policy, Clock clock) {
        return toBuilder().updatePolicy(policy, clock).build();
    }

    /** This request generating the Oxen client beside the support types, or not. */
    public BuildRequest withClient(boolean client) {
        return toBuilder().client(client).build();
    }

    /** Builds a {@link BuildRequest}; every setter returns this builder. */
    public static final class Builder {
        private List<String> models;
        private ModelFilter selection;
        private Map<String, Path> overlays = Map.of();
        private String basePackage;
        private FetchMode fetchMode = FetchMode.AUTO;
        private boolean offline;
        private Path snapshotDirectory;
        private Path outputDirectory;
        private FetchSettings fetchSettings;
        private boolean client = true;
        private boolean plainBuilders;
        private JacksonDialect jackson = JacksonDialect.JACKSON_2;
        private UpdatePolicy updatePolicy = UpdatePolicy.ALWAYS;
        private Clock clock = Clock.systemDefaultZone();

        private Builder() {}

        /** Required unless a selection is given: the models to generate, in order, each once. */
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

        /** Required: the Java package the generated code goes under. */
        public Builder basePackage(String basePackage) {
            this.basePackage = basePackage;
            return this;
        }

        /** When to ask Oxen for the contracts; {@code auto} by default. */
        public Builder fetchMode(FetchMode fetchMode) {
            this.fetchMode = fetchMode;
            return this;
        }

        /** Whether the build tool runs offline; false by default. */
        public Builder offline(boolean offline) {
            this.offline = offline;
            return this;
        }

        /** Required: where the snapshots are kept. */
        public Builder snapshotDirectory(Path snapshotDirectory) {
            this.snapshotDirectory = snapshotDirectory;
            return this;
        }

        /** Required: where generated sources go. */
        public Builder outputDirectory(Path outputDirectory) {
            this.outputDirectory = outputDirectory;
            return this;
        }

        /** Required: how to reach Oxen. */
        public Builder fetchSettings(FetchSettings fetchSettings) {
            this.fetchSettings = fetchSettings;
            return this;
        }

        /** Whether the Oxen client is generated; true by default. */
        public Builder client(boolean client) {
            this.client = client;
            return this;
        }

        /** Whether builders stay plain (no steps for the required properties); false (staged) by default. */
        public Builder plainBuilders(boolean plainBuilders) {
            this.plainBuilders = plainBuilders;
            return this;
        }

        /** The Jackson the generated code is written for; Jackson 2 by default (the plugin decides {@code auto}). */
        public Builder jackson(JacksonDialect jackson) {
            this.jackson = jackson;
            return this;
        }

        /** The update policy and the clock it is measured by; {@code always} and the system clock by default. */
        public Builder updatePolicy(UpdatePolicy updatePolicy, Clock clock) {
            this.updatePolicy = updatePolicy;
            this.clock = clock;
            return this;
        }

        /**
         * The request.
         *
         * @throws IllegalStateException    naming every required property not given
         * @throws IllegalArgumentException when a value is one the user must change (its message says how)
         */
        public BuildRequest build() {
            return new BuildRequest(this);
        }
    }
}
