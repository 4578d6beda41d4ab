package io.github.oxencodegen.build;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.GenerationResult;
import io.github.oxencodegen.Generator;
import io.github.oxencodegen.GeneratorOptions;
import io.github.oxencodegen.ModelInput;
import io.github.oxencodegen.schema.ModelDocumentReader;
import io.github.oxencodegen.schema.SchemaException;
import io.github.oxencodegen.snapshot.SnapshotStore;
import io.github.oxencodegen.write.Fingerprint;
import io.github.oxencodegen.write.SourceWriter;
import io.github.oxencodegen.write.WriteResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One build: resolve each model's contract ({@link ContractResolver}), apply the overlays, and unless
 * the inputs match the last successful build and its output is intact, generate and write the sources;
 * then store the snapshots that changed and promote the fingerprint. Each step runs only when the
 * ones before it succeeded, so a failed fetch or generation leaves every snapshot and generated file as
 * it was.
 */
public final class ContractBuild {
    private final BuildRequest request;
    private final BuildLog log;
    private final SnapshotStore snapshots;

    public ContractBuild(BuildRequest request, BuildLog log) {
        this.request = request;
        this.log = log;
        this.snapshots = new SnapshotStore(request.snapshotDirectory());
    }

    public BuildResult run() throws BuildException {
        List<ResolvedModel> resolved = new ContractResolver(request, log, snapshots).resolve();
        List<ModelInput> inputs = new ArrayList<>();
        for (ResolvedModel model : resolved) {
            inputs.add(withOverlay(model));
        }
        GeneratorOptions options = new GeneratorOptions(request.basePackage());
        Fingerprint fingerprint = Fingerprint.of(Generator.VERSION, options, inputs);
        SourceWriter writer = new SourceWriter(request.outputDirectory());
        Path fingerprintFile = writer.outputDirectory().resolve(Fingerprint.FILE_NAME);

        try {
            if (Fingerprint.readFrom(fingerprintFile).equals(Optional.of(fingerprint)) && writer.isIntact()) {
                List<ModelOutcome> outcomes = storeSnapshots(resolved);
                log.info("Generated sources are up to date (" + resolved.size() + " model(s)) in "
                        + writer.outputDirectory());
                return new BuildResult(outcomes, new WriteResult(0, 0, 0), true, List.of());
            }
        } catch (IOException e) {
            log.debug("Regenerating: the previous output cannot be checked: " + e.getMessage());
        }

        GenerationResult generated = generate(options, inputs, resolved);
        generated.warnings().forEach(log::warn);
        WriteResult files;
        try {
            Fingerprint.deleteAt(fingerprintFile);
            files = writer.write(generated.files());
        } catch (IOException e) {
            throw new BuildException("Could not write the generated sources to " + writer.outputDirectory() + ": " + e, e);
        }
        List<ModelOutcome> outcomes = storeSnapshots(resolved);
        try {
            fingerprint.writeTo(fingerprintFile);
        } catch (IOException e) {
            log.warn("Could not record the build's fingerprint in " + fingerprintFile + " (the next build will"
                    + " generate again): " + e);
        }
        log.info("Generated " + resolved.size() + " model(s) into " + writer.outputDirectory() + ": "
                + files.written() + " file(s) written, " + files.unchanged() + " unchanged, " + files.deleted() + " deleted");
        return new BuildResult(outcomes, files, false, generated.warnings());
    }

    private ModelInput withOverlay(ResolvedModel model) throws BuildException {
        Path file = request.overlays().get(model.modelId());
        if (file == null) {
            return ModelInput.of(model.document());
        }
        try {
            JsonNode overlay = ModelDocumentReader.readOverlay(file);
            log.debug("'" + model.modelId() + "': applying the overlay " + file);
            return new ModelInput(model.document(), overlay, file.toString());
        } catch (NoSuchFileException e) {
            throw new BuildException("The overlay file " + file + " for '" + model.modelId() + "' does not exist", e);
        } catch (IOException e) {
            throw new BuildException("The overlay file " + file + " for '" + model.modelId() + "' cannot be read: " + e, e);
        } catch (SchemaException e) {
            throw new BuildException("The overlay for '" + model.modelId() + "' is not usable: " + e.getMessage(), e);
        }
    }

    private GenerationResult generate(GeneratorOptions options, List<ModelInput> inputs, List<ResolvedModel> resolved)
            throws BuildException {
        long start = System.nanoTime();
        try {
            GenerationResult result = new Generator().generate(options, inputs);
            log.debug("Generated " + result.files().size() + " file(s) in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return result;
        } catch (SchemaException e) {
            String fromSnapshot = resolved.stream()
                    .filter(m -> m.modelId().equals(e.modelId()) && m.source() == ContractSource.SNAPSHOT)
                    .map(m -> " (the contract was read from the snapshot " + snapshots.pathOf(m.modelId()) + ")")
                    .findFirst().orElse("");
            throw new BuildException(e.getMessage() + fromSnapshot, e);
        }
    }

    private List<ModelOutcome> storeSnapshots(List<ResolvedModel> resolved) throws BuildException {
        List<ModelOutcome> outcomes = new ArrayList<>();
        for (ResolvedModel model : resolved) {
            boolean updated = false;
            if (model.snapshotUpdate() != null) {
                Path path = snapshots.pathOf(model.modelId());
                boolean existed = Files.exists(path);
                try {
                    updated = snapshots.write(model.modelId(), model.snapshotUpdate());
                } catch (IOException e) {
                    throw new BuildException("Could not write the snapshot " + path + ": " + e, e);
                }
                if (updated) {
                    log.info((existed ? "Updated the snapshot " + path : "Recorded the contract of '" + model.modelId()
                            + "' in " + path) + "; commit it with the project");
                }
            }
            outcomes.add(new ModelOutcome(model.modelId(), model.source(), updated, model.fetchFailure()));
        }
        return outcomes;
    }
}
