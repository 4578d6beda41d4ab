package io.github.oxencodegen.diff;

import io.github.oxencodegen.schema.Keyword;
import java.util.EnumMap;
import java.util.Map;

/**
 * How each keyword of the {@link Keyword} registry is compared: which rule reads it, and for which
 * kind of value it matters (the row's {@link Keyword#applies()}). The {@code switch} below has no
 * default, so a new row in the registry does not compile until it is given a rule here. Keywords read
 * together ({@code items} and {@code additionalItems}; {@code if}, {@code then} and {@code else})
 * share one entry, so the rule runs once per subschema. A key not in the registry is a vendor display
 * key when it starts with {@code x-}, and otherwise unknown: any change to it is reported as
 * breaking, conservatively, never dropped.
 */
final class KeywordRules {
    /** How one keyword is compared. */
    record Entry(Keyword.Applies applies, KeywordRule rule) {}

    private static final Entry ITEMS = new Entry(Keyword.Applies.ARRAY, ArrayRules::items);
    private static final Entry CONDITIONAL = new Entry(Keyword.Applies.ANY, CombinatorRules::conditional);
    private static final Map<Keyword, Entry> TABLE = new EnumMap<>(Keyword.class);

    static {
        for (Keyword keyword : Keyword.values()) {
            TABLE.put(keyword, entry(keyword));
        }
    }

    private KeywordRules() {}

    private static Entry entry(Keyword keyword) {
        return switch (keyword) {
            case ITEMS, ADDITIONAL_ITEMS -> ITEMS;
            case IF, THEN, ELSE -> CONDITIONAL;
            default -> new Entry(readable(keyword) ? keyword.applies() : Keyword.Applies.ANY, rule(keyword));
        };
    }

    /** False for keywords that only the normaliser reads and those the generator does not honour: they are compared conservatively. */
    private static boolean readable(Keyword keyword) {
        return keyword.handling() != Keyword.Handling.NORMALISED && keyword.handling() != Keyword.Handling.UNSUPPORTED;
    }

    private static KeywordRule rule(Keyword keyword) {
        String name = keyword.jsonName();
        return switch (keyword) {
            case TYPE -> ValueRules::type;
            case ENUM -> ValueRules::enumValues;
            case CONST -> ValueRules::constValue;
            case MINIMUM, EXCLUSIVE_MINIMUM, MIN_LENGTH, MIN_ITEMS, MIN_PROPERTIES -> ValueRules.bound(name, true);
            case MAXIMUM, EXCLUSIVE_MAXIMUM, MAX_LENGTH, MAX_ITEMS, MAX_PROPERTIES -> ValueRules.bound(name, false);
            case MULTIPLE_OF -> ValueRules::multipleOf;
            case PATTERN, FORMAT -> ValueRules.text(name);
            case UNIQUE_ITEMS -> ValueRules::uniqueItems;
            case ITEMS, ADDITIONAL_ITEMS -> ITEMS.rule();
            case CONTAINS -> ArrayRules::contains;
            case PROPERTIES -> ObjectRules::properties;
            case REQUIRED -> ObjectRules::required;
            case ADDITIONAL_PROPERTIES -> ObjectRules::additionalProperties;
            case PATTERN_PROPERTIES -> ObjectRules::patternProperties;
            case PROPERTY_NAMES -> ObjectRules::propertyNames;
            case DEPENDENCIES -> ObjectRules::dependencies;
            case ALL_OF -> CombinatorRules::allOf;
            case ANY_OF -> CombinatorRules::anyOf;
            case ONE_OF -> CombinatorRules::oneOf;
            case NOT -> CombinatorRules::not;
            case IF, THEN, ELSE -> CONDITIONAL.rule();
            // followed where they are used, never compared on their own
            case REF, DEFINITIONS, DEFS -> (pair, comparison) -> { };
            case X_MEDIA_REFERENCES -> AnnotationRules::mediaReferences;
            case DEFAULT -> AnnotationRules::defaultValue;
            case TITLE -> AnnotationRules.cosmetic(name, "title-changed", true);
            case DESCRIPTION -> AnnotationRules.cosmetic(name, "description-changed", false);
            case X_ORDER -> AnnotationRules.cosmetic(name, "order-changed", true);
            case COMMENT, EXAMPLES, READ_ONLY, WRITE_ONLY, DEPRECATED, CONTENT_MEDIA_TYPE, CONTENT_ENCODING, ID, SCHEMA ->
                    AnnotationRules.cosmetic(name, "annotation-changed", true);
            case X_MESSAGE, BASIC, X_NEXT_TO, X_HIDDEN, X_WORKBENCH_DEFAULT, X_BOUNDING_BOXES, RENDER_TYPE ->
                    AnnotationRules.cosmetic(name, "display-key-changed", true);
            case NULLABLE, DEPENDENT_REQUIRED, DEPENDENT_SCHEMAS,
                    PREFIX_ITEMS, MIN_CONTAINS, MAX_CONTAINS, UNEVALUATED_ITEMS, UNEVALUATED_PROPERTIES,
                    ANCHOR, DYNAMIC_REF, RECURSIVE_REF -> AnnotationRules.unknown(name);
        };
    }

    /** How {@code keyword} is compared. */
    static Entry of(String keyword) {
        return Keyword.of(keyword).map(TABLE::get).orElseGet(() -> Keyword.isVendorExtension(keyword)
                ? new Entry(Keyword.Applies.ANY, AnnotationRules.cosmetic(keyword, "display-key-changed", true))
                : new Entry(Keyword.Applies.ANY, AnnotationRules.unknown(keyword)));
    }

    /** True for keywords that validate nothing: documentation, display and definitions. */
    static boolean isAnnotation(String keyword) {
        return Keyword.constrainsNothing(keyword);
    }
}
