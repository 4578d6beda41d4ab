package io.github.oxencodegen.jobs;

import io.github.oxencodegen.codegen.support.JacksonDialect;
import io.github.oxencodegen.select.ModelFilter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the generate job needs when its contracts come from files rather than from Oxen and the
 * snapshots (the command line's {@code generate}), made with {@link #builder()}: model files (a model
 * object, a list response, the evaluations shape), bare request schemas named by model id, overlays by
 * model id, the base package and the output folder. The defaults live in the {@link Builder} alone: no
 * files, no overlays, the client generated, Jackson 2.
 */
public final class FileGenerationRequest {
    private final List<Path> modelFiles;
    private final Map<String, Path> schemaFiles;
    private final Map<String, Path> overlays;
    private final String basePackage;
    private final Path outputDirectory;
    private final boolean client;
    private final ModelFilter selection;
    private final boolean plainBuilders;
    private final JacksonDialect jackson;

    private FileGenerationRequest(Builder builder) {
        if (builder.modelFiles.isEmpty() && builder.schemaFiles.isEmpty()) {
            throw new IllegalArgumentException("give at least one model file or schema file to generate from");
        }
        modelFiles = List.copyOf(builder.modelFiles);
        schemaFiles = Map.copyOf(new LinkedHashMap<>(builder.schemaFiles));
        overlays = Map.copyOf(builder.overlays);
        basePackage = Objects.requireNonNull(builder.basePackage, "basePackage");
        outputDirectory = Objects.requireNonNull(builder.outputDirectory, "outputDirectory");
        client = builder.client;
        selection = builder.selection;
        if (selection != null && modelFiles.isEmpty()) {
            throw new IllegalArgumentException("a selection picks models from a list file: give the list as a model file");
        }
        plainBuilders = builder.plainBuilders;
        jackson = java.util.Objects.requireNonNull(builder.jackson, "jackson");
    }

    /** A builder with every default set and nothing required given yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** The files that each hold one or more model documents, in the order given. */
    public List<Path> modelFiles() {
        return modelFiles;
    }

    /**
     * The filter that picks the models to generate from the model files, each then a list response of
     * {@code GET /api/ai/models}; empty to generate every model they hold. Bare schemas are not filtered.
     */
    public Optional<ModelFilter> selection() {
        return Optional.ofNullable(selection);
    }

    /** Bare request schemas by the model id each is generated for. */
    public Map<String, Path> schemaFiles() {
        return schemaFiles;
    }

    /** RFC 7396 merge patches by model id, applied to that model's request schema first. */
    public Map<String, Path> overlays() {
        return overlays;
    }

    /** The package the support types go in; each model gets a package below it. */
    public String basePackage() {
        return basePackage;
    }

    /** Where the sources are written (owned by the job: stale files it generated before are removed). */
    public Path outputDirectory() {
        return outputDirectory;
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

    /** Collects a {@link FileGenerationRequest}. */
    public static final class Builder {
        private final List<Path> modelFiles = new ArrayList<>();
        private final Map<String, Path> schemaFiles = new LinkedHashMap<>();
        private final Map<String, Path> overlays = new LinkedHashMap<>();
        private String basePackage;
        private Path outputDirectory;
        private boolean client = true;
        private ModelFilter selection;
        private boolean plainBuilders;
        private JacksonDialect jackson = JacksonDialect.JACKSON_2;

        private Builder() {}

        /** Generates from the model files, each a list response, only the models {@code filter} selects. */
        public Builder select(ModelFilter filter) {
            this.selection = filter;
            return this;
        }

        /** Adds a file of model documents. */
        public Builder modelFile(Path file) {
            modelFiles.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /** Adds a bare request schema for {@code modelId}. */
        public Builder schemaFile(String modelId, Path file) {
            schemaFiles.put(Objects.requireNonNull(modelId, "modelId"), Objects.requireNonNull(file, "file"));
            return this;
        }

        /** Every overlay, by model id; replaces those given before. */
        public Builder overlays(Map<String, Path> overlaysByModel) {
            overlays.clear();
            overlays.putAll(overlaysByModel);
            return this;
        }

        /** The base package of the generated sources. */
        public Builder basePackage(String basePackage) {
            this.basePackage = basePackage;
            return this;
        }

        /** The output folder. */
        public Builder outputDirectory(Path outputDirectory) {
            this.outputDirectory = outputDirectory;
            return this;
        }

        /** The Jackson the generated code is written for (default: Jackson 2). */
        public Builder jackson(JacksonDialect jackson) {
            this.jackson = jackson;
            return this;
        }

        /** Whether to generate the Oxen client too (default: yes). */
        public Builder client(boolean client) {
            this.client = client;
            return this;
        }

        /** Whether builders stay plain, without steps for the required properties (default: no, staged). */
        public Builder plainBuilders(boolean plainBuilders) {
            this.plainBuilders = plainBuilders;
            return this;
        }

        /** The request; throws {@link IllegalArgumentException} naming what is missing. */
        public FileGenerationRequest build() {
            return new FileGenerationRequest(this);
        }
    }
}
