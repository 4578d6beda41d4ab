package io.github.oxencodegen.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a schema says about the JSON types of its values, as the type model needs it. */
final class SchemaTypes {
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private SchemaTypes() {}

    /** The names in {@code type} (empty when the schema does not restrict the type). */
    static Set<String> declared(JsonNode schema) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = schema.get("type");
        if (type == null) {
            return types;
        }
        if (type.isTextual()) {
            types.add(type.asText());
        } else {
            for (JsonNode name : type) {
                types.add(name.asText());
            }
        }
        return types;
    }

    /** True when both bounds are given and lie within a Java {@code int}. */
    static boolean fitsInt(JsonNode schema) {
        BigDecimal low = bound(schema, "minimum", "exclusiveMinimum");
        BigDecimal high = bound(schema, "maximum", "exclusiveMaximum");
        return low != null && high != null && low.compareTo(INT_MIN) >= 0 && high.compareTo(INT_MAX) <= 0;
    }

    private static BigDecimal bound(JsonNode schema, String inclusive, String exclusive) {
        JsonNode value = schema.has(inclusive) ? schema.get(inclusive) : schema.get(exclusive);
        return value != null && value.isNumber() ? value.decimalValue() : null;
    }

    /** True when {@code value} is of one of the JSON Schema {@code types}. */
    static boolean matchesAny(JsonNode value, Set<String> types) {
        for (String type : types) {
            boolean matches = switch (type) {
                case "string" -> value.isTextual();
                case "integer" -> isIntegral(value);
                case "number" -> value.isNumber();
                case "boolean" -> value.isBoolean();
                case "null" -> value.isNull();
                case "array" -> value.isArray();
                case "object" -> value.isObject();
                default -> false;
            };
            if (matches) {
                return true;
            }
        }
        return false;
    }

    static boolean isIntegral(JsonNode value) {
        if (!value.isNumber()) {
            return false;
        }
        if (value.isIntegralNumber()) {
            return true;
        }
        BigDecimal decimal = value.decimalValue();
        return decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0;
    }

    /** The kind of a Java enum over {@code values}, or null when they cannot all be enum constants. */
    static EnumType.ValueKind enumKind(List<JsonNode> values) {
        boolean allText = true;
        boolean allIntegral = true;
        boolean allNumbers = true;
        for (JsonNode value : values) {
            if (value.isContainerNode()) {
                return null;
            }
            allText &= value.isTextual();
            allNumbers &= value.isNumber();
            allIntegral &= isIntegral(value) && value.decimalValue().compareTo(LONG_MIN) >= 0
                    && value.decimalValue().compareTo(LONG_MAX) <= 0;
        }
        if (allText) {
            return EnumType.ValueKind.STRING;
        }
        if (allIntegral) {
            return EnumType.ValueKind.INTEGER;
        }
        return allNumbers ? EnumType.ValueKind.NUMBER : EnumType.ValueKind.MIXED;
    }

    /** JSON equality as JSON Schema defines it: numbers compare by value ({@code 1} equals {@code 1.0}). */
    static boolean jsonEquals(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }
}
