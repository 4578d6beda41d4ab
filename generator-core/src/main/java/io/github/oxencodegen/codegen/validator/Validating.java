package io.github.oxencodegen.codegen.validator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** The draft-07 keywords that can reject a value; a schema object with none of them accepts everything. */
final class Validating {
    static final Set<String> KEYWORDS = Set.of(
            "$ref", "type", "enum", "const",
            "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
            "maxLength", "minLength", "pattern", "format",
            "items", "additionalItems", "maxItems", "minItems", "uniqueItems", "contains",
            "maxProperties", "minProperties", "required", "properties", "patternProperties",
            "additionalProperties", "dependencies", "propertyNames",
            "if", "then", "else", "allOf", "anyOf", "oneOf", "not");

    private Validating() {}

    /** True when {@code schema} (an object) has at least one keyword that can reject a value. */
    static boolean any(JsonNode schema) {
        for (String key : KEYWORDS) {
            if (schema.has(key)) {
                return true;
            }
        }
        return false;
    }
}
