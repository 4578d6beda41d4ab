package io.github.oxencodegen.schema;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The keyword registry: every key the generator knows in a request schema, one row each, saying
 * where it comes from, how it is handled and which kind of value it constrains. It is the one list
 * every stage reads: the keyword audit (what to warn about), the validator emitter (which schemas
 * can reject a value; each validating row is compiled by the emitter of its {@link Applies value
 * kind}), the contract differ (an exhaustive {@code switch} over the rows picks each rule, so a new
 * row does not compile until it has one) and the README's keyword table (tested against it).
 * A key that is not here is reported with its JSON Pointer by {@link KeywordAudit}: as a warning,
 * or at info level for an unknown vendor key ({@code x-*}).
 *
 * <p>Adding a keyword: add its row, then the code the compiler and the tests point to: its rule in
 * {@code diff.KeywordRules}, its check in the validator emitter of its value kind when it validates,
 * and the README row.
 */
public enum Keyword {
    // draft-07 assertions: compiled by the validator emitter of the row's value kind (TypeKeyword,
    // ValueKeywords, NumberKeywords, StringKeywords, ArrayKeywords, ObjectKeywords, CombinatorKeywords)
    TYPE("type", Origin.DRAFT_07, Handling.VALIDATES, Applies.ANY, "Java type of the field; names and unions of `string`, `integer`, `number`, `boolean`, `object`, `array`, `null`"),
    ENUM("enum", Origin.DRAFT_07, Handling.VALIDATES, Applies.ANY, "Java enum keeping each exact wire value (strings, integers, numbers, mixed)"),
    CONST("const", Origin.DRAFT_07, Handling.VALIDATES, Applies.ANY, "exact JSON equality (numbers compared by value)"),
    MULTIPLE_OF("multipleOf", Origin.DRAFT_07, Handling.VALIDATES, Applies.NUMBER, "exact decimal arithmetic"),
    MINIMUM("minimum", Origin.DRAFT_07, Handling.VALIDATES, Applies.NUMBER, "exact decimal comparison"),
    MAXIMUM("maximum", Origin.DRAFT_07, Handling.VALIDATES, Applies.NUMBER, "exact decimal comparison"),
    EXCLUSIVE_MINIMUM("exclusiveMinimum", Origin.DRAFT_07, Handling.VALIDATES, Applies.NUMBER, "numeric form, and the draft-04 boolean form"),
    EXCLUSIVE_MAXIMUM("exclusiveMaximum", Origin.DRAFT_07, Handling.VALIDATES, Applies.NUMBER, "numeric form, and the draft-04 boolean form"),
    MIN_LENGTH("minLength", Origin.DRAFT_07, Handling.VALIDATES, Applies.STRING, "counted in code points"),
    MAX_LENGTH("maxLength", Origin.DRAFT_07, Handling.VALIDATES, Applies.STRING, "counted in code points"),
    PATTERN("pattern", Origin.DRAFT_07, Handling.VALIDATES, Applies.STRING, "`java.util.regex`, unanchored search, compiled once"),
    FORMAT("format", Origin.DRAFT_07, Handling.VALIDATES, Applies.STRING, "`uri`, `uri-reference`, `email`, `date-time`, `date`, `time`, `ipv4`, `ipv6`, `hostname`, `uuid`, `regex`; other formats are annotations"),
    ITEMS("items", Origin.DRAFT_07, Handling.VALIDATES, Applies.ARRAY, "a schema (typed `List`) or a tuple (list of JSON values)"),
    ADDITIONAL_ITEMS("additionalItems", Origin.DRAFT_07, Handling.VALIDATES, Applies.ARRAY, "after a tuple `items`"),
    MIN_ITEMS("minItems", Origin.DRAFT_07, Handling.VALIDATES, Applies.ARRAY, ""),
    MAX_ITEMS("maxItems", Origin.DRAFT_07, Handling.VALIDATES, Applies.ARRAY, ""),
    UNIQUE_ITEMS("uniqueItems", Origin.DRAFT_07, Handling.VALIDATES, Applies.ARRAY, "JSON equality (numbers compared by value)"),
    CONTAINS("contains", Origin.DRAFT_07, Handling.VALIDATES, Applies.ARRAY, ""),
    PROPERTIES("properties", Origin.DRAFT_07, Handling.VALIDATES, Applies.OBJECT, "one typed field each, ordered by `x-order`, then schema order"),
    REQUIRED("required", Origin.DRAFT_07, Handling.VALIDATES, Applies.OBJECT, "every missing property reported at once"),
    ADDITIONAL_PROPERTIES("additionalProperties", Origin.DRAFT_07, Handling.VALIDATES, Applies.OBJECT, "unknown properties survive a JSON round trip; validated when constrained"),
    PATTERN_PROPERTIES("patternProperties", Origin.DRAFT_07, Handling.VALIDATES, Applies.OBJECT, ""),
    PROPERTY_NAMES("propertyNames", Origin.DRAFT_07, Handling.VALIDATES, Applies.OBJECT, ""),
    MIN_PROPERTIES("minProperties", Origin.DRAFT_07, Handling.VALIDATES, Applies.OBJECT, ""),
    MAX_PROPERTIES("maxProperties", Origin.DRAFT_07, Handling.VALIDATES, Applies.OBJECT, ""),
    DEPENDENCIES("dependencies", Origin.DRAFT_07, Handling.VALIDATES, Applies.OBJECT, "property and schema dependencies"),
    IF("if", Origin.DRAFT_07, Handling.VALIDATES, Applies.ANY, "with `then` and `else`"),
    THEN("then", Origin.DRAFT_07, Handling.VALIDATES, Applies.ANY, ""),
    ELSE("else", Origin.DRAFT_07, Handling.VALIDATES, Applies.ANY, ""),
    ALL_OF("allOf", Origin.DRAFT_07, Handling.VALIDATES, Applies.ANY, "validated; typing from the enclosing schema"),
    ANY_OF("anyOf", Origin.DRAFT_07, Handling.VALIDATES, Applies.ANY, "validated; typed as a JSON value"),
    ONE_OF("oneOf", Origin.DRAFT_07, Handling.VALIDATES, Applies.ANY, "validated; typed as a JSON value"),
    NOT("not", Origin.DRAFT_07, Handling.VALIDATES, Applies.ANY, ""),
    REF("$ref", Origin.DRAFT_07, Handling.VALIDATES, Applies.ANY, "local references (`#/definitions/...`, `#/$defs/...`, any JSON Pointer, percent-encoded or not), recursive ones too; resolved by `RefResolver`"),

    // lenient forms: SchemaNormalizer rewrites them to draft-07 before anything else reads the schema
    NULLABLE("nullable", Origin.OPENAPI, Handling.NORMALISED, Applies.ANY, "JSON `null` accepted (normalised to a `null` type and enum member)"),
    DEPENDENT_REQUIRED("dependentRequired", Origin.DRAFT_2019_09, Handling.NORMALISED, Applies.OBJECT, "normalised to `dependencies`"),
    DEPENDENT_SCHEMAS("dependentSchemas", Origin.DRAFT_2019_09, Handling.NORMALISED, Applies.OBJECT, "normalised to `dependencies`"),

    DEFINITIONS("definitions", Origin.DRAFT_07, Handling.STRUCTURE, Applies.ANY, "named types for referenced object schemas"),
    DEFS("$defs", Origin.DRAFT_2019_09, Handling.STRUCTURE, Applies.ANY, "as `definitions`"),

    SCHEMA("$schema", Origin.DRAFT_07, Handling.ANNOTATES, Applies.ANY, "read as draft-07 whatever it says"),
    ID("$id", Origin.DRAFT_07, Handling.ANNOTATES, Applies.ANY, "only at the root; `$ref` must stay local"),
    COMMENT("$comment", Origin.DRAFT_07, Handling.ANNOTATES, Applies.ANY, ""),
    TITLE("title", Origin.DRAFT_07, Handling.ANNOTATES, Applies.ANY, "Javadoc"),
    DESCRIPTION("description", Origin.DRAFT_07, Handling.ANNOTATES, Applies.ANY, "Javadoc"),
    DEFAULT("default", Origin.DRAFT_07, Handling.ANNOTATES, Applies.ANY, "Javadoc and a typed `...OrDefault()` accessor when it fits; not sent unless set"),
    EXAMPLES("examples", Origin.DRAFT_07, Handling.ANNOTATES, Applies.ANY, ""),
    READ_ONLY("readOnly", Origin.DRAFT_07, Handling.ANNOTATES, Applies.ANY, ""),
    WRITE_ONLY("writeOnly", Origin.DRAFT_07, Handling.ANNOTATES, Applies.ANY, ""),
    DEPRECATED("deprecated", Origin.DRAFT_2019_09, Handling.ANNOTATES, Applies.ANY, "`@Deprecated` on the accessor"),
    CONTENT_MEDIA_TYPE("contentMediaType", Origin.DRAFT_07, Handling.ANNOTATES, Applies.ANY, ""),
    CONTENT_ENCODING("contentEncoding", Origin.DRAFT_07, Handling.ANNOTATES, Applies.ANY, ""),

    // Oxen's vendor keys: known, so never reported; any other x-* key is reported at info level
    X_ORDER("x-order", Origin.VENDOR, Handling.ANNOTATES, Applies.ANY, "orders the properties"),
    X_MEDIA_REFERENCES("x-media-references", Origin.VENDOR, Handling.VALIDATES, Applies.STRING, "a prompt naming the n-th item of an array field that has fewer items is a violation at the prompt"),
    X_MESSAGE("x-message", Origin.VENDOR, Handling.ANNOTATES, Applies.ANY, "a string: leads the message of the violations of its schema's rules, and of the schemas inside it that have none of their own (see Violation messages); validates nothing itself"),
    BASIC("basic", Origin.VENDOR, Handling.ANNOTATES, Applies.ANY, "display hint (shown in the basic form), no validation"),
    X_NEXT_TO("x-next-to", Origin.VENDOR, Handling.ANNOTATES, Applies.ANY, "display hint (laid out beside another field), no validation"),
    X_HIDDEN("x-hidden", Origin.VENDOR, Handling.ANNOTATES, Applies.ANY, "display hint (hidden in the form), no validation"),
    X_WORKBENCH_DEFAULT("x-workbench-default", Origin.VENDOR, Handling.ANNOTATES, Applies.ANY, "display hint (value preset in Oxen's workbench, not a `default`), no validation"),
    X_BOUNDING_BOXES("x-bounding-boxes", Origin.VENDOR, Handling.ANNOTATES, Applies.ANY, "display hint (draw boxes on an image), no validation"),
    RENDER_TYPE("renderType", Origin.VENDOR, Handling.ANNOTATES, Applies.ANY, "display hint (which widget renders the field), no validation"),

    // later drafts: known, so that the warning says what they are, but not honoured
    PREFIX_ITEMS("prefixItems", Origin.DRAFT_2020_12, Handling.UNSUPPORTED, Applies.ARRAY, "the 2020-12 tuple form; write a draft-07 tuple `items` instead"),
    MIN_CONTAINS("minContains", Origin.DRAFT_2019_09, Handling.UNSUPPORTED, Applies.ARRAY, ""),
    MAX_CONTAINS("maxContains", Origin.DRAFT_2019_09, Handling.UNSUPPORTED, Applies.ARRAY, ""),
    UNEVALUATED_ITEMS("unevaluatedItems", Origin.DRAFT_2019_09, Handling.UNSUPPORTED, Applies.ARRAY, ""),
    UNEVALUATED_PROPERTIES("unevaluatedProperties", Origin.DRAFT_2019_09, Handling.UNSUPPORTED, Applies.OBJECT, ""),
    ANCHOR("$anchor", Origin.DRAFT_2019_09, Handling.UNSUPPORTED, Applies.ANY, "`$ref` takes JSON Pointer fragments only"),
    DYNAMIC_REF("$dynamicRef", Origin.DRAFT_2020_12, Handling.UNSUPPORTED, Applies.ANY, ""),
    RECURSIVE_REF("$recursiveRef", Origin.DRAFT_2019_09, Handling.UNSUPPORTED, Applies.ANY, "");

    /** Where a keyword comes from. */
    public enum Origin {
        DRAFT_07("draft-07"),
        DRAFT_2019_09("2019-09"),
        DRAFT_2020_12("2020-12"),
        OPENAPI("OpenAPI"),
        /** An Oxen vendor key. */
        VENDOR("Oxen");

        private final String label;

        Origin(String label) {
            this.label = label;
        }

        /** How the README names it. */
        public String label() {
            return label;
        }
    }

    /** What the generator does with a keyword. */
    public enum Handling {
        /** Enforced by the generated validator (and, where it can be, by the Java types); compared by the differ. */
        VALIDATES,
        /** Rewritten to draft-07 by the normaliser; never reaches the later stages. */
        NORMALISED,
        /** Holds subschemas reached through {@code $ref}. */
        STRUCTURE,
        /** Documentation, ordering or display only; rejects no value. */
        ANNOTATES,
        /** Known but not honoured: the audit warns with its JSON Pointer, the differ compares it conservatively. */
        UNSUPPORTED
    }

    /** The kind of value a keyword constrains: a value of another kind passes it whatever it says. */
    public enum Applies {
        ANY, NUMBER, STRING, ARRAY, OBJECT
    }

    private static final Map<String, Keyword> BY_NAME = new HashMap<>();

    static {
        for (Keyword keyword : values()) {
            BY_NAME.put(keyword.jsonName, keyword);
        }
    }

    private final String jsonName;
    private final Origin origin;
    private final Handling handling;
    private final Applies applies;
    private final String note;

    Keyword(String jsonName, Origin origin, Handling handling, Applies applies, String note) {
        this.jsonName = jsonName;
        this.origin = origin;
        this.handling = handling;
        this.applies = applies;
        this.note = note;
    }

    public String jsonName() {
        return jsonName;
    }

    public Origin origin() {
        return origin;
    }

    public Handling handling() {
        return handling;
    }

    public Applies applies() {
        return applies;
    }

    /** True when a value can fail this keyword: the validator compiles it, the differ reads a change to it as a new limit. */
    public boolean validates() {
        return handling == Handling.VALIDATES;
    }

    /**
     * True when the keyword rejects no value and is honoured as such: annotations, display and ordering
     * keys, definitions. Unknown {@code x-*} keys are read the same way (see {@link #constrainsNothing(String)}).
     */
    public boolean annotatesOnly() {
        return handling == Handling.ANNOTATES || handling == Handling.STRUCTURE;
    }

    public String note() {
        return note;
    }

    /** The keyword with this JSON name, if the generator knows it. */
    public static Optional<Keyword> of(String jsonName) {
        return Optional.ofNullable(BY_NAME.get(jsonName));
    }

    /** True for vendor extension keys ({@code x-...}), which never carry validation unless listed above. */
    public static boolean isVendorExtension(String jsonName) {
        return jsonName.toLowerCase(Locale.ROOT).startsWith("x-");
    }

    /** True when the key {@code jsonName} rejects no value: a keyword that {@link #annotatesOnly()}, or an unknown {@code x-*} key. */
    public static boolean constrainsNothing(String jsonName) {
        Keyword keyword = BY_NAME.get(jsonName);
        return keyword != null ? keyword.annotatesOnly() : isVendorExtension(jsonName);
    }
}
