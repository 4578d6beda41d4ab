package io.github.oxencodegen.generate;

import io.github.oxencodegen.write.WriteResult;
import java.util.List;
import java.util.Objects;

/**
 * What a build did.
 *
 * @param models   one outcome per model, in the order the request named them
 * @param files    files written, left unchanged and deleted in the output folder (all zero when up to date)
 * @param upToDate true when the inputs matched the last successful build and its output was intact,
 *                 so nothing was generated
 * @param warnings what the generator warned about (also logged)
 */
public record BuildResult(List<ModelOutcome> models, WriteResult files, boolean upToDate, List<String> warnings) {
    public BuildResult {
        models = List.copyOf(models);
        Objects.requireNonNull(files, "files");
        warnings = List.copyOf(warnings);
    }
}
