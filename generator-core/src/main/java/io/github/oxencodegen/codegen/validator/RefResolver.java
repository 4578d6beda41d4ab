package io.github.oxencodegen.codegen.validator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.JsonPointers;
import io.github.oxencodegen.schema.SchemaException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Resolves local {@code $ref}s: URI fragments holding a JSON Pointer into the request schema itself
 * ({@code #}, {@code #/definitions/x}, {@code #/$defs/x}, {@code #/properties/a/items}, percent-encoded
 * or not). Anything else (another document, a plain-name fragment) is refused with the pointer of the
 * {@code $ref}, since the generator never fetches schemas.
 */
final class RefResolver {
    /** Where a reference leads: the target's canonical pointer and the target itself. */
    record Target(String pointer, JsonNode schema) {}

    private final JsonNode root;
    private final String modelId;

    RefResolver(JsonNode root, String modelId) {
        this.root = root;
        this.modelId = modelId;
    }

    /** The target of the {@code $ref} of the schema at {@code pointer}. */
    Target resolve(String pointer, JsonNode ref) throws SchemaException {
        String where = JsonPointers.child(pointer, "$ref");
        if (!ref.isTextual()) {
            throw new SchemaException(null, modelId, where, "'$ref' must be a string, found " + ref);
        }
        String text = ref.textValue();
        if (!text.startsWith("#")) {
            throw new SchemaException(null, modelId, where, "'$ref' is \"" + text + "\", which is not local: only references"
                    + " into the request schema itself (such as #/definitions/name) are supported; inline the referenced schema");
        }
        String fragment;
        try {
            fragment = URLDecoder.decode(text.substring(1).replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new SchemaException(null, modelId, where, "'$ref' \"" + text + "\" has a malformed percent escape");
        }
        if (!fragment.isEmpty() && !fragment.startsWith("/")) {
            throw new SchemaException(null, modelId, where, "'$ref' \"" + text + "\" names an anchor, not a JSON Pointer;"
                    + " only JSON Pointer fragments (#/...) are supported");
        }
        JsonNode node = root;
        StringBuilder canonical = new StringBuilder();
        if (!fragment.isEmpty()) {
            for (String token : fragment.substring(1).split("/", -1)) {
                String name = JsonPointers.unescape(token);
                node = step(node, name);
                if (node == null) {
                    throw new SchemaException(null, modelId, where, "'$ref' \"" + text + "\" points to nothing in the request schema");
                }
                canonical.append('/').append(JsonPointers.escape(name));
            }
        }
        if (!node.isObject() && !node.isBoolean()) {
            throw new SchemaException(null, modelId, where, "'$ref' \"" + text + "\" points to " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                    + ", not to a schema");
        }
        return new Target(canonical.toString(), node);
    }

    private static JsonNode step(JsonNode node, String name) {
        if (node.isObject()) {
            return node.get(name);
        }
        if (node.isArray() && name.matches("0|[1-9][0-9]{0,8}")) {
            return node.get(Integer.parseInt(name));
        }
        return null;
    }
}
