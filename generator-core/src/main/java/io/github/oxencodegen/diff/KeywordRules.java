package io.github.oxencodegen.diff;

import io.github.oxencodegen.diff.TypeSet.Family;
import io.github.oxencodegen.schema.Keyword;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The one table of how each keyword is compared: which rule reads it, and for which kind of value
 * it matters. Keywords read together ({@code items} and {@code additionalItems}; {@code if},
 * {@code then} and {@code else}) share one entry, so the rule runs once per subschema. A keyword not
 * in the table is a vendor display key when it starts with {@code x-}, and otherwise unknown: any
 * change to it is reported as breaking, conservatively, never dropped.
 */
final class KeywordRules {
    /** How one keyword is compared. */
    record Entry(Family family, KeywordRule rule) {}

    private static final Map<String, Entry> TABLE = new HashMap<>();
    private static final Set<String> ANNOTATIONS = Set.of(
            "title", "description", "default", "$comment", "examples", "readOnly", "writeOnly", "deprecated",
            "contentMediaType", "contentEncoding", "$id", "$schema", "definitions", "$defs",
            "x-order", "x-message", "basic", "x-next-to", "x-hidden", "x-workbench-default", "x-bounding-boxes", "renderType");

    static {
        put(Family.ANY, ValueRules::type, "type");
        put(Family.ANY, ValueRules::enumValues, "enum");
        put(Family.ANY, ValueRules::constValue, "const");
        for (String lower : new String[] {"minimum", "exclusiveMinimum"}) {
            put(Family.NUMERIC, ValueRules.bound(lower, true), lower);
        }
        for (String upper : new String[] {"maximum", "exclusiveMaximum"}) {
            put(Family.NUMERIC, ValueRules.bound(upper, false), upper);
        }
        put(Family.NUMERIC, ValueRules::multipleOf, "multipleOf");
        put(Family.STRING, ValueRules.bound("minLength", true), "minLength");
        put(Family.STRING, ValueRules.bound("maxLength", false), "maxLength");
        put(Family.STRING, ValueRules.text("pattern"), "pattern");
        put(Family.STRING, ValueRules.text("format"), "format");
        put(Family.STRING, AnnotationRules::mediaReferences, "x-media-references");

        put(Family.ARRAY, ArrayRules::items, "items", "additionalItems");
        put(Family.ARRAY, ArrayRules::contains, "contains");
        put(Family.ARRAY, ValueRules.bound("minItems", true), "minItems");
        put(Family.ARRAY, ValueRules.bound("maxItems", false), "maxItems");
        put(Family.ARRAY, ValueRules::uniqueItems, "uniqueItems");

        put(Family.OBJECT, ObjectRules::properties, "properties");
        put(Family.OBJECT, ObjectRules::required, "required");
        put(Family.OBJECT, ObjectRules::additionalProperties, "additionalProperties");
        put(Family.OBJECT, ObjectRules::patternProperties, "patternProperties");
        put(Family.OBJECT, ObjectRules::propertyNames, "propertyNames");
        put(Family.OBJECT, ObjectRules::dependencies, "dependencies");
        put(Family.OBJECT, ValueRules.bound("minProperties", true), "minProperties");
        put(Family.OBJECT, ValueRules.bound("maxProperties", false), "maxProperties");

        put(Family.ANY, CombinatorRules::allOf, "allOf");
        put(Family.ANY, CombinatorRules::anyOf, "anyOf");
        put(Family.ANY, CombinatorRules::oneOf, "oneOf");
        put(Family.ANY, CombinatorRules::not, "not");
        put(Family.ANY, CombinatorRules::conditional, "if", "then", "else");

        // followed where they are used, never compared on their own
        put(Family.ANY, (pair, comparison) -> { }, "$ref", "definitions", "$defs");
        // the normaliser rewrites these; a contract that still has them is compared conservatively
        for (String lenient : new String[] {"nullable", "dependentRequired", "dependentSchemas"}) {
            put(Family.ANY, AnnotationRules.unknown(lenient), lenient);
        }

        put(Family.ANY, AnnotationRules::defaultValue, "default");
        put(Family.ANY, AnnotationRules.cosmetic("title", "title-changed", true), "title");
        put(Family.ANY, AnnotationRules.cosmetic("description", "description-changed", false), "description");
        put(Family.ANY, AnnotationRules.cosmetic("x-order", "order-changed", true), "x-order");
        for (String annotation : new String[] {"$comment", "examples", "readOnly", "writeOnly", "deprecated",
                "contentMediaType", "contentEncoding", "$id", "$schema", "x-message"}) {
            put(Family.ANY, AnnotationRules.cosmetic(annotation, "annotation-changed", true), annotation);
        }
        for (String display : new String[] {"basic", "x-next-to", "x-hidden", "x-workbench-default", "x-bounding-boxes",
                "renderType"}) {
            put(Family.ANY, AnnotationRules.cosmetic(display, "display-key-changed", true), display);
        }
    }

    private KeywordRules() {}

    private static void put(Family family, KeywordRule rule, String... keywords) {
        Entry entry = new Entry(family, rule);
        for (String keyword : keywords) {
            TABLE.put(keyword, entry);
        }
    }

    /** How {@code keyword} is compared. */
    static Entry of(String keyword) {
        Entry entry = TABLE.get(keyword);
        if (entry != null) {
            return entry;
        }
        if (Keyword.isVendorExtension(keyword)) {
            return new Entry(Family.ANY, AnnotationRules.cosmetic(keyword, "display-key-changed", true));
        }
        return new Entry(Family.ANY, AnnotationRules.unknown(keyword));
    }

    /** True when the table has a rule of its own for {@code keyword}. */
    static boolean knows(String keyword) {
        return TABLE.containsKey(keyword);
    }

    /** True for keywords that validate nothing: documentation, display and definitions. */
    static boolean isAnnotation(String keyword) {
        return ANNOTATIONS.contains(keyword)
                || Keyword.isVendorExtension(keyword) && !keyword.equals("x-media-references");
    }
}
