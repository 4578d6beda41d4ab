package io.github.oxencodegen.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One server-sent event of {@code GET /api/events}.
 *
 * @param type the event type ({@code event:}), {@code message} when the event named none
 * @param data the data, its {@code data:} lines joined with {@code \n}
 * @param id   the last event id the stream set ({@code id:}), or {@code ""}
 */
public record OxenEvent(String type, String data, String id) {
    /** The type of the event Oxen sends once when a generation succeeded or failed. */
    public static final String MEDIA_GENERATION_COMPLETED = "media_generation_completed";

    /**
     * An event; every part is required.
     *
     * @param type the event type
     * @param data the data
     * @param id   the last event id, or {@code ""}
     * @throws NullPointerException if a part is {@code null}
     */
    public OxenEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(id, "id");
    }

    /**
     * The data read as JSON; parsed anew on every call.
     *
     * @return the JSON; empty when the data cannot be parsed as JSON
     */
    public Optional<JsonNode> json() {
        try {
            return Optional.ofNullable(OxenHttp.MAPPER.readTree(data));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /**
     * The generation this event completed, when it is a {@code media_generation_completed} event with a
     * {@code generation_id}: {@code status}, {@code media_type}, {@code model} and the {@code url} (as
     * result URL) or {@code error} (as error message), read as a {@link Generation}.
     *
     * @return the completed generation; empty for any other event, or one whose data lacks the
     *         text {@code generation_id} or {@code status}
     */
    public Optional<Generation> completedGeneration() {
        if (!MEDIA_GENERATION_COMPLETED.equals(type)) {
            return Optional.empty();
        }
        return json().filter(json -> json.path("generation_id").isTextual() && json.path("status").isTextual())
                .map(json -> {
                    // an object: only an object has a textual generation_id; ObjectNode.deepCopy() is an ObjectNode in Jackson 2 and 3
                    com.fasterxml.jackson.databind.node.ObjectNode generation =
                            ((com.fasterxml.jackson.databind.node.ObjectNode) json).deepCopy();
                    if (json.has("model")) {
                        generation.set("model_name", json.get("model"));
                    }
                    if (json.has("url")) {
                        generation.set("result_url", json.get("url"));
                    }
                    if (json.has("error")) {
                        generation.set("error_message", json.get("error"));
                    }
                    return Generation.of(generation);
                });
    }
}
