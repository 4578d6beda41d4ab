package io.github.oxencodegen.select;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.ModelDocument;
import io.github.oxencodegen.schema.ModelDocumentReader;
import io.github.oxencodegen.schema.ModelIds;
import io.github.oxencodegen.schema.SchemaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Oxen's list of models, {@code {"object":"list","data":[model, ...]}} as {@code GET /api/ai/models} answers it
 * (full model objects, no pagination), in the order listed. An entry without a request schema (a chat model) is
 * kept, with none; an entry without an id, with an id the generator refuses, or listed twice makes the whole list
 * unusable, since a selection from it could not be trusted.
 */
public final class ModelList {
    private final String source;
    private final Map<String, ListedModel> models;

    private ModelList(String source, Map<String, ListedModel> models) {
        this.source = source;
        this.models = Collections.unmodifiableMap(models);
    }

    /**
     * The list in {@code body}.
     *
     * @param source where the body came from (a URL or a file), for messages
     * @throws SchemaException naming the source and the JSON Pointer of what is wrong
     */
    public static ModelList parse(byte[] body, String source) throws SchemaException {
        return of(ModelDocumentReader.parseJson(body, source), source);
    }

    /** The list in a file, such as a saved response of {@code GET /api/ai/models}. */
    public static ModelList read(Path file) throws SchemaException {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new SchemaException(file.toString(), null, null, "no such file");
        } catch (IOException e) {
            throw new SchemaException(file.toString(), null, null, "could not be read: " + e.getMessage(), e);
        }
    }

    /** The list in a parsed document. */
    public static ModelList of(JsonNode document, String source) throws SchemaException {
        if (!document.isObject() || !document.path("data").isArray()) {
            throw new SchemaException(source, null, null, "is not Oxen's model list: expected an object whose 'data'"
                    + " is an array of model objects, as GET /api/ai/models answers");
        }
        ModelDocumentReader reader = new ModelDocumentReader();
        Map<String, ListedModel> models = new LinkedHashMap<>();
        JsonNode data = document.get("data");
        for (int i = 0; i < data.size(); i++) {
            String pointer = "/data/" + i;
            JsonNode entry = data.get(i);
            if (!entry.isObject() || !entry.path("id").isTextual()) {
                throw new SchemaException(source, null, pointer, "is not a model object with an 'id'");
            }
            String id = entry.get("id").asText();
            if (!ModelIds.isValid(id)) {
                throw new SchemaException(source, null, pointer + "/id", ModelIds.whyInvalid(id));
            }
            ModelDocument model = entry.has("request_schema") || entry.has("json_request_schema")
                    ? reader.read(entry, source + "#" + pointer, null).get(0)
                    : new ModelDocument(id, entry.path("endpoint").isTextual() ? entry.get("endpoint").asText() : null,
                            null, source + "#" + pointer);
            if (models.put(id, new ListedModel(model, entry)) != null) {
                throw new SchemaException(source, id, pointer + "/id", "lists the model '" + id + "' a second time");
            }
        }
        return new ModelList(source, models);
    }

    /** Every listed model, in the list's order. */
    public List<ListedModel> models() {
        return List.copyOf(models.values());
    }

    /** The listed model with this id. */
    public Optional<ListedModel> find(String id) {
        return Optional.ofNullable(models.get(id));
    }

    /** Where the list came from. */
    public String source() {
        return source;
    }

    /**
     * What {@code filter} selects from this list: the selected models that have a request schema, sorted by id,
     * and, by name, those it would select but cannot (no schema, or no capabilities for an input or output filter).
     */
    public Selection select(ModelFilter filter) {
        List<ListedModel> selected = new ArrayList<>();
        List<String> withoutSchema = new ArrayList<>();
        List<String> withoutCapabilities = new ArrayList<>();
        for (ListedModel model : models.values()) {
            switch (filter.test(model)) {
                case SELECTED -> {
                    if (model.document().hasRequestSchema()) {
                        selected.add(model);
                    } else {
                        withoutSchema.add(model.id());
                    }
                }
                case UNKNOWN_CAPABILITIES -> withoutCapabilities.add(model.id());
                case NOT_SELECTED -> { }
            }
        }
        selected.sort((a, b) -> a.id().compareTo(b.id()));
        return new Selection(selected, withoutSchema.stream().sorted().toList(), withoutCapabilities.stream().sorted().toList());
    }

    /**
     * What a filter selected from a list.
     *
     * @param selected            the selected models with a request schema, sorted by id
     * @param withoutSchema       selected models that publish no request schema (chat models): nothing to generate
     * @param withoutCapabilities models an input or output filter could not judge, since they list no capabilities
     */
    public record Selection(List<ListedModel> selected, List<String> withoutSchema, List<String> withoutCapabilities) {
        public Selection {
            selected = List.copyOf(selected);
            withoutSchema = List.copyOf(withoutSchema);
            withoutCapabilities = List.copyOf(withoutCapabilities);
        }

        /** The ids of the selected models, sorted. */
        public List<String> ids() {
            return selected.stream().map(ListedModel::id).toList();
        }
    }
}
