package io.github.oxencodegen;

import java.util.List;

/**
 * What a generation produced.
 *
 * @param files                every file, sorted by path
 * @param warnings             things the user should know (unsupported keywords with their pointers, models skipped)
 * @param modelsWithoutSchema  ids of models that publish no request schema (chat models); nothing is generated for them
 * @param notes                things worth an info line (vendor keys the generator does not know, read as display hints)
 */
public record GenerationResult(List<GeneratedFile> files, List<String> warnings, List<String> modelsWithoutSchema,
        List<String> notes) {
    public GenerationResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
        modelsWithoutSchema = List.copyOf(modelsWithoutSchema);
        notes = List.copyOf(notes);
    }
}
