package io.github.oxencodegen.schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A model's request contract ready for code generation or comparison: overlay applied, lenient forms
 * normalised to draft-07, checked against the draft-07 meta-schema.
 *
 * @param modelId  the model id
 * @param endpoint the endpoint path, or null when the document did not say
 * @param schema   the normalised request schema (plain draft-07 plus vendor keys)
 * @param sha256   hex SHA-256 of the canonical form of {@code schema}
 * @param source   where the model document came from
 */
public record PreparedContract(String modelId, String endpoint, JsonNode schema, String sha256, String source) {}
