package io.github.oxencodegen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each draft-07 keyword takes, said the way a schema author thinks of it, so that a value the
 * meta-schema refuses is reported as "'minLength' must be a non-negative integer" rather than in the
 * validator's terms ("no subschema matched out of the total 2 subschemas").
 */
final class MetaSchemaTerms {
    private static final String SCHEMA = "a JSON object or true or false";
    private static final String STRING = "a string";
    private static final String NUMBER = "a number";
    private static final String COUNT = "a non-negative integer";
    private static final String FLAG = "true or false";
    private static final String SCHEMA_ARRAY = "a non-empty array of schemas";

    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("type", "one of \"array\", \"boolean\", \"integer\", \"null\", \"number\", \"object\","
                    + " \"string\", or an array of distinct such names"),
            Map.entry("multipleOf", "a number greater than 0"),
            Map.entry("maximum", NUMBER), Map.entry("exclusiveMaximum", NUMBER),
            Map.entry("minimum", NUMBER), Map.entry("exclusiveMinimum", NUMBER),
            Map.entry("maxLength", COUNT), Map.entry("minLength", COUNT),
            Map.entry("maxItems", COUNT), Map.entry("minItems", COUNT),
            Map.entry("maxProperties", COUNT), Map.entry("minProperties", COUNT),
            Map.entry("pattern", "a string (a regular expression)"),
            Map.entry("format", STRING), Map.entry("title", STRING), Map.entry("description", STRING),
            Map.entry("$comment", STRING), Map.entry("$id", "a URI reference"), Map.entry("$ref", "a URI reference"),
            Map.entry("$schema", "a URI"), Map.entry("contentMediaType", STRING), Map.entry("contentEncoding", STRING),
            Map.entry("uniqueItems", FLAG), Map.entry("readOnly", FLAG), Map.entry("writeOnly", FLAG),
            Map.entry("required", "an array of distinct strings"),
            Map.entry("enum", "an array"), Map.entry("examples", "an array"),
            Map.entry("items", "a schema (" + SCHEMA + ") or an array of schemas"),
            Map.entry("allOf", SCHEMA_ARRAY), Map.entry("anyOf", SCHEMA_ARRAY), Map.entry("oneOf", SCHEMA_ARRAY),
            Map.entry("properties", "an object whose values are schemas"),
            Map.entry("patternProperties", "an object whose names are regular expressions and whose values are schemas"),
            Map.entry("definitions", "an object whose values are schemas"),
            Map.entry("$defs", "an object whose values are schemas"),
            Map.entry("dependencies", "an object whose values are schemas or arrays of distinct strings"));

    private MetaSchemaTerms() {}

    /**
     * What is expected at {@code pointer} in {@code schema}: for a keyword's value (or a part of it),
     * what the keyword takes; for a place that holds a schema, that it must be one. Empty when the
     * pointer names neither (the caller then falls back on the validator's own words).
     */
    static Optional<String> whatIsExpected(JsonNode schema, String pointer) {
        List<String> segments = segments(pointer);
        JsonNode node = schema;
        String place = "the schema";
        int i = 0;
        while (i < segments.size()) {
            String keyword = segments.get(i);
            JsonNode value = node.path(keyword);
            boolean last = i == segments.size() - 1;
            if (SchemaWalker.SINGLE.contains(keyword) || (keyword.equals("items") && !value.isArray())) {
                place = "the schema of '" + keyword + "'";
                node = value;
                i += 1;
            } else if ((SchemaWalker.ARRAYS.contains(keyword) || keyword.equals("items")) && !last && value.isArray()) {
                place = "the schema at '" + keyword + "' item " + segments.get(i + 1);
                node = value.path(index(segments.get(i + 1)));
                i += 2;
            } else if ((SchemaWalker.MAPS.contains(keyword) || keyword.equals("dependencies")) && !last
                    && !(keyword.equals("dependencies") && value.path(segments.get(i + 1)).isArray())) {
                String name = segments.get(i + 1);
                place = keyword.equals("properties") ? "the schema of property '" + name + "'"
                        : "the schema at '" + keyword + "' member '" + name + "'";
                node = value.path(name);
                i += 2;
            } else {
                return Optional.ofNullable(EXPECTED.get(keyword)).map(expected -> "'" + keyword + "' must be " + expected);
            }
        }
        return Optional.of(place + " must be " + SCHEMA);
    }

    private static List<String> segments(String pointer) {
        List<String> segments = new ArrayList<>();
        if (!pointer.isEmpty()) {
            for (String token : pointer.substring(1).split("/", -1)) {
                segments.add(JsonPointers.unescape(token));
            }
        }
        return segments;
    }

    private static int index(String segment) {
        try {
            return Integer.parseInt(segment);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
