package io.github.oxencodegen.codegen.validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import io.github.oxencodegen.codegen.text.JavaCode;
import io.github.oxencodegen.schema.SchemaException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code multipleOf}, {@code minimum}, {@code maximum}, {@code exclusiveMinimum} and
 * {@code exclusiveMaximum} (numeric, as draft-07 has them; the normaliser turned draft-04's booleans
 * into this form). Exact: bounds that fit a long are compared as longs, others as
 * {@code BigDecimal}s, and multiples are checked by exact decimal remainder.
 */
final class NumberKeywords {
    private NumberKeywords() {}

    static List<AssertionGroup> emit(SchemaContext context) throws SchemaException {
        List<Assertion> assertions = new ArrayList<>();
        SchemaValues values = context.values();
        ClassName jsonValues = context.support().jsonValues();
        BigDecimal multipleOf = values.number("multipleOf");
        if (multipleOf != null) {
            if (multipleOf.signum() <= 0) {
                throw context.fail("multipleOf", "must be greater than 0, found " + values.get("multipleOf"));
            }
            JavaCode failure = JavaCode.of("!$T.isMultipleOf(node, $L)", jsonValues, bound(context, values.get("multipleOf"), values.at("multipleOf")));
            assertions.add(Assertion.when(failure, violation(context, "multipleOf", "must be a multiple of ")));
        }
        comparison(context, assertions, "minimum", "< 0", "must be at least ");
        comparison(context, assertions, "exclusiveMinimum", "<= 0", "must be greater than ");
        comparison(context, assertions, "maximum", "> 0", "must be at most ");
        comparison(context, assertions, "exclusiveMaximum", ">= 0", "must be less than ");
        return assertions.isEmpty() ? List.of() : List.of(new AssertionGroup(Guard.NUMBER, assertions));
    }

    private static void comparison(SchemaContext context, List<Assertion> assertions, String keyword, String failing, String message)
            throws SchemaException {
        if (context.values().number(keyword) == null) {
            return;
        }
        JavaCode bound = bound(context, context.values().get(keyword), context.values().at(keyword));
        JavaCode failure = JavaCode.of("$T.compare(node, $L) $L", context.support().jsonValues(), bound, failing);
        assertions.add(Assertion.when(failure, violation(context, keyword, message)));
    }

    private static JavaCode violation(SchemaContext context, String keyword, String message) {
        String bound = context.values().get(keyword).toString();
        JavaCode text = JavaCode.of("$L + $T.describe(node)", JavaText.literal(message + bound + ", is "), context.support().jsonValues());
        return context.violation(PathExpr.HERE, keyword, text);
    }

    /** A schema number as a Java expression: a long literal when it is a whole number that fits, else a BigDecimal constant. */
    static JavaCode bound(SchemaContext context, JsonNode number, String where) throws SchemaException {
        BigDecimal value = ValueKeywords.decimal(number);
        BigDecimal whole = value.stripTrailingZeros();
        if (whole.scale() <= 0 && whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                && whole.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0) {
            return JavaCode.of("$LL", whole.longValueExact());
        }
        return JavaCode.of("$N", context.constants().decimal(value, where));
    }
}
