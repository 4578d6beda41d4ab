package io.github.oxencodegen.codegen.validator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An {@code if} schema in a user's words, when it is the common shape of a condition on some properties:
 * {@code required} names and {@code properties} whose schemas hold {@code const}, {@code enum}, bounds,
 * item or length counts, or a single {@code type}. For example
 * {@code {"properties": {"reference_videos": {"type": "array", "minItems": 1}}, "required": ["reference_videos"]}}
 * reads {@code reference_videos has at least 1 item}. Any other shape has no description (the caller
 * then names the {@code if} by its JSON Pointer alone).
 */
final class ConditionText {
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "$comment", "examples", "default");

    private ConditionText() {}

    /** The condition {@code ifSchema} states, in words; empty when it is not of the shape described above. */
    static Optional<String> describe(JsonNode ifSchema) {
        if (ifSchema == null || !ifSchema.isObject()) {
            return Optional.empty();
        }
        for (String keyword : iterable(ifSchema)) {
            if (!keyword.equals("properties") && !keyword.equals("required") && !isAnnotation(keyword)) {
                return Optional.empty();
            }
        }
        JsonNode properties = ifSchema.path("properties");
        JsonNode required = ifSchema.path("required");
        if ((ifSchema.has("properties") && !properties.isObject()) || (ifSchema.has("required") && !required.isArray())) {
            return Optional.empty();
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode name : required) {
            if (!name.isTextual()) {
                return Optional.empty();
            }
            names.add(name.textValue());
        }
        List<String> phrases = new ArrayList<>();
        for (String name : names) {
            Optional<List<String>> parts = parts(properties.get(name));
            if (parts.isEmpty()) {
                return Optional.empty();
            }
            phrases.add(name + " " + (parts.get().isEmpty() ? "is present" : String.join(" and ", parts.get())));
        }
        for (String name : iterable(properties)) {
            if (names.contains(name)) {
                continue;
            }
            Optional<List<String>> parts = parts(properties.get(name));
            if (parts.isEmpty()) {
                return Optional.empty();
            }
            if (!parts.get().isEmpty()) {
                phrases.add(name + ", when present, " + String.join(" and ", parts.get()));
            }
        }
        return phrases.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", phrases));
    }

    /** What a property's schema asks, such as {@code is at least 3}; empty list for none; empty for an unknown shape. */
    private static Optional<List<String>> parts(JsonNode schema) {
        List<String> parts = new ArrayList<>();
        if (schema == null || (schema.isBoolean() && schema.booleanValue())) {
            return Optional.of(parts);
        }
        if (!schema.isObject()) {
            return Optional.empty();
        }
        boolean typeImplied = false;
        for (String keyword : iterable(schema)) {
            JsonNode value = schema.get(keyword);
            switch (keyword) {
                case "const" -> parts.add("is " + Messages.value(value));
                case "enum" -> {
                    if (!value.isArray() || value.isEmpty()) {
                        return Optional.empty();
                    }
                    List<JsonNode> values = new ArrayList<>();
                    value.forEach(values::add);
                    parts.add(values.size() == 1 ? "is " + Messages.value(values.get(0)) : "is one of " + Messages.values(values));
                }
                case "minimum" -> parts.add("is at least " + Messages.value(value));
                case "maximum" -> parts.add("is at most " + Messages.value(value));
                case "minItems" -> parts.add("has at least " + Messages.count(value.asLong(), "item"));
                case "maxItems" -> parts.add("has at most " + Messages.count(value.asLong(), "item"));
                case "minLength" -> parts.add("has at least " + Messages.count(value.asLong(), "character"));
                case "maxLength" -> parts.add("has at most " + Messages.count(value.asLong(), "character"));
                case "type" -> {
                    if (!value.isTextual()) {
                        return Optional.empty();
                    }
                }
                default -> {
                    if (!isAnnotation(keyword)) {
                        return Optional.empty();
                    }
                }
            }
            if (!keyword.equals("type") && !isAnnotation(keyword)) {
                typeImplied = true;
            }
        }
        if (!typeImplied && schema.path("type").isTextual()) {
            parts.add("is " + article(schema.get("type").textValue()));
        }
        return Optional.of(parts);
    }

    private static String article(String type) {
        return (type.equals("array") || type.equals("object") || type.equals("integer") ? "an " : "a ") + type;
    }

    private static boolean isAnnotation(String keyword) {
        return ANNOTATIONS.contains(keyword) || keyword.startsWith("x-");
    }

    private static Iterable<String> iterable(JsonNode object) {
        return object::fieldNames;
    }
}
