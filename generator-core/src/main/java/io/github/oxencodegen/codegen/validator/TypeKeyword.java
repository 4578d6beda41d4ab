package io.github.oxencodegen.codegen.validator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.codegen.text.JavaCode;
import io.github.oxencodegen.schema.SchemaException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code type}: a name or a union of names; {@code integer} is a number with no fractional part. */
final class TypeKeyword {
    private static final Map<String, String> ARTICLES = Map.of(
            "null", "null", "boolean", "a boolean", "object", "an object", "array", "an array",
            "number", "a number", "integer", "an integer", "string", "a string");
    private static final List<String> TYPES = List.of("object", "array", "string", "integer", "number", "boolean", "null");

    private TypeKeyword() {}

    /** The JSON types the schema allows, in schema order; null when it has no {@code type}. */
    static Set<String> allowed(SchemaValues values) throws SchemaException {
        JsonNode type = values.get("type");
        if (type == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        if (type.isTextual()) {
            names.add(type.textValue());
        } else if (type.isArray() && !type.isEmpty()) {
            names.addAll(values.strings("type"));
        } else {
            throw values.fail("type", "must be a type name or a non-empty array of them, found " + type);
        }
        for (String name : names) {
            if (!ARTICLES.containsKey(name)) {
                throw values.fail("type", "names the unknown type \"" + name + "\"; the types are " + TYPES);
            }
        }
        return new LinkedHashSet<>(names);
    }

    static List<AssertionGroup> emit(SchemaContext context) throws SchemaException {
        Set<String> allowed = allowed(context.values());
        if (allowed == null) {
            return List.of();
        }
        List<JavaCode> conditions = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (String name : allowed) {
            described.add(ARTICLES.get(name));
            if (name.equals("integer") && allowed.contains("number")) {
                continue;
            }
            conditions.add(condition(context, name));
        }
        JavaCode matches = JavaCode.join(conditions, " || ");
        JavaCode failure = conditions.size() == 1 ? JavaCode.of("!$L", matches) : JavaCode.of("!($L)", matches);
        JavaCode message = JavaCode.of("$L + $T.typeOf(node)", JavaText.literal("must be " + Messages.either(described) + ", is "),
                context.support().jsonValues());
        return List.of(new AssertionGroup(Guard.ANY, List.of(Assertion.when(failure, context.violation(PathExpr.HERE, "type", message)))));
    }

    private static JavaCode condition(SchemaContext context, String name) {
        return switch (name) {
            case "null" -> JavaCode.of("node.isNull()");
            case "boolean" -> JavaCode.of("node.isBoolean()");
            case "object" -> JavaCode.of("node.isObject()");
            case "array" -> JavaCode.of("node.isArray()");
            case "number" -> JavaCode.of("node.isNumber()");
            case "string" -> JavaCode.of("node.isTextual()");
            case "integer" -> JavaCode.of("$T.isInteger(node)", context.support().jsonValues());
            default -> throw new IllegalArgumentException(name);
        };
    }
}
