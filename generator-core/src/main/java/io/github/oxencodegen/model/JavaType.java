package io.github.oxencodegen.model;

/**
 * The Java type of a property or list element. Schemas that cannot be typed precisely (unions,
 * {@code oneOf}, free-form values) become {@link Json}: typing degrades, validation stays exact.
 */
public sealed interface JavaType {
    /** {@code String}. */
    record Text() implements JavaType {}

    /** {@code Integer} when the schema bounds the value within 32 bits, else {@code Long}. */
    record WholeNumber(boolean fitsInt) implements JavaType {}

    /** {@code Double}. */
    record Decimal() implements JavaType {}

    /** {@code Boolean}. */
    record Flag() implements JavaType {}

    /** A Jackson {@code JsonNode}: any JSON value. */
    record Json() implements JavaType {}

    /** A generated enum. */
    record EnumRef(EnumType type) implements JavaType {}

    /** A generated class for an object schema. */
    record ObjectRef(ObjectType type) implements JavaType {}

    /** An immutable {@code List} of the element type. */
    record ListOf(JavaType element) implements JavaType {}
}
