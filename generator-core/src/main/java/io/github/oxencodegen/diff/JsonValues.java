package io.github.oxencodegen.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** JSON values as the diff compares and prints them. */
final class JsonValues {
    private static final int LONGEST_SHOWN = 60;

    private JsonValues() {}

    /** JSON equality, with numbers compared by value ({@code 5} equals {@code 5.0}). */
    static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            Iterator<String> names = a.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!same(a.get(name), b.get(name))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** True when {@code values} holds a value the same as {@code value}. */
    static boolean contains(List<JsonNode> values, JsonNode value) {
        return values.stream().anyMatch(v -> same(v, value));
    }

    /** The elements of an array, or an empty list for anything else. */
    static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(list::add);
        }
        return list;
    }

    /** The draft-07 type name of a value; a number with no fractional part is an {@code integer}. */
    static String typeOf(JsonNode value) {
        if (value.isNumber()) {
            BigDecimal decimal = value.decimalValue();
            return decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0 ? "integer" : "number";
        }
        return switch (value.getNodeType()) {
            case STRING -> "string";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            case ARRAY -> "array";
            case OBJECT -> "object";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    /** A short human form of a value: JSON text, long strings cut with "...". */
    static String show(JsonNode value) {
        if (value.isTextual() && value.asText().length() > LONGEST_SHOWN) {
            return TextNode.valueOf(value.asText().substring(0, LONGEST_SHOWN - 3) + "...").toString();
        }
        if (value.isArray()) {
            return show(elements(value));
        }
        String text = value.toString();
        return text.length() > LONGEST_SHOWN ? text.substring(0, LONGEST_SHOWN - 3) + "..." : text;
    }

    /** {@code [a, b]} with each value {@link #show shown}. */
    static String show(List<JsonNode> values) {
        return values.stream().map(JsonValues::show).collect(Collectors.joining(", ", "[", "]"));
    }

    /** {@code exclusiveMaximum} becomes {@code exclusive-maximum}, for change kinds. */
    static String kebab(String keyword) {
        StringBuilder out = new StringBuilder();
        for (char c : keyword.replace("$", "").toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
