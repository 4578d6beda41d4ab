package io.github.oxencodegen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Looks at every key of a normalised schema and sorts it with the {@link Keyword} registry. What the
 * generator cannot honour exactly is an error ({@code $ref} that is not local or leads nowhere, a
 * {@code pattern} Java cannot compile); a keyword it does not know or does not support is a warning
 * naming the keyword and its JSON Pointer; a vendor key ({@code x-*}) it does not know is a note, at
 * info level: vendors add display keys freely and such a key validates nothing, but the user can
 * still see that it was read as one. Nothing is dropped silently.
 */
public final class KeywordAudit {
    /**
     * What the audit found, by severity; each message is one line starting with the model and pointer.
     *
     * @param warnings what the generator ignores although it may matter (unknown or unsupported keywords, unchecked formats)
     * @param notes    unknown vendor keys, read as display hints: reported at info level
     */
    public record Findings(List<String> warnings, List<String> notes) {
        public Findings {
            warnings = List.copyOf(warnings);
            notes = List.copyOf(notes);
        }
    }

    /** Formats the generated validator checks; others are annotations and reported as such. */
    public static final Set<String> CHECKED_FORMATS = Set.of(
            "uri", "uri-reference", "email", "date-time", "date", "time", "ipv4", "ipv6", "hostname", "uuid", "regex");

    private static final String PATTERN = Keyword.PATTERN.jsonName();
    private static final String PATTERN_PROPERTIES = Keyword.PATTERN_PROPERTIES.jsonName();
    private static final String FORMAT = Keyword.FORMAT.jsonName();
    private static final String ID = Keyword.ID.jsonName();

    /** The vendor keys the registry knows, as the note on an unknown one lists them. */
    private static final String KNOWN_VENDOR_KEYS = "known: " + Arrays.stream(Keyword.values())
            .filter(k -> k.origin() == Keyword.Origin.VENDOR)
            .map(Keyword::jsonName)
            .sorted()
            .collect(Collectors.joining(", "));

    private KeywordAudit() {}

    /** Returns the findings for {@code contract}; throws for what cannot be generated exactly. */
    public static Findings audit(PreparedContract contract) throws SchemaException {
        List<String> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
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
                Keyword keyword = Keyword.of(name).orElse(null);
                if (keyword == null && Keyword.isVendorExtension(name)) {
                    notes.add(where(contract, at) + "vendor key '" + name + "' is not one the generator knows ("
                            + KNOWN_VENDOR_KEYS + "); it is read as a display hint and validates nothing");
                } else if (keyword == null) {
                    warnings.add(where(contract, at) + "unsupported keyword '" + name + "' is ignored: it carries no validation in draft-07");
                } else if (keyword.handling() == Keyword.Handling.UNSUPPORTED) {
                    warnings.add(where(contract, at) + "unsupported " + keyword.origin().label() + " keyword '" + name
                            + "' is ignored: a draft-07 validator does not read it" + (keyword.note().isEmpty() ? "" : "; " + keyword.note()));
                }
            }
            checkRef(contract, refs, pointer, schema);
            checkPattern(contract, JsonPointers.child(pointer, PATTERN), schema.get(PATTERN));
            JsonNode patternProperties = schema.get(PATTERN_PROPERTIES);
            if (patternProperties != null && patternProperties.isObject()) {
                Iterator<String> regexes = patternProperties.fieldNames();
                while (regexes.hasNext()) {
                    String regex = regexes.next();
                    checkPattern(contract, JsonPointers.child(JsonPointers.child(pointer, PATTERN_PROPERTIES), regex),
                            patternProperties.path(regex).isMissingNode() ? null : com.fasterxml.jackson.databind.node.TextNode.valueOf(regex));
                }
            }
            JsonNode format = schema.get(FORMAT);
            if (format != null && format.isTextual() && !CHECKED_FORMATS.contains(format.asText())) {
                warnings.add(where(contract, JsonPointers.child(pointer, FORMAT)) + "format '" + format.asText()
                        + "' is not checked (checked formats: " + String.join(", ", new java.util.TreeSet<>(CHECKED_FORMATS)) + ")");
            }
            if (!pointer.isEmpty() && schema.has(ID)) {
                warnings.add(where(contract, JsonPointers.child(pointer, ID)) + "'$id' below the root is ignored; '$ref' is resolved against the whole request schema");
            }
        });
        return new Findings(warnings, notes);
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
