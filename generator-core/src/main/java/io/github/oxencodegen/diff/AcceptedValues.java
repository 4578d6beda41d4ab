package io.github.oxencodegen.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.Keyword;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * When a schema admits only finitely many values (it has an {@code enum} or a {@code const}), a new
 * limit rejects a request accepted before only if one of those values fails it. This class lists those
 * values and checks single keywords against them; a keyword it cannot evaluate (such as
 * {@code format}) is never taken as passed.
 */
final class AcceptedValues {
    private AcceptedValues() {}

    /** The values {@code schema} admits, when they are finitely many; empty when they are not. */
    static Optional<List<JsonNode>> of(JsonNode schema) {
        List<JsonNode> candidates;
        if (schema.has(Keyword.CONST.jsonName())) {
            candidates = List.of(schema.get(Keyword.CONST.jsonName()));
        } else if (schema.path(Keyword.ENUM.jsonName()).isArray()) {
            candidates = JsonValues.elements(schema.get(Keyword.ENUM.jsonName()));
        } else {
            return Optional.empty();
        }
        List<JsonNode> admitted = new ArrayList<>();
        for (JsonNode value : candidates) {
            if (passesAllKnown(schema, value)) {
                admitted.add(value);
            }
        }
        return Optional.of(admitted);
    }

    /** True when every one of {@code values} is proved to pass {@code keyword} of {@code schema}. */
    static boolean allPass(List<JsonNode> values, String keyword, JsonNode schema) {
        return values.stream().allMatch(v -> passes(keyword, schema, v).orElse(false));
    }

    private static boolean passesAllKnown(JsonNode schema, JsonNode value) {
        Iterator<String> keywords = schema.fieldNames();
        while (keywords.hasNext()) {
            if (!passes(keywords.next(), schema, value).orElse(true)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code value} passes {@code keyword} of {@code schema}; empty when that cannot be told here. */
    static Optional<Boolean> passes(String keyword, JsonNode schema, JsonNode value) {
        JsonNode arg = schema.get(keyword);
        if (arg == null) {
            return Optional.of(true);
        }
        return Keyword.of(keyword).flatMap(k -> passes(k, arg, schema, value));
    }

    private static Optional<Boolean> passes(Keyword keyword, JsonNode arg, JsonNode schema, JsonNode value) {
        return switch (keyword) {
            case TYPE -> Optional.of(TypeSet.of(schema).admitsValue(value));
            case ENUM -> Optional.of(JsonValues.contains(JsonValues.elements(arg), value));
            case CONST -> Optional.of(JsonValues.same(arg, value));
            case MINIMUM -> number(arg, value, (v, b) -> v.compareTo(b) >= 0);
            case MAXIMUM -> number(arg, value, (v, b) -> v.compareTo(b) <= 0);
            case EXCLUSIVE_MINIMUM -> number(arg, value, (v, b) -> v.compareTo(b) > 0);
            case EXCLUSIVE_MAXIMUM -> number(arg, value, (v, b) -> v.compareTo(b) < 0);
            case MULTIPLE_OF -> arg.isNumber() && arg.decimalValue().signum() > 0
                    ? number(arg, value, (v, b) -> v.remainder(b).signum() == 0)
                    : Optional.empty();
            case MIN_LENGTH -> count(arg, value.isTextual(), () -> codePoints(value), true);
            case MAX_LENGTH -> count(arg, value.isTextual(), () -> codePoints(value), false);
            case MIN_ITEMS -> count(arg, value.isArray(), value::size, true);
            case MAX_ITEMS -> count(arg, value.isArray(), value::size, false);
            case MIN_PROPERTIES -> count(arg, value.isObject(), value::size, true);
            case MAX_PROPERTIES -> count(arg, value.isObject(), value::size, false);
            case PATTERN -> pattern(arg, value);
            default -> Optional.empty(); // format, subschemas, annotations: not evaluated here
        };
    }

    private static Optional<Boolean> number(JsonNode bound, JsonNode value, BiPredicate<BigDecimal, BigDecimal> test) {
        if (!bound.isNumber()) {
            return Optional.empty();
        }
        return Optional.of(!value.isNumber() || test.test(value.decimalValue(), bound.decimalValue()));
    }

    private static Optional<Boolean> count(JsonNode bound, boolean applies, IntSupplier size, boolean lower) {
        if (!bound.canConvertToInt()) {
            return Optional.empty();
        }
        if (!applies) {
            return Optional.of(true);
        }
        int n = size.getAsInt();
        return Optional.of(lower ? n >= bound.intValue() : n <= bound.intValue());
    }

    private static int codePoints(JsonNode text) {
        String s = text.asText();
        return s.codePointCount(0, s.length());
    }

    private static Optional<Boolean> pattern(JsonNode regex, JsonNode value) {
        if (!regex.isTextual()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            return Optional.of(true);
        }
        try {
            return Optional.of(Pattern.compile(regex.asText()).matcher(value.asText()).find());
        } catch (PatternSyntaxException e) {
            return Optional.empty();
        }
    }
}
