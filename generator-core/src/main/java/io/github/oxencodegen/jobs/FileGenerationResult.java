package io.github.oxencodegen.jobs;

import io.github.oxencodegen.GenerationResult;
import io.github.oxencodegen.write.WriteResult;

/**
 * What the generate job did with files: what the generator produced (files, warnings, notes, models
 * without a schema), what the writer did with it, and how many models got sources.
 *
 * @param generation what the generator produced
 * @param written    what the writer wrote, left unchanged and deleted
 * @param models     the number of models sources were generated for
 */
public record FileGenerationResult(GenerationResult generation, WriteResult written, int models) {}
