package io.github.oxencodegen.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.CanonicalJson;
import io.github.oxencodegen.schema.ModelDocumentReader;
import io.github.oxencodegen.schema.PreparedContract;
import io.github.oxencodegen.schema.SchemaException;
import io.github.oxencodegen.schema.SchemaNormalizer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds contracts from schema text the way the lead's ContractPreparer will: normalised, hashed. */
final class Contracts {
    static final String MODEL = "m";
    static final String ENDPOINT = "/videos/generate";

    private Contracts() {}

    static JsonNode json(String text) {
        try {
            return ModelDocumentReader.parseJson(text.getBytes(StandardCharsets.UTF_8), "test");
        } catch (SchemaException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    static PreparedContract contract(String schema) {
        return contract(MODEL, ENDPOINT, json(schema));
    }

    static PreparedContract contract(String modelId, String endpoint, JsonNode rawSchema) {
        try {
            JsonNode schema = SchemaNormalizer.normalize(rawSchema, modelId);
            return new PreparedContract(modelId, endpoint, schema, CanonicalJson.sha256(schema), "test");
        } catch (SchemaException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    static ContractDiff diff(String oldSchema, String newSchema) {
        return ContractDiffer.diff(contract(oldSchema), contract(newSchema));
    }

    /** Each change as {@code SEVERITY | pointer | instancePath | kind | message}, in diff order; an empty pointer shows as {@code (root)}. */
    static List<String> lines(ContractDiff diff) {
        return diff.changes().stream()
                .map(c -> c.severity() + " | " + orQuotes(c.pointer()) + " | " + orQuotes(c.instancePath()) + " | " + c.kind() + " | " + c.message())
                .toList();
    }

    private static String orQuotes(String pointer) {
        return pointer.isEmpty() ? "(root)" : pointer;
    }

    /** The lines of the diff from {@code oldSchema} to {@code newSchema}. */
    static List<String> changes(String oldSchema, String newSchema) {
        return lines(diff(oldSchema, newSchema));
    }
}
