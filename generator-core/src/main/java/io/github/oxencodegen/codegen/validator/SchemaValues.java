package io.github.oxencodegen.codegen.validator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.JsonPointers;
import io.github.oxencodegen.schema.SchemaException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the value of one keyword of one schema, refusing a malformed value with a
 * {@link SchemaException} that names its JSON Pointer. Keyword emitters read schemas only through it.
 */
final class SchemaValues {
    private final JsonNode schema;
    private final String pointer;
    private final String modelId;

    SchemaValues(JsonNode schema, String pointer, String modelId) {
        this.schema = schema;
        this.pointer = pointer;
        this.modelId = modelId;
    }

    JsonNode schema() {
        return schema;
    }

    String pointer() {
        return pointer;
    }

    /** The pointer of {@code keyword} in this schema. */
    String at(String keyword) {
        return JsonPointers.child(pointer, keyword);
    }

    boolean has(String keyword) {
        return schema.has(keyword);
    }

    JsonNode get(String keyword) {
        return schema.get(keyword);
    }

    /** A non-negative integer, such as {@code maxLength}; absent gives -1. */
    long count(String keyword) throws SchemaException {
        JsonNode value = schema.get(keyword);
        if (value == null) {
            return -1;
        }
        if (!value.isNumber() || !isWhole(value) || value.decimalValue().signum() < 0
                || value.decimalValue().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw fail(keyword, "must be a non-negative integer, found " + value);
        }
        return value.decimalValue().longValueExact();
    }

    /** A number, such as {@code maximum}; absent gives null. */
    BigDecimal number(String keyword) throws SchemaException {
        JsonNode value = schema.get(keyword);
        if (value == null) {
            return null;
        }
        if (!value.isNumber() || (value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue()) && !value.isBigDecimal())) {
            throw fail(keyword, "must be a number, found " + value);
        }
        return value.isIntegralNumber() ? new BigDecimal(value.bigIntegerValue()) : value.decimalValue();
    }

    /** A string, such as {@code pattern}; absent gives null. */
    String string(String keyword) throws SchemaException {
        JsonNode value = schema.get(keyword);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw fail(keyword, "must be a string, found " + value);
        }
        return value.textValue();
    }

    /** A boolean, such as {@code uniqueItems}; absent gives false. */
    boolean flag(String keyword) throws SchemaException {
        JsonNode value = schema.get(keyword);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw fail(keyword, "must be true or false, found " + value);
        }
        return value.booleanValue();
    }

    /** An array of distinct strings, such as {@code required}; absent gives an empty list. */
    List<String> strings(String keyword) throws SchemaException {
        return strings(keyword, schema.get(keyword), at(keyword));
    }

    /** An array of distinct strings found at {@code where}. */
    List<String> strings(String what, JsonNode value, String where) throws SchemaException {
        List<String> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        if (!value.isArray()) {
            throw new SchemaException(null, modelId, where, "'" + what + "' must be an array of strings, found " + value);
        }
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new SchemaException(null, modelId, where, "'" + what + "' must hold only strings, found " + item);
            }
            if (!result.contains(item.textValue())) {
                result.add(item.textValue());
            }
        }
        return result;
    }

    /** An object, such as {@code properties}; absent gives null. */
    JsonNode object(String keyword) throws SchemaException {
        JsonNode value = schema.get(keyword);
        if (value != null && !value.isObject()) {
            throw fail(keyword, "must be an object, found " + value);
        }
        return value;
    }

    /** A non-empty array, such as {@code allOf} or {@code enum}; absent gives null. */
    JsonNode array(String keyword) throws SchemaException {
        JsonNode value = schema.get(keyword);
        if (value != null && (!value.isArray() || value.isEmpty())) {
            throw fail(keyword, "must be a non-empty array, found " + value);
        }
        return value;
    }

    /** A failure about {@code keyword} of this schema. */
    SchemaException fail(String keyword, String reason) {
        return new SchemaException(null, modelId, at(keyword), "'" + keyword + "' " + reason);
    }

    private static boolean isWhole(JsonNode value) {
        return value.isIntegralNumber() || value.decimalValue().stripTrailingZeros().scale() <= 0;
    }
}
