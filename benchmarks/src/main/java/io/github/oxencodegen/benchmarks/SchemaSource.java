package io.github.oxencodegen.benchmarks;

/**
 * One model's request schema as both generators are given it in the generation benchmark: the
 * schema's JSON text as Oxen publishes it (no overlay), with the model id and endpoint.
 *
 * @param modelId    the Oxen model id
 * @param endpoint   the endpoint that takes the model's requests
 * @param schemaJson the request schema, as JSON text
 */
record SchemaSource(String modelId, String endpoint, String schemaJson) {}
