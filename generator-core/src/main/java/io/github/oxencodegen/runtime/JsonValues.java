package io.github.oxencodegen.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON values as JSON Schema compares them: numbers by value ({@code 1} equals {@code 1.0}),
 * objects member by member in any order, and exact decimal arithmetic for bounds and
 * {@code multipleOf}. A double stands for the shortest decimal that reads back as it
 * ({@code 0.3}, not its binary expansion), the way it was most likely written. Used by the
 * generated validators.
 */
public final class JsonValues {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /**
     * Every long of at most this magnitude is exactly a double.
     */
    private static final long EXACT_IN_DOUBLE = 1L << 53;

    /**
     * Up to this size, duplicates are searched pairwise; above, by hash.
     */
    private static final int SMALL_ARRAY = 32;

    private JsonValues() {
    }

    /**
     * True for a number without a fractional part, as draft-07 defines {@code integer}: {@code 1.0} is one.
     *
     * @param number a JSON number
     * @return whether it is integral
     */
    public static boolean isInteger(JsonNode number) {
        if (number.isIntegralNumber()) {
            return true;
        }
        if (number.isDouble() || number.isFloat()) {
            double value = number.doubleValue();
            return Double.isFinite(value) && value == Math.rint(value);
        }
        if (number.isBigDecimal()) {
            BigDecimal value = number.decimalValue();
            return value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
        }
        return false;
    }

    /**
     * Compares a number with a bound by value: negative, zero or positive.
     *
     * @param number a JSON number
     * @param bound the bound
     * @return the sign of {@code number - bound}
     */
    public static int compare(JsonNode number, long bound) {
        if (isLongValued(number)) {
            return Long.compare(number.longValue(), bound);
        }
        if (number.isDouble() || number.isFloat()) {
            double value = number.doubleValue();
            if (!Double.isFinite(value)) {
                return Double.isNaN(value) || value > 0 ? 1 : -1;
            }
            if (bound >= -EXACT_IN_DOUBLE && bound <= EXACT_IN_DOUBLE) {
                double exact = bound;
                return value < exact ? -1 : (value > exact ? 1 : 0);
            }
        }
        return decimal(number).compareTo(BigDecimal.valueOf(bound));
    }

    /**
     * Compares a number with a bound by value: negative, zero or positive.
     *
     * @param number a JSON number
     * @param bound the bound
     * @return the sign of {@code number - bound}
     */
    public static int compare(JsonNode number, BigDecimal bound) {
        if ((number.isDouble() || number.isFloat()) && !Double.isFinite(number.doubleValue())) {
            return Double.isNaN(number.doubleValue()) || number.doubleValue() > 0 ? 1 : -1;
        }
        return decimal(number).compareTo(bound);
    }

    /**
     * True when dividing the number by the positive {@code divisor} leaves no remainder.
     *
     * @param number a JSON number
     * @param divisor the positive divisor
     * @return whether it divides the number
     */
    public static boolean isMultipleOf(JsonNode number, long divisor) {
        if (isLongValued(number)) {
            return number.longValue() % divisor == 0;
        }
        return isMultipleOf(number, BigDecimal.valueOf(divisor));
    }

    /**
     * True when dividing the number by the positive {@code divisor} leaves no remainder, in exact decimal arithmetic.
     *
     * @param number a JSON number
     * @param divisor the positive divisor
     * @return whether it divides the number
     */
    public static boolean isMultipleOf(JsonNode number, BigDecimal divisor) {
        if ((number.isDouble() || number.isFloat()) && !Double.isFinite(number.doubleValue())) {
            return false;
        }
        return decimal(number).remainder(divisor).signum() == 0;
    }

    /**
     * JSON equality: numbers by value, strings by content, arrays item by item, objects member by member in any order.
     *
     * @param a a JSON value
     * @param b another JSON value
     * @return whether they are equal as JSON
     */
    public static boolean equal(JsonNode a, JsonNode b) {
        if (a == b) {
            return true;
        }
        if (a.isNumber() && b.isNumber()) {
            return compareNumbers(a, b) == 0;
        }
        JsonNodeType type = a.getNodeType();
        if (type != b.getNodeType()) {
            return false;
        }
        return switch (type) {
            case STRING -> a.textValue().equals(b.textValue());
            case ARRAY -> equalArrays(a, b);
            case OBJECT -> equalObjects(a, b);
            default -> a.equals(b);
        };
    }

    /**
     * True when {@code value} equals one of the items of the array {@code candidates}.
     *
     * @param value a JSON value
     * @param candidates a JSON array
     * @return whether one item equals the value
     */
    public static boolean isOneOf(JsonNode value, JsonNode candidates) {
        for (JsonNode candidate : candidates) {
            if (equal(value, candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the first item equal to an earlier one, or -1 when all items are distinct.
     *
     * @param array a JSON array
     * @return the index, or -1
     */
    public static int duplicateIndex(JsonNode array) {
        int size = array.size();
        if (size <= SMALL_ARRAY) {
            for (int j = 1; j < size; j++) {
                JsonNode item = array.get(j);
                for (int i = 0; i < j; i++) {
                    if (equal(array.get(i), item)) {
                        return j;
                    }
                }
            }
            return -1;
        }
        Map<Integer, List<JsonNode>> seen = new HashMap<>();
        for (int j = 0; j < size; j++) {
            JsonNode item = array.get(j);
            List<JsonNode> bucket = seen.computeIfAbsent(hash(item), key -> new ArrayList<>());
            for (JsonNode earlier : bucket) {
                if (equal(earlier, item)) {
                    return j;
                }
            }
            bucket.add(item);
        }
        return -1;
    }

    /**
     * Reads JSON text written by the generator (constants of a schema), keeping numbers exact.
     *
     * @param json the JSON text
     * @return the value
     */
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    /**
     * A value as short JSON text for a message: long values are cut after 40 characters.
     *
     * @param value a JSON value
     * @return the text
     */
    public static String describe(JsonNode value) {
        String text = value.toString();
        if (text.codePointCount(0, text.length()) <= 40) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, 40)) + "...";
    }

    /**
     * The JSON type of a value, with its article, for a message: {@code a string}, {@code an integer}, {@code null}.
     *
     * @param value a JSON value
     * @return the type's name
     */
    public static String typeOf(JsonNode value) {
        return switch (value.getNodeType()) {
            case NULL -> "null";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            case NUMBER -> isInteger(value) ? "an integer" : "a number";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> "not a JSON value";
        };
    }

    private static boolean isLongValued(JsonNode number) {
        return number.isIntegralNumber() && !number.isBigInteger();
    }

    private static BigDecimal decimal(JsonNode number) {
        if (number.isBigDecimal()) {
            return number.decimalValue();
        }
        if (number.isBigInteger()) {
            return new BigDecimal(number.bigIntegerValue());
        }
        if (number.isFloat()) {
            return new BigDecimal(Float.toString(number.floatValue()));
        }
        if (number.isDouble()) {
            return BigDecimal.valueOf(number.doubleValue());
        }
        return BigDecimal.valueOf(number.longValue());
    }

    private static int compareNumbers(JsonNode a, JsonNode b) {
        if (isLongValued(a) && isLongValued(b)) {
            return Long.compare(a.longValue(), b.longValue());
        }
        if (!isFinite(a) || !isFinite(b)) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        return decimal(a).compareTo(decimal(b));
    }

    private static boolean isFinite(JsonNode number) {
        return !(number.isDouble() || number.isFloat()) || Double.isFinite(number.doubleValue());
    }

    private static boolean equalArrays(JsonNode a, JsonNode b) {
        int size = a.size();
        if (size != b.size()) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (!equal(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalObjects(JsonNode a, JsonNode b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> member : a.properties()) {
            JsonNode other = b.get(member.getKey());
            if (other == null || !equal(member.getValue(), other)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A hash consistent with {@link #equal}.
     */
    private static int hash(JsonNode value) {
        if (value.isNumber()) {
            return isFinite(value) ? decimal(value).stripTrailingZeros().hashCode() : Double.hashCode(value.doubleValue());
        }
        if (value.isTextual()) {
            return value.textValue().hashCode();
        }
        if (value.isArray()) {
            int hash = 1;
            for (JsonNode item : value) {
                hash = 31 * hash + hash(item);
            }
            return hash;
        }
        if (value.isObject()) {
            int hash = 0;
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                hash += member.getKey().hashCode() ^ hash(member.getValue());
            }
            return hash;
        }
        return value.hashCode();
    }
}
