package io.github.oxencodegen.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.Keyword;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON types a schema's {@code type} keyword admits; no {@code type} admits every type. An
 * {@code integer} is admitted by {@code number} too.
 */
record TypeSet(List<String> declared) {
    static final List<String> ALL = List.of("array", "boolean", "integer", "null", "number", "object", "string");

    static TypeSet of(JsonNode schema) {
        JsonNode type = schema.get("type");
        List<String> names = new ArrayList<>();
        if (type != null && type.isTextual()) {
            names.add(type.asText());
        } else if (type != null && type.isArray()) {
            type.forEach(t -> names.add(t.asText()));
        }
        return new TypeSet(List.copyOf(names));
    }

    boolean isAny() {
        return declared.isEmpty();
    }

    /** True when a value of JSON type {@code name} can pass. */
    boolean admits(String name) {
        return isAny() || declared.contains(name) || name.equals("integer") && declared.contains("number");
    }

    /** True when keywords that apply to {@code kind} of value can apply to some admitted value. */
    boolean admits(Keyword.Applies kind) {
        return switch (kind) {
            case ANY -> true;
            case NUMBER -> admits("integer");
            case STRING -> admits("string");
            case ARRAY -> admits("array");
            case OBJECT -> admits("object");
        };
    }

    /** True when the value itself passes {@code type}. */
    boolean admitsValue(JsonNode value) {
        return admits(JsonValues.typeOf(value));
    }

    /** The types named, or every type when none is. */
    List<String> members() {
        return isAny() ? ALL : declared;
    }

    /** {@code string}, {@code [string, null]} or {@code any}. */
    String show() {
        if (isAny()) {
            return "any";
        }
        return declared.size() == 1 ? declared.get(0) : "[" + String.join(", ", declared) + "]";
    }
}
