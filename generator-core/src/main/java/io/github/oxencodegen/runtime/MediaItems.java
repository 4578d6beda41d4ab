package io.github.oxencodegen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the parts the synchronous image and video answers share. */
final class MediaItems {
    private MediaItems() {}

    static List<MediaItem> read(JsonNode answer, String field) {
        JsonNode items = answer.path(field);
        if (!items.isArray()) {
            throw new IllegalArgumentException("the answer has no '" + field + "' array; its fields are "
                    + fieldNames(answer));
        }
        List<MediaItem> read = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.path("url").isTextual() && !item.path("b64_json").isTextual()) {
                throw new IllegalArgumentException("/" + field + "/" + i + " has neither 'url' nor 'b64_json'");
            }
            read.add(MediaItem.of(item));
        }
        return read;
    }

    static Instant created(JsonNode answer) {
        JsonNode created = answer.path("created");
        return created.canConvertToLong() ? Instant.ofEpochSecond(created.asLong()) : null;
    }

    /** The text of {@code field}, or empty when it is missing or not a string. */
    static String textOrEmpty(JsonNode json, String field) {
        String text = json.path(field).textValue();
        return text == null ? "" : text;
    }

    private static List<String> fieldNames(JsonNode answer) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : answer.properties()) {
            names.add(field.getKey());
        }
        return names;
    }
}
