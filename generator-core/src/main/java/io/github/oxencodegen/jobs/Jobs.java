package io.github.oxencodegen.jobs;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.github.oxencodegen.schema.ModelDocument;
import io.github.oxencodegen.schema.ModelDocumentReader;
import io.github.oxencodegen.schema.OverlayReader;
import io.github.oxencodegen.schema.SchemaException;
import java.nio.file.Path;
import java.util.List;

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
