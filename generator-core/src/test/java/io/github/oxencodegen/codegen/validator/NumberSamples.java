package io.github.oxencodegen.codegen.validator;

import static io.github.oxencodegen.codegen.validator.InstanceGenerator.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Numbers near what a schema names: its bounds and their neighbours, multiples and near-multiples,
 * zero, huge values; each in one of Jackson's representations (int, long, BigInteger, double,
 * BigDecimal with trailing zeros), since a validator must judge {@code 1}, {@code 1.0} and
 * {@code 1.00} alike.
 */
final class NumberSamples {
    private NumberSamples() {}

    static JsonNode number(JsonNode schema, boolean integer, Random random) {
        List<BigDecimal> candidates = new ArrayList<>(List.of(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.valueOf(-1),
                new BigDecimal("0.5"), new BigDecimal("1e20"), new BigDecimal(BigInteger.TWO.pow(70)), new BigDecimal("-2.25")));
        for (String keyword : List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")) {
            JsonNode bound = schema.get(keyword);
            if (bound != null && bound.isNumber()) {
                BigDecimal value = bound.decimalValue();
                candidates.addAll(List.of(value, value.add(BigDecimal.ONE), value.subtract(BigDecimal.ONE),
                        value.add(new BigDecimal("0.01")), value.subtract(new BigDecimal("0.5"))));
            }
        }
        JsonNode multipleOf = schema.get("multipleOf");
        if (multipleOf != null && multipleOf.isNumber()) {
            BigDecimal step = multipleOf.decimalValue();
            int k = random.nextInt(2000) - 1000;
            candidates.addAll(List.of(step.multiply(BigDecimal.valueOf(k)), step.multiply(BigDecimal.valueOf(k)).add(new BigDecimal("0.001")),
                    step.multiply(BigDecimal.valueOf(3))));
        }
        for (int i = 0; i < 3; i++) {
            candidates.add(BigDecimal.valueOf(random.nextInt(41) - 20));
        }
        BigDecimal value = candidates.get(random.nextInt(candidates.size()));
        if (integer && random.nextInt(4) > 0) {
            value = value.setScale(0, java.math.RoundingMode.FLOOR);
        }
        return variant(DecimalNode.valueOf(value), random);
    }

    /** {@code value} in a random representation when it is a number; other values as they are. */
    static JsonNode variant(JsonNode value, Random random) {
        if (!value.isNumber()) {
            return value;
        }
        BigDecimal exact = value.isIntegralNumber() ? new BigDecimal(value.bigIntegerValue()) : value.decimalValue();
        boolean whole = exact.stripTrailingZeros().scale() <= 0;
        switch (random.nextInt(5)) {
            case 0:
                if (whole && exact.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) < 0) {
                    return NODES.numberNode(exact.intValueExact());
                }
                break;
            case 1:
                if (whole && exact.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
                    return NODES.numberNode(exact.longValueExact());
                }
                break;
            case 2:
                if (whole) {
                    return NODES.numberNode(exact.toBigIntegerExact());
                }
                break;
            case 3:
                double d = exact.doubleValue();
                if (Double.isFinite(d) && BigDecimal.valueOf(d).compareTo(exact) == 0) {
                    return NODES.numberNode(d);
                }
                break;
            default:
                return DecimalNode.valueOf(exact.setScale(Math.max(exact.scale(), 0) + random.nextInt(2)));
        }
        return DecimalNode.valueOf(exact);
    }
}
