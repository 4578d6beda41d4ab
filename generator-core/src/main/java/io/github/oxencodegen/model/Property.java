package io.github.oxencodegen.model;

/**
 * One property of a generated class.
 *
 * @param jsonName      the name on the wire
 * @param javaName      the Java field, accessor and builder method name
 * @param type          the Java type
 * @param required      listed in the schema's {@code required}
 * @param deprecated    marked {@code deprecated: true}
 * @param documentation Javadoc text
 * @param defaultValue  the schema default offered typed, or null: required properties, no default, or
 *                      one that does not fit (see {@link DefaultFit})
 * @param explicitNull  how JSON {@code null} is sent and told apart, or null when the property's schema
 *                      does not accept {@code null} (or its Java type is {@code JsonNode}, which holds
 *                      {@code NullNode} itself)
 */
public record Property(String jsonName, String javaName, JavaType type, boolean required, boolean deprecated,
        Documentation documentation, DefaultValue defaultValue, ExplicitNull explicitNull) {}
