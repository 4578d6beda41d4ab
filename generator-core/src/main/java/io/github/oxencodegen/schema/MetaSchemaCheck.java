package io.github.oxencodegen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * Checks a normalised request schema against the JSON Schema draft-07 meta-schema (with {@code $defs}
 * accepted), using everit json-schema. A malformed schema, such as {@code "type": "strng"} or
 * {@code "minimum": "five"}, fails with the model id, the JSON Pointer of the bad value and what the
 * keyword takes, in the words of {@link MetaSchemaTerms} rather than the validator's.
 */
public final class MetaSchemaCheck {
    private static final Schema META_SCHEMA = loadMetaSchema();

    private MetaSchemaCheck() {}

    private static Schema loadMetaSchema() {
        try (InputStream in = MetaSchemaCheck.class.getResourceAsStream("draft-07-schema.json")) {
            if (in == null) {
                throw new IllegalStateException("draft-07-schema.json is missing from the generator's resources");
            }
            JSONObject json = new JSONObject(new JSONTokener(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            return SchemaLoader.builder().schemaJson(json).draftV7Support().build().load().build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws when {@code schema} is not a valid draft-07 schema; the message names the keyword's pointer. */
    public static void check(JsonNode schema, String modelId, String source) throws SchemaException {
        try {
            META_SCHEMA.validate(orgJson(schema));
        } catch (ValidationException e) {
            ValidationException leaf = deepest(e);
            String pointer = leaf.getPointerToViolation();
            if (pointer.startsWith("#")) {
                pointer = pointer.substring(1);
            }
            throw new SchemaException(source, modelId, pointer,
                    "not a valid JSON Schema (draft-07): " + describe(schema, pointer, leaf));
        }
    }

    /**
     * The {@code org.json} value that parsing {@code node}'s JSON text gives, built from the tree:
     * printing the schema and parsing it again with {@code org.json}'s tokenizer took three quarters of
     * the check's time. Strings stay strings; every other scalar goes through the tokenizer's own
     * {@link JSONObject#stringToValue} on Jackson's text of it, so numbers get the same Java types
     * ({@code MetaSchemaCheckTest} compares the two ways on the whole draft-07 suite).
     */
    static Object orgJson(JsonNode node) {
        if (node.isObject()) {
            JSONObject object = new JSONObject();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                object.put(field.getKey(), orgJson(field.getValue()));
            }
            return object;
        }
        if (node.isArray()) {
            JSONArray array = new JSONArray();
            for (JsonNode item : node) {
                array.put(orgJson(item));
            }
            return array;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        String text = node.toString();
        // Jackson prints a number too large for a double (parsed as infinity) as the string "Infinity"
        return text.startsWith("\"") ? new JSONTokener(text).nextValue() : JSONObject.stringToValue(text);
    }

    private static ValidationException deepest(ValidationException e) {
        ValidationException best = e;
        for (ValidationException cause : e.getCausingExceptions()) {
            ValidationException candidate = deepest(cause);
            if (candidate.getPointerToViolation().length() > best.getPointerToViolation().length()) {
                best = candidate;
            }
        }
        return best;
    }

    private static String describe(JsonNode schema, String pointer, ValidationException leaf) {
        JsonNode value = schema.at(pointer);
        String found = value.isMissingNode() ? "" : "; found " + ModelDocumentReader.describe(value);
        return MetaSchemaTerms.whatIsExpected(schema, pointer).orElse(leaf.getErrorMessage()) + found;
    }
}
