package io.github.oxencodegen.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.GenerationResult;
import io.github.oxencodegen.Generator;
import io.github.oxencodegen.GeneratorOptions;
import io.github.oxencodegen.check.CheckException;
import io.github.oxencodegen.check.CheckRequest;
import io.github.oxencodegen.check.CheckResult;
import io.github.oxencodegen.check.ContractChecker;
import io.github.oxencodegen.diff.ContractDiff;
import io.github.oxencodegen.diff.ContractDiffer;
import io.github.oxencodegen.generate.BuildException;
import io.github.oxencodegen.generate.BuildLog;
import io.github.oxencodegen.generate.BuildRequest;
import io.github.oxencodegen.generate.BuildResult;
import io.github.oxencodegen.generate.ContractBuild;
import io.github.oxencodegen.generate.ModelSelection;
import io.github.oxencodegen.schema.ModelDocument;
import io.github.oxencodegen.schema.ModelDocumentReader;
import io.github.oxencodegen.schema.ModelInput;
import io.github.oxencodegen.schema.OverlayReader;
import io.github.oxencodegen.schema.SchemaException;
import io.github.oxencodegen.select.ModelFilter;
import io.github.oxencodegen.select.ModelList;
import io.github.oxencodegen.write.SourceWriter;
import io.github.oxencodegen.write.WriteResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The entry point of every job, for the Maven goals and the command line alike: each takes an immutable
 * request and runs the job's one orchestrator ({@link ContractBuild}, {@link ContractChecker}, the
 * contract differ), so whichever entry point runs a job, it reads, writes, warns and fails the same way.
 */
public final class Jobs {
    private Jobs() {}

    /** The generate job: resolve the contracts, keep the snapshots current, generate and write. */
    public static BuildResult generate(BuildRequest request, BuildLog log) throws BuildException {
        return new ContractBuild(request, log).run();
    }

    /**
     * The generate job with its contracts in files (the command line's {@code generate}): read the model
     * documents and bare schemas, refuse an overlay for a model not among them, apply the overlays,
     * generate, and write through the same {@link SourceWriter} as the goals (only changed files, stale
     * ones removed, the folder locked and the new sources staged).
     *
     * @param progress where a line goes while the job waits for another build writing the same folder
     * @throws SchemaException when a file or a contract is unusable; the message names the file and model
     * @throws IOException     when the output folder cannot be locked or written; the old output stays whole
     */
    public static FileGenerationResult generate(FileGenerationRequest request, Consumer<String> progress)
            throws SchemaException, IOException {
        ModelDocumentReader reader = new ModelDocumentReader();
        List<ModelDocument> documents = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (request.selection().isPresent()) {
            documents.addAll(selected(request.modelFiles(), request.selection().get(), notes));
        } else {
            for (Path file : request.modelFiles()) {
                documents.addAll(reader.read(file));
            }
        }
        for (Map.Entry<String, Path> schema : request.schemaFiles().entrySet()) {
            documents.addAll(reader.read(schema.getValue(), schema.getKey()));
        }
        ModelSelection.requireOverlays(request.overlays(), documents.stream().map(ModelDocument::id).toList(), "generate");
        List<ModelInput> inputs = new ArrayList<>();
        for (ModelDocument document : documents) {
            inputs.add(OverlayReader.apply(document, request.overlays().get(document.id())));
        }
        GenerationResult generation = new Generator().generate(new GeneratorOptions(request.basePackage(), request.client(), request.plainBuilders(), request.jackson()), inputs);
        WriteResult written = new SourceWriter(request.outputDirectory(), progress).write(generation.files());
        return new FileGenerationResult(generation, written, inputs.size() - generation.modelsWithoutSchema().size(), notes);
    }

    /**
     * The models {@code filter} selects from list files, in each file's order; what it could not select goes to
     * {@code notes}.
     *
     * @throws SchemaException when a file is not a list, or the filter selects nothing from them
     */
    private static List<ModelDocument> selected(List<Path> listFiles, ModelFilter filter, List<String> notes)
            throws SchemaException {
        List<ModelDocument> documents = new ArrayList<>();
        for (Path file : listFiles) {
            ModelList.Selection selection = ModelList.read(file).select(filter);
            selection.selected().forEach(model -> documents.add(model.document()));
            if (!selection.withoutSchema().isEmpty()) {
                notes.add(file + ": the selection also matches " + selection.withoutSchema()
                        + ", which publish no request schema: nothing to generate");
            }
            if (!selection.withoutCapabilities().isEmpty()) {
                notes.add(file + ": " + selection.withoutCapabilities().size() + " models list no capabilities, so the"
                        + " input or output filter does not select them: " + selection.withoutCapabilities());
            }
        }
        if (documents.isEmpty()) {
            throw new SchemaException(listFiles.stream().map(Path::toString).collect(Collectors.joining(", ")), null, null,
                    "the selection '" + filter + "' matches no model with a request schema");
        }
        return documents;
    }

    /** The check job: compare each model's current contract with its snapshot and write the reports. */
    public static CheckResult check(CheckRequest request) throws CheckException {
        return new ContractChecker(request).run();
    }

    /**
     * The diff job: two files, each holding one version of the same model, compared with the overlay in
     * {@code overlay} (null for none) applied to both.
     *
     * @throws SchemaException when a file cannot be read, holds other than one model, the two hold different
     *                         models, or the overlay or a contract is unusable; the message names the file
     */
    public static ContractDiff diff(Path oldFile, Path newFile, Path overlay) throws SchemaException {
        ModelDocument before = onlyModel(oldFile);
        ModelDocument after = onlyModel(newFile);
        if (!before.id().equals(after.id())) {
            throw new SchemaException(after.source(), after.id(), null, "holds the model '" + after.id() + "' but "
                    + before.source() + " holds '" + before.id() + "'; diff compares two versions of one model");
        }
        JsonNode patch = overlay == null ? null : OverlayReader.read(overlay, before.id());
        return ContractDiffer.diff(before, after, patch, overlay == null ? null : overlay.toString());
    }

    private static ModelDocument onlyModel(Path file) throws SchemaException {
        List<ModelDocument> models = new ModelDocumentReader().read(file);
        if (models.size() != 1) {
            throw new SchemaException(file.toString(), null, null, "holds " + models.size() + " models "
                    + models.stream().map(ModelDocument::id).toList() + "; diff compares one model: give a file with that model alone");
        }
        return models.get(0);
    }
}
