package io.github.oxencodegen.schema;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the documents Oxen publishes about models, in each of the shapes they come in:
 * <ul>
 *   <li>a model object, as {@code GET /api/ai/models/{id}} returns it (schema in {@code request_schema},
 *       else {@code json_request_schema});</li>
 *   <li>a list response, {@code {"data":[model, ...]}};</li>
 *   <li>the evaluations shape, {@code {"models":[{"name", "json_request_schema"}, ...]}};</li>
 *   <li>a bare JSON Schema, for which the caller names the model id.</li>
 * </ul>
 * Only the id and the schema are required; every other field of a model object is optional. An id
 * must follow {@link ModelIds}' rule, wherever it comes from.
 */
public final class ModelDocumentReader {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    /** Parses JSON text, naming the source and the line and column where it breaks. */
    public static JsonNode parseJson(byte[] content, String source) throws SchemaException {
        try {
            JsonNode node = MAPPER.readTree(content);
            if (node == null || node.isMissingNode()) {
                throw new SchemaException(source, null, null, "the document is empty; expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new SchemaException(source, null, null, "not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SchemaException(source, null, null, "could not be read: " + e.getMessage(), e);
        }
    }

    /** Reads every model a file holds. */
    public List<ModelDocument> read(Path file) throws SchemaException {
        return read(file, null);
    }

    /**
     * Reads every model a file holds; {@code bareSchemaModelId} names the model when the file is a bare
     * JSON Schema (and is ignored otherwise).
     */
    public List<ModelDocument> read(Path file, String bareSchemaModelId) throws SchemaException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SchemaException(file.toString(), bareSchemaModelId, null, "no such file");
        } catch (IOException e) {
            throw new SchemaException(file.toString(), bareSchemaModelId, null, "could not be read: " + e.getMessage(), e);
        }
        return read(parseJson(content, file.toString()), file.toString(), bareSchemaModelId);
    }

    /** Reads every model a parsed document holds. */
    public List<ModelDocument> read(JsonNode document, String source, String bareSchemaModelId) throws SchemaException {
        if (!document.isObject()) {
            throw new SchemaException(source, bareSchemaModelId, null,
                    "expected a JSON object (a model, a model list or a JSON Schema), found " + describe(document));
        }
        if (isModelObject(document)) {
            return List.of(readModel(document, source, null));
        }
        if (document.path("data").isArray()) {
            return readAll(document.get("data"), source, "/data");
        }
        if (document.path("models").isArray()) {
            return readAll(document.get("models"), source, "/models");
        }
        if (bareSchemaModelId != null) {
            requireValidId(bareSchemaModelId, source, null);
            return List.of(new ModelDocument(bareSchemaModelId, null, document, source));
        }
        throw new SchemaException(source, null, null,
                "neither a model object (with 'id' and 'request_schema'), a list ('data' or 'models'),"
                        + " nor a bare schema with a model id given by the caller");
    }

    private List<ModelDocument> readAll(JsonNode array, String source, String pointer) throws SchemaException {
        List<ModelDocument> models = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode entry = array.get(i);
            if (!entry.isObject()) {
                throw new SchemaException(source, null, pointer + "/" + i, "expected a model object, found " + describe(entry));
            }
            models.add(readModel(entry, source, pointer + "/" + i));
        }
        return models;
    }

    private static boolean isModelObject(JsonNode node) {
        return (node.has("request_schema") || node.has("json_request_schema"))
                && (node.path("id").isTextual() || node.path("name").isTextual());
    }

    private ModelDocument readModel(JsonNode model, String source, String pointer) throws SchemaException {
        String id = model.path("id").isTextual() ? model.get("id").asText() : model.path("name").asText(null);
        if (id == null || id.isBlank()) {
            throw new SchemaException(source, null, pointer, "the model object has no 'id' (or 'name')");
        }
        requireValidId(id, source, (pointer == null ? "" : pointer) + (model.path("id").isTextual() ? "/id" : "/name"));
        JsonNode schema = model.has("request_schema") && !model.get("request_schema").isNull()
                ? model.get("request_schema")
                : model.get("json_request_schema");
        if (schema != null && !schema.isNull() && !schema.isObject() && !schema.isBoolean()) {
            String key = model.has("request_schema") ? "request_schema" : "json_request_schema";
            throw new SchemaException(source, id, null, "'" + key + "' must be a JSON object, found " + describe(schema));
        }
        String endpoint = model.path("endpoint").isTextual() ? model.get("endpoint").asText() : null;
        return new ModelDocument(id, endpoint, schema, source);
    }

    /**
     * Refuses an id that breaks {@link ModelIds}' rule: the same rule the fetcher, the snapshot store
     * and the plugin's model list apply, so no path takes an id the others refuse.
     */
    private static void requireValidId(String id, String source, String pointer) throws SchemaException {
        if (!ModelIds.isValid(id)) {
            throw new SchemaException(source, null, pointer, ModelIds.whyInvalid(id));
        }
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "the string " + abbreviate(node.asText());
            case NUMBER -> "the number " + node.asText();
            case BOOLEAN -> "the boolean " + node.asText();
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String abbreviate(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return '"' + shown + '"';
    }
}
