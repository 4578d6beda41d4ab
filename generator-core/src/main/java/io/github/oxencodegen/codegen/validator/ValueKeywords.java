package io.github.oxencodegen.codegen.validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import io.github.oxencodegen.codegen.text.JavaCode;
import io.github.oxencodegen.schema.SchemaException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code enum} and {@code const}: JSON equality with numbers compared by value, so {@code 1.0}
 * matches {@code 1}. Strings are compared directly (through a set when there are many), other values
 * with {@code JsonValues}.
 */
final class ValueKeywords {
    private static final int INLINE = 8;

    private ValueKeywords() {}

    static List<AssertionGroup> emit(SchemaContext context) throws SchemaException {
        List<Assertion> assertions = new ArrayList<>();
        JsonNode values = context.values().get("enum");
        if (values != null && !values.isArray()) {
            throw context.fail("enum", "must be an array, found " + values);
        }
        if (values != null && values.isEmpty()) {
            assertions.add(Assertion.when(JavaCode.of("true"), context.violation(PathExpr.HERE, "enum", "is not allowed: the enum is empty")));
        } else if (values != null) {
            List<JsonNode> list = new ArrayList<>();
            values.forEach(list::add);
            assertions.add(assertion(context, "enum", list, "must be one of " + Messages.values(list)));
        }
        JsonNode constant = context.values().get("const");
        if (constant != null) {
            assertions.add(assertion(context, "const", List.of(constant), "must be " + Messages.value(constant)));
        }
        return assertions.isEmpty() ? List.of() : List.of(new AssertionGroup(Guard.ANY, assertions));
    }

    private static Assertion assertion(SchemaContext context, String keyword, List<JsonNode> values, String message) throws SchemaException {
        JavaCode matches = matches(context, keyword, values);
        return Assertion.when(JavaCode.of("!($L)", matches), context.violation(PathExpr.HERE, keyword, message));
    }

    /** A condition on {@code node} that holds when it equals one of {@code values}. */
    private static JavaCode matches(SchemaContext context, String keyword, List<JsonNode> values) throws SchemaException {
        ClassName jsonValues = context.support().jsonValues();
        List<String> strings = new ArrayList<>();
        List<JsonNode> others = new ArrayList<>();
        for (JsonNode value : values) {
            if (value.isTextual()) {
                if (!strings.contains(value.textValue())) {
                    strings.add(value.textValue());
                }
            } else {
                others.add(value);
            }
        }
        String where = context.values().at(keyword);
        List<JavaCode> terms = new ArrayList<>();
        if (strings.size() > INLINE) {
            JavaCode.Builder set = JavaCode.builder().add("$T.of(", JavaTypes.SET);
            for (int i = 0; i < strings.size(); i++) {
                set.add(i == 0 ? "$>$>$L" : ",\n$L", JavaText.literal(strings.get(i)));
            }
            String field = context.constants().field("NAMES", JavaTypes.STRING_SET, set.add("$<$<)").build(), where, strings.size());
            terms.add(JavaCode.of("(node.isTextual() && $N.contains(node.textValue()))", field));
        } else {
            for (String string : strings) {
                terms.add(JavaCode.of("$L.equals(node.textValue())", JavaText.literal(string)));
            }
        }
        if (others.size() > INLINE) {
            String json = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().addAll(others).toString();
            String field = context.constants().field("VALUES", JavaTypes.JSON_NODE,
                    JavaCode.of("$T.parse($L)", jsonValues, JavaText.literal(json)), where, others.size());
            terms.add(JavaCode.of("$T.isOneOf(node, $N)", jsonValues, field));
        } else {
            for (JsonNode value : others) {
                terms.add(equalTo(context, value, where));
            }
        }
        return JavaCode.join(terms, "\n    || ");
    }

    private static JavaCode equalTo(SchemaContext context, JsonNode value, String where) throws SchemaException {
        ClassName jsonValues = context.support().jsonValues();
        if (value.isNull()) {
            return JavaCode.of("node.isNull()");
        }
        if (value.isBoolean()) {
            return JavaCode.of(value.booleanValue() ? "(node.isBoolean() && node.booleanValue())" : "(node.isBoolean() && !node.booleanValue())");
        }
        if (value.isNumber()) {
            return JavaCode.of("(node.isNumber() && $T.compare(node, $L) == 0)", jsonValues, NumberKeywords.bound(context, value, where));
        }
        String field = context.constants().field("VALUE", JavaTypes.JSON_NODE,
                JavaCode.of("$T.parse($L)", jsonValues, JavaText.literal(value.toString())), where, 1);
        return JavaCode.of("$T.equal(node, $N)", jsonValues, field);
    }

    /** Exact decimal of a schema number. */
    static BigDecimal decimal(JsonNode number) {
        return number.isIntegralNumber() ? new BigDecimal(number.bigIntegerValue()) : number.decimalValue();
    }
}
