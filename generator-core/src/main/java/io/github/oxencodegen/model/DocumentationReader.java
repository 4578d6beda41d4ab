package io.github.oxencodegen.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Derives the Javadoc text of a type or property from its schema. */
final class DocumentationReader {
    private DocumentationReader() {}

    static Documentation read(JsonNode schema) {
        if (!schema.isObject()) {
            return Documentation.NONE;
        }
        List<String> facts = new ArrayList<>();
        JsonNode defaultValue = schema.get("default");
        if (defaultValue != null) {
            facts.add("Default: " + defaultValue + ".");
        }
        range(schema, facts);
        length(schema, "minLength", "maxLength", "character", facts);
        length(schema, "minItems", "maxItems", "item", facts);
        if (schema.path("pattern").isTextual()) {
            facts.add("Must match the pattern " + schema.get("pattern") + ".");
        }
        if (schema.path("format").isTextual()) {
            facts.add("Format: " + schema.get("format").asText() + ".");
        }
        if (schema.path("uniqueItems").asBoolean(false)) {
            facts.add("Items must be unique.");
        }
        for (JsonNode group : schema.path("x-media-references").path("groups")) {
            facts.add("Refers to the items of '" + group.path("field").asText() + "' as \""
                    + group.path("pattern").asText() + "\" (n from 1).");
        }
        String title = schema.path("title").isTextual() ? schema.get("title").asText() : null;
        String description = schema.path("description").isTextual() ? schema.get("description").asText() : null;
        return new Documentation(title, description, facts);
    }

    private static void range(JsonNode schema, List<String> facts) {
        String low = schema.has("minimum") ? "at least " + schema.get("minimum")
                : schema.has("exclusiveMinimum") ? "greater than " + schema.get("exclusiveMinimum") : null;
        String high = schema.has("maximum") ? "at most " + schema.get("maximum")
                : schema.has("exclusiveMaximum") ? "less than " + schema.get("exclusiveMaximum") : null;
        if (low != null && high != null) {
            facts.add("Range: " + low + " and " + high + ".");
        } else if (low != null || high != null) {
            facts.add("Range: " + (low != null ? low : high) + ".");
        }
        if (schema.has("multipleOf")) {
            facts.add("A multiple of " + schema.get("multipleOf") + ".");
        }
    }

    private static void length(JsonNode schema, String minKey, String maxKey, String unit, List<String> facts) {
        JsonNode min = schema.get(minKey);
        JsonNode max = schema.get(maxKey);
        String units = unit.equals("character") ? " characters (code points)" : " " + unit + "s";
        if (min != null && max != null) {
            facts.add("From " + min + " to " + max + units + ".");
        } else if (min != null) {
            facts.add("At least " + min + units + ".");
        } else if (max != null) {
            facts.add("At most " + max + units + ".");
        }
    }
}
