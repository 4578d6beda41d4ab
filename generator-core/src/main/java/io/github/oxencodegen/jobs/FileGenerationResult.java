package io.github.oxencodegen.jobs;

import io.github.oxencodegen.GenerationResult;
import io.github.oxencodegen.write.WriteResult;
import java.util.List;

/**
 * What the generate job did with files: what the generator produced (files, warnings, notes, models
 * without a schema), what the writer did with it, and how many models got sources.
 *
 * @param generation what the generator produced
 * @param written    what the writer wrote, left unchanged and deleted
 * @param models     the number of models sources were generated for
 * @param notes      what a selection could not select and why (models without a request schema, or without
 *                   capabilities for an input or output filter); empty without a selection
 */
public record FileGenerationResult(GenerationResult generation, WriteResult written, int models, List<String> notes) {
    public FileGenerationResult {
        notes = List.copyOf(notes);
    }

    /** The result of a generation without a selection. */
    public FileGenerationResult(GenerationResult generation, WriteResult written, int models) {
        this(generation, written, models, List.of());
    }
}
