package io.github.oxencodegen.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The shape of a subschema: its JSON with the pure annotations {@code title}, {@code description} and
 * {@code examples} dropped at every depth (only where they are keywords, never a property named so),
 * keywords in sorted order, property order kept (it orders the generated fields). Two object or enum
 * schemas of one model with the same shape become one Java type: they accept the same values and
 * generate the same members.
 */
final class SchemaShape {
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "examples");
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs", "definitions",
            "dependentSchemas");
    private static final Set<String> SCHEMA_OR_LIST = Set.of("items", "additionalProperties", "not", "if", "then", "else",
            "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "additionalItems", "allOf",
            "anyOf", "oneOf", "prefixItems");

    private SchemaShape() {}

    /**
     * The shape key of {@code schema}, or null when it must not be shared: a schema with its own
     * {@code $id} or dynamic references resolves references relative to where it stands.
     */
    static String of(JsonNode schema) {
        StringBuilder out = new StringBuilder();
        return schema(schema, out) ? out.toString() : null;
    }

    private static boolean schema(JsonNode schema, StringBuilder out) {
        if (!schema.isObject()) {
            out.append(schema);
            return true;
        }
        Map<String, JsonNode> sorted = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = schema.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equals("$id") || field.getKey().startsWith("$dynamic")) {
                return false;
            }
            if (!ANNOTATIONS.contains(field.getKey())) {
                sorted.put(field.getKey(), field.getValue());
            }
        }
        out.append('{');
        for (Map.Entry<String, JsonNode> field : sorted.entrySet()) {
            out.append(quoted(field.getKey())).append(':');
            JsonNode value = field.getValue();
            if (SCHEMA_MAPS.contains(field.getKey()) && value.isObject()) {
                out.append('{');
                Iterator<Map.Entry<String, JsonNode>> named = value.properties().iterator();
                while (named.hasNext()) {
                    Map.Entry<String, JsonNode> entry = named.next();
                    out.append(quoted(entry.getKey())).append(':');
                    if (!schema(entry.getValue(), out)) {
                        return false;
                    }
                    out.append(',');
                }
                out.append('}');
            } else if (SCHEMA_OR_LIST.contains(field.getKey()) && value.isArray()) {
                out.append('[');
                for (JsonNode item : value) {
                    if (!schema(item, out)) {
                        return false;
                    }
                    out.append(',');
                }
                out.append(']');
            } else if (SCHEMA_OR_LIST.contains(field.getKey())) {
                if (!schema(value, out)) {
                    return false;
                }
            } else {
                out.append(value);
            }
            out.append(',');
        }
        out.append('}');
        return true;
    }

    private static String quoted(String text) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
    }
}
