package io.github.oxencodegen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Visits every subschema of a draft-07 schema (including {@code $defs}, {@code definitions} and the
 * branches of combinators) with its JSON Pointer. Only places where the specification puts a schema
 * are visited, so a property that happens to be named {@code nullable} or {@code type} is never
 * mistaken for a keyword.
 */
public final class SchemaWalker {
    /** Called once per subschema, parents before children. */
    @FunctionalInterface
    public interface Visitor {
        void visit(String pointer, JsonNode schema) throws SchemaException;
    }

    /** Keywords whose value is one schema. */
    public static final java.util.List<String> SINGLE = names(Keyword.ADDITIONAL_ITEMS, Keyword.ADDITIONAL_PROPERTIES,
            Keyword.CONTAINS, Keyword.PROPERTY_NAMES, Keyword.IF, Keyword.THEN, Keyword.ELSE, Keyword.NOT);
    /** Keywords whose value is an array of schemas. */
    public static final java.util.List<String> ARRAYS = names(Keyword.ALL_OF, Keyword.ANY_OF, Keyword.ONE_OF);
    /** Keywords whose value is an object whose member values are schemas. */
    public static final java.util.List<String> MAPS = names(Keyword.PROPERTIES, Keyword.PATTERN_PROPERTIES,
            Keyword.DEFINITIONS, Keyword.DEFS, Keyword.DEPENDENT_SCHEMAS);

    private SchemaWalker() {}

    private static java.util.List<String> names(Keyword... keywords) {
        return java.util.Arrays.stream(keywords).map(Keyword::jsonName).toList();
    }

    /** Walks {@code schema}, whose own pointer is {@code pointer}. */
    public static void walk(String pointer, JsonNode schema, Visitor visitor) throws SchemaException {
        visitor.visit(pointer, schema);
        if (!schema.isObject()) {
            return;
        }
        JsonNode items = schema.get("items");
        if (items != null) {
            if (items.isArray()) {
                for (int i = 0; i < items.size(); i++) {
                    walk(JsonPointers.child(pointer + "/items", i), items.get(i), visitor);
                }
            } else {
                walk(pointer + "/items", items, visitor);
            }
        }
        for (String keyword : SINGLE) {
            JsonNode sub = schema.get(keyword);
            if (sub != null && (sub.isObject() || sub.isBoolean())) {
                walk(JsonPointers.child(pointer, keyword), sub, visitor);
            }
        }
        for (String keyword : ARRAYS) {
            JsonNode subs = schema.get(keyword);
            if (subs != null && subs.isArray()) {
                for (int i = 0; i < subs.size(); i++) {
                    walk(JsonPointers.child(JsonPointers.child(pointer, keyword), i), subs.get(i), visitor);
                }
            }
        }
        for (String keyword : MAPS) {
            walkMap(JsonPointers.child(pointer, keyword), schema.get(keyword), visitor);
        }
        JsonNode dependencies = schema.get("dependencies");
        if (dependencies != null && dependencies.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = dependencies.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isObject() || e.getValue().isBoolean()) {
                    walk(JsonPointers.child(pointer + "/dependencies", e.getKey()), e.getValue(), visitor);
                }
            }
        }
    }

    private static void walkMap(String pointer, JsonNode map, Visitor visitor) throws SchemaException {
        if (map == null || !map.isObject()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> it = map.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isObject() || e.getValue().isBoolean()) {
                walk(JsonPointers.child(pointer, e.getKey()), e.getValue(), visitor);
            }
        }
    }
}
