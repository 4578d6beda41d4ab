package io.github.oxencodegen.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The schema {@code default} of an optional property that the generated class offers typed, through
 * an accessor giving the value that is set, else this default.
 *
 * @param accessor the Java name of that accessor, such as {@code aspectRatioOrDefault}
 * @param value    the default as the schema gives it; it fits the property's Java type and its own
 *                 type, enum, bound, length and item-count rules ({@link DefaultFit})
 */
public record DefaultValue(String accessor, JsonNode value) {}
