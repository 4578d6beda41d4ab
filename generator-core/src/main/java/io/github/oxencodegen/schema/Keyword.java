package io.github.oxencodegen.schema;

import java.util.Locale;
import java.util.Optional;

/**
 * Every keyword the generator knows, and what it does with it. This enum is the single list of
 * supported keywords: the README's keyword table is tested against it, and a keyword that is not
 * here is reported with its JSON Pointer (see {@link KeywordAudit}).
 */
public enum Keyword {
    TYPE("type", Handling.VALIDATED, "Java type of the field; names and unions of `string`, `integer`, `number`, `boolean`, `object`, `array`, `null`"),
    NULLABLE("nullable", Handling.VALIDATED, "OpenAPI form: JSON `null` accepted (normalised to a `null` type and enum member)"),
    ENUM("enum", Handling.VALIDATED, "Java enum keeping each exact wire value (strings, integers, numbers, mixed)"),
    CONST("const", Handling.VALIDATED, "exact JSON equality (numbers compared by value)"),
    MULTIPLE_OF("multipleOf", Handling.VALIDATED, "exact decimal arithmetic"),
    MINIMUM("minimum", Handling.VALIDATED, "exact decimal comparison"),
    MAXIMUM("maximum", Handling.VALIDATED, "exact decimal comparison"),
    EXCLUSIVE_MINIMUM("exclusiveMinimum", Handling.VALIDATED, "numeric form, and the draft-04 boolean form"),
    EXCLUSIVE_MAXIMUM("exclusiveMaximum", Handling.VALIDATED, "numeric form, and the draft-04 boolean form"),
    MIN_LENGTH("minLength", Handling.VALIDATED, "counted in code points"),
    MAX_LENGTH("maxLength", Handling.VALIDATED, "counted in code points"),
    PATTERN("pattern", Handling.VALIDATED, "`java.util.regex`, unanchored search, compiled once"),
    FORMAT("format", Handling.VALIDATED, "`uri`, `uri-reference`, `email`, `date-time`, `date`, `time`, `ipv4`, `ipv6`, `hostname`, `uuid`, `regex`; other formats are annotations"),
    ITEMS("items", Handling.VALIDATED, "a schema (typed `List`) or a tuple (list of JSON values)"),
    ADDITIONAL_ITEMS("additionalItems", Handling.VALIDATED, "after a tuple `items`"),
    MIN_ITEMS("minItems", Handling.VALIDATED, ""),
    MAX_ITEMS("maxItems", Handling.VALIDATED, ""),
    UNIQUE_ITEMS("uniqueItems", Handling.VALIDATED, "JSON equality (numbers compared by value)"),
    CONTAINS("contains", Handling.VALIDATED, ""),
    PROPERTIES("properties", Handling.VALIDATED, "one typed field each, ordered by `x-order`, then schema order"),
    REQUIRED("required", Handling.VALIDATED, "every missing property reported at once"),
    ADDITIONAL_PROPERTIES("additionalProperties", Handling.VALIDATED, "unknown properties survive a JSON round trip; validated when constrained"),
    PATTERN_PROPERTIES("patternProperties", Handling.VALIDATED, ""),
    PROPERTY_NAMES("propertyNames", Handling.VALIDATED, ""),
    MIN_PROPERTIES("minProperties", Handling.VALIDATED, ""),
    MAX_PROPERTIES("maxProperties", Handling.VALIDATED, ""),
    DEPENDENCIES("dependencies", Handling.VALIDATED, "property and schema dependencies"),
    DEPENDENT_REQUIRED("dependentRequired", Handling.VALIDATED, "normalised to `dependencies`"),
    DEPENDENT_SCHEMAS("dependentSchemas", Handling.VALIDATED, "normalised to `dependencies`"),
    IF("if", Handling.VALIDATED, "with `then` and `else`"),
    THEN("then", Handling.VALIDATED, ""),
    ELSE("else", Handling.VALIDATED, ""),
    ALL_OF("allOf", Handling.VALIDATED, "validated; typing from the enclosing schema"),
    ANY_OF("anyOf", Handling.VALIDATED, "validated; typed as a JSON value"),
    ONE_OF("oneOf", Handling.VALIDATED, "validated; typed as a JSON value"),
    NOT("not", Handling.VALIDATED, ""),
    REF("$ref", Handling.VALIDATED, "local references (`#/definitions/...`, `#/$defs/...`, any JSON Pointer), recursive ones too"),
    DEFINITIONS("definitions", Handling.STRUCTURE, "named types for referenced object schemas"),
    DEFS("$defs", Handling.STRUCTURE, "as `definitions`"),
    SCHEMA("$schema", Handling.ANNOTATION, "read as draft-07 whatever it says"),
    ID("$id", Handling.ANNOTATION, "only at the root; `$ref` must stay local"),
    COMMENT("$comment", Handling.ANNOTATION, ""),
    TITLE("title", Handling.ANNOTATION, "Javadoc"),
    DESCRIPTION("description", Handling.ANNOTATION, "Javadoc"),
    DEFAULT("default", Handling.ANNOTATION, "Javadoc and a typed `...OrDefault()` accessor when it fits; not sent unless set"),
    EXAMPLES("examples", Handling.ANNOTATION, ""),
    READ_ONLY("readOnly", Handling.ANNOTATION, ""),
    WRITE_ONLY("writeOnly", Handling.ANNOTATION, ""),
    DEPRECATED("deprecated", Handling.ANNOTATION, "`@Deprecated` on the accessor"),
    CONTENT_MEDIA_TYPE("contentMediaType", Handling.ANNOTATION, ""),
    CONTENT_ENCODING("contentEncoding", Handling.ANNOTATION, ""),
    X_ORDER("x-order", Handling.VENDOR, "orders the properties"),
    X_MEDIA_REFERENCES("x-media-references", Handling.VALIDATED, "a prompt naming the n-th item of an array field that has fewer items is a violation at the prompt"),
    BASIC("basic", Handling.VENDOR, "display hint, no validation"),
    X_NEXT_TO("x-next-to", Handling.VENDOR, "display hint, no validation"),
    X_HIDDEN("x-hidden", Handling.VENDOR, "display hint, no validation"),
    X_WORKBENCH_DEFAULT("x-workbench-default", Handling.VENDOR, "display hint, no validation"),
    X_BOUNDING_BOXES("x-bounding-boxes", Handling.VENDOR, "display hint, no validation"),
    RENDER_TYPE("renderType", Handling.VENDOR, "display hint, no validation");

    /** What the generator does with a keyword. */
    public enum Handling {
        /** Enforced by the generated validator (and, where it can be, by the Java types). */
        VALIDATED,
        /** Holds subschemas reached through {@code $ref}. */
        STRUCTURE,
        /** Documentation only; carries no validation in draft-07. */
        ANNOTATION,
        /** An Oxen vendor key: no validation. Any other {@code x-*} key is treated the same way. */
        VENDOR
    }

    private final String jsonName;
    private final Handling handling;
    private final String note;

    Keyword(String jsonName, Handling handling, String note) {
        this.jsonName = jsonName;
        this.handling = handling;
        this.note = note;
    }

    public String jsonName() {
        return jsonName;
    }

    public Handling handling() {
        return handling;
    }

    public String note() {
        return note;
    }

    /** The keyword with this JSON name, if the generator knows it. */
    public static Optional<Keyword> of(String jsonName) {
        for (Keyword k : values()) {
            if (k.jsonName.equals(jsonName)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** True for vendor extension keys ({@code x-...}), which never carry validation unless listed above. */
    public static boolean isVendorExtension(String jsonName) {
        return jsonName.toLowerCase(Locale.ROOT).startsWith("x-");
    }
}
