package io.github.oxencodegen.diff;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Set;

/**
 * Follows local {@code $ref}s ({@code #} plus a JSON Pointer, percent-encoding allowed) within one
 * schema document. As in draft-07, a schema holding {@code $ref} is replaced by its target; keywords
 * beside the {@code $ref} are ignored.
 */
final class RefResolver {
    /**
     * The schema that stands at {@code pointer} once references are followed.
     *
     * @param schema     the schema reached, null when a reference could not be followed
     * @param pointer    where that schema lives in its document
     * @param failedRef  the reference that could not be followed (remote, missing, or a loop), else null
     */
    record Resolved(JsonNode schema, String pointer, String failedRef) {
        boolean failed() {
            return failedRef != null;
        }
    }

    private RefResolver() {}

    static Resolved resolve(JsonNode root, JsonNode schema, String pointer) {
        JsonNode current = schema;
        String at = pointer;
        Set<String> followed = new HashSet<>();
        while (current.isObject() && current.path("$ref").isTextual()) {
            String ref = current.get("$ref").asText();
            String target = localPointer(ref);
            if (target == null || !followed.add(target)) {
                return new Resolved(null, at, ref);
            }
            JsonNode found;
            try {
                found = root.at(JsonPointer.compile(target));
            } catch (IllegalArgumentException e) {
                return new Resolved(null, at, ref);
            }
            if (found.isMissingNode()) {
                return new Resolved(null, at, ref);
            }
            current = found;
            at = target;
        }
        return new Resolved(current, at, null);
    }

    /** The JSON Pointer a local reference names, or null when it is not a local pointer reference. */
    private static String localPointer(String ref) {
        if (!ref.startsWith("#")) {
            return null;
        }
        String fragment = ref.substring(1);
        try {
            String decoded = new URI(ref).getFragment();
            fragment = decoded == null ? "" : decoded;
        } catch (URISyntaxException e) {
            // not a well-formed URI (a space, say): read the fragment as written
        }
        return fragment.isEmpty() || fragment.startsWith("/") ? fragment : null;
    }
}
