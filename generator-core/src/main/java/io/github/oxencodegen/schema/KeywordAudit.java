package io.github.oxencodegen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Looks at every keyword of a normalised schema. What the generator cannot honour exactly is an
 * error ({@code $ref} that is not local or leads nowhere, a {@code pattern} Java cannot compile);
 * what it does not know is a warning naming the keyword and its JSON Pointer. Nothing is dropped
 * silently.
 */
public final class KeywordAudit {
    /** Formats the generated validator checks; others are annotations and reported as such. */
    public static final Set<String> CHECKED_FORMATS = Set.of(
            "uri", "uri-reference", "email", "date-time", "date", "time", "ipv4", "ipv6", "hostname", "uuid", "regex");

    private KeywordAudit() {}

    /** Returns the warnings for {@code contract}; throws for what cannot be generated exactly. */
    public static List<String> audit(PreparedContract contract) throws SchemaException {
        List<String> warnings = new ArrayList<>();
        JsonNode root = contract.schema();
        RefResolver refs = new RefResolver(root);
        SchemaWalker.walk("", root, (pointer, schema) -> {
            if (!schema.isObject()) {
                return;
            }
            Iterator<String> names = schema.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                String at = JsonPointers.child(pointer, name);
                if (Keyword.of(name).isEmpty() && !Keyword.isVendorExtension(name)) {
                    warnings.add(where(contract, at) + "unsupported keyword '" + name + "' is ignored: it carries no validation in draft-07");
                }
            }
            checkRef(contract, refs, pointer, schema);
            checkPattern(contract, JsonPointers.child(pointer, "pattern"), schema.get("pattern"));
            JsonNode patternProperties = schema.get("patternProperties");
            if (patternProperties != null && patternProperties.isObject()) {
                Iterator<String> regexes = patternProperties.fieldNames();
                while (regexes.hasNext()) {
                    String regex = regexes.next();
                    checkPattern(contract, JsonPointers.child(JsonPointers.child(pointer, "patternProperties"), regex),
                            patternProperties.path(regex).isMissingNode() ? null : com.fasterxml.jackson.databind.node.TextNode.valueOf(regex));
                }
            }
            JsonNode format = schema.get("format");
            if (format != null && format.isTextual() && !CHECKED_FORMATS.contains(format.asText())) {
                warnings.add(where(contract, JsonPointers.child(pointer, "format")) + "format '" + format.asText()
                        + "' is not checked (checked formats: " + String.join(", ", new java.util.TreeSet<>(CHECKED_FORMATS)) + ")");
            }
            if (!pointer.isEmpty() && schema.has("$id")) {
                warnings.add(where(contract, JsonPointers.child(pointer, "$id")) + "'$id' below the root is ignored; '$ref' is resolved against the whole request schema");
            }
        });
        return warnings;
    }

    private static String where(PreparedContract contract, String pointer) {
        return "model '" + contract.modelId() + "', at #" + pointer + ": ";
    }

    private static void checkRef(PreparedContract contract, RefResolver refs, String pointer, JsonNode schema) throws SchemaException {
        JsonNode ref = schema.get(Keyword.REF.jsonName());
        if (ref == null) {
            return;
        }
        try {
            refs.resolve(pointer, ref);
        } catch (UnresolvableRef e) {
            throw e.toSchemaException(contract.source(), contract.modelId());
        }
    }

    private static void checkPattern(PreparedContract contract, String pointer, JsonNode pattern) throws SchemaException {
        if (pattern == null || !pattern.isTextual()) {
            return;
        }
        try {
            Pattern.compile(pattern.asText());
        } catch (PatternSyntaxException e) {
            throw new SchemaException(contract.source(), contract.modelId(), pointer,
                    "pattern '" + pattern.asText() + "' is not a regular expression Java can compile: " + e.getDescription());
        }
    }
}
