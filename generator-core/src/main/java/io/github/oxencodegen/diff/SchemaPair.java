package io.github.oxencodegen.diff;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The two versions of one subschema, both objects (a boolean schema {@code true} is compared as
 * {@code {}}), and where they stand.
 */
record SchemaPair(JsonNode oldSchema, JsonNode newSchema, Location at) {
    /** The old value of {@code keyword}, or null. */
    JsonNode before(String keyword) {
        return oldSchema.get(keyword);
    }

    /** The new value of {@code keyword}, or null. */
    JsonNode after(String keyword) {
        return newSchema.get(keyword);
    }

    /** Pointer of {@code keyword}: in the new schema when it is there, else in the old one. */
    String pointer(String keyword) {
        return at.pointer(keyword, newSchema.has(keyword));
    }
}
