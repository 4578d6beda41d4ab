package io.github.oxencodegen.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.oxencodegen.schema.Keyword;
import io.github.oxencodegen.schema.RefResolver;
import io.github.oxencodegen.schema.UnresolvableRef;
import java.math.BigDecimal;

/**
 * Decides whether a schema {@code default} can be offered typed: it must be a value of the property's
 * Java type (an {@code int} for an {@code Integer}, a constant of the enum, a list of such values),
 * and keep the rules of its own schema that a Java value can break unnoticed: {@code enum},
 * {@code const}, the numeric bounds, {@code multipleOf}, string lengths in code points, item counts.
 * Patterns, formats and combinators are left to the validator; objects and free-form JSON values
 * have no typed default. A default that does not fit gets no accessor, never code that fails to compile.
 */
final class DefaultFit {
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final RefResolver refs;

    DefaultFit(RefResolver refs) {
        this.refs = refs;
    }

    /** True when values of {@code type} can be written as Java literals: not objects, not free-form JSON. */
    static boolean offers(JavaType type) {
        if (type instanceof JavaType.ListOf list) {
            return offers(list.element());
        }
        return !(type instanceof JavaType.ObjectRef) && !(type instanceof JavaType.Json);
    }

    /** True when {@code value} is a {@code type} value that keeps the rules of {@code schema} listed above. */
    boolean fits(JavaType type, JsonNode value, JsonNode schema) {
        try {
            schema = refs.follow("(the schema of a default)", schema).schema();
        } catch (UnresolvableRef e) {
            return false; // the type model reports the reference itself
        }
        if (value == null || value.isNull() || !keepsValueRules(value, schema)) {
            return false;
        }
        if (type instanceof JavaType.Text) {
            return value.isTextual() && keepsLength(value.textValue().codePointCount(0, value.textValue().length()), schema, Keyword.MIN_LENGTH.jsonName(), Keyword.MAX_LENGTH.jsonName());
        } else if (type instanceof JavaType.WholeNumber number) {
            return SchemaTypes.isIntegral(value) && within(value.decimalValue(), number.fitsInt() ? INT_MIN : LONG_MIN,
                    number.fitsInt() ? INT_MAX : LONG_MAX) && keepsBounds(value.decimalValue(), schema);
        } else if (type instanceof JavaType.Decimal) {
            return value.isNumber() && Double.isFinite(value.doubleValue()) && keepsBounds(value.decimalValue(), schema);
        } else if (type instanceof JavaType.Flag) {
            return value.isBoolean();
        } else if (type instanceof JavaType.EnumRef enumRef) {
            return enumRef.type().constants().stream().anyMatch(c -> SchemaTypes.jsonEquals(c.wireValue(), value));
        } else if (type instanceof JavaType.ListOf list) {
            if (!value.isArray() || !keepsLength(value.size(), schema, Keyword.MIN_ITEMS.jsonName(), Keyword.MAX_ITEMS.jsonName())) {
                return false;
            }
            JsonNode items = schema.path(Keyword.ITEMS.jsonName());
            for (JsonNode item : value) {
                if (!fits(list.element(), item, items.isObject() ? items : MissingNode.getInstance())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean keepsValueRules(JsonNode value, JsonNode schema) {
        if (schema.has(Keyword.CONST.jsonName()) && !SchemaTypes.jsonEquals(schema.get(Keyword.CONST.jsonName()), value)) {
            return false;
        }
        if (schema.path(Keyword.ENUM.jsonName()).isArray()) {
            for (JsonNode allowed : schema.get(Keyword.ENUM.jsonName())) {
                if (SchemaTypes.jsonEquals(allowed, value)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean keepsBounds(BigDecimal number, JsonNode schema) {
        BigDecimal min = decimal(schema, Keyword.MINIMUM.jsonName());
        BigDecimal max = decimal(schema, Keyword.MAXIMUM.jsonName());
        BigDecimal exclusiveMin = decimal(schema, Keyword.EXCLUSIVE_MINIMUM.jsonName());
        BigDecimal exclusiveMax = decimal(schema, Keyword.EXCLUSIVE_MAXIMUM.jsonName());
        BigDecimal multipleOf = decimal(schema, Keyword.MULTIPLE_OF.jsonName());
        return (min == null || number.compareTo(min) >= 0)
                && (max == null || number.compareTo(max) <= 0)
                && (exclusiveMin == null || number.compareTo(exclusiveMin) > 0)
                && (exclusiveMax == null || number.compareTo(exclusiveMax) < 0)
                && (multipleOf == null || multipleOf.signum() <= 0 || number.remainder(multipleOf).signum() == 0);
    }

    private static boolean keepsLength(int length, JsonNode schema, String minKey, String maxKey) {
        BigDecimal min = decimal(schema, minKey);
        BigDecimal max = decimal(schema, maxKey);
        BigDecimal actual = BigDecimal.valueOf(length);
        return (min == null || actual.compareTo(min) >= 0) && (max == null || actual.compareTo(max) <= 0);
    }

    private static boolean within(BigDecimal number, BigDecimal low, BigDecimal high) {
        return number.compareTo(low) >= 0 && number.compareTo(high) <= 0;
    }

    private static BigDecimal decimal(JsonNode schema, String keyword) {
        JsonNode value = schema.get(keyword);
        return value != null && value.isNumber() ? value.decimalValue() : null;
    }
}
