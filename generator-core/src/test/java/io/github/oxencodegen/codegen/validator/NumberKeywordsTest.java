package io.github.oxencodegen.codegen.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NumberKeywordsTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static Map<String, CompiledValidator> v;

    @BeforeAll
    static void compile() {
        v = CompiledValidator.compile(
                "range", """
                        {"type": "integer", "minimum": 2, "maximum": 15}""",
                "exclusive", """
                        {"exclusiveMinimum": 0, "exclusiveMaximum": 1.5}""",
                "draft4", """
                        {"minimum": 0, "exclusiveMinimum": true, "maximum": 10, "exclusiveMaximum": true}""",
                "cents", """
                        {"multipleOf": 0.01}""",
                "tenth", """
                        {"multipleOf": 0.1}""",
                "threes", """
                        {"multipleOf": 3}""",
                "beyondDouble", """
                        {"maximum": 9007199254740993}""",
                "stringOnlyBounds", """
                        {"type": "string", "minimum": 10}""");
    }

    @Test
    void boundsAreInclusiveAndReportedWithTheValue() {
        CompiledValidator range = v.get("range");
        assertThat(range.isValid("2")).isTrue();
        assertThat(range.isValid("15.0")).isTrue();
        assertThat(range.violations("16")).containsExactly("(root): must be at most 15, is 16 (maximum)");
        assertThat(range.violations("1")).containsExactly("(root): must be at least 2, is 1 (minimum)");
        assertThat(range.violations("1.5")).containsExactly(
                "(root): must be an integer, is a number (type)", "(root): must be at least 2, is 1.5 (minimum)");
    }

    @Test
    void exclusiveBoundsExcludeTheBoundItself() {
        CompiledValidator exclusive = v.get("exclusive");
        assertThat(exclusive.isValid("0")).isFalse();
        assertThat(exclusive.isValid("1.5")).isFalse();
        assertThat(exclusive.isValid("1.4999")).isTrue();
        assertThat(exclusive.isValid("-0.0")).isFalse();
        assertThat(exclusive.violations("0")).containsExactly("(root): must be greater than 0, is 0 (exclusiveMinimum)");
        assertThat(exclusive.violations("2")).containsExactly("(root): must be less than 1.5, is 2 (exclusiveMaximum)");
    }

    @Test
    void draft4BooleanExclusivesAreHonouredThroughTheNormaliser() {
        assertThat(v.get("draft4").isValid("0")).isFalse();
        assertThat(v.get("draft4").isValid("10")).isFalse();
        assertThat(v.get("draft4").isValid("9.99")).isTrue();
    }

    @Test
    void multipleOfIsExactForTheDecimalADoubleWasWrittenAs() {
        assertThat(v.get("cents").isValid("4.97")).isTrue();
        assertThat(v.get("cents").isValid("4.975")).isFalse();
        assertThat(v.get("tenth").isValid(NODES.numberNode(0.3))).isTrue();
        assertThat(v.get("tenth").isValid(DecimalNode.valueOf(new BigDecimal("0.30000000000000000001")))).isFalse();
        assertThat(v.get("threes").isValid("9")).isTrue();
        assertThat(v.get("threes").isValid("9.0")).isTrue();
        assertThat(v.get("threes").violations("10")).containsExactly("(root): must be a multiple of 3, is 10 (multipleOf)");
    }

    @Test
    void numbersBeyondALongOrADoubleCompareExactly() {
        BigInteger twoTo70 = BigInteger.TWO.pow(70);
        assertThat(v.get("range").isValid(NODES.numberNode(twoTo70))).isFalse();
        assertThat(v.get("range").where(NODES.numberNode(twoTo70))).containsExactly(" maximum");
        assertThat(v.get("range").isValid(DecimalNode.valueOf(new BigDecimal(twoTo70)))).isFalse();
        assertThat(v.get("threes").isValid(NODES.numberNode(twoTo70))).isFalse();
        assertThat(v.get("threes").isValid(NODES.numberNode(twoTo70.multiply(BigInteger.valueOf(3))))).isTrue();
        assertThat(v.get("beyondDouble").isValid(NODES.numberNode(9007199254740993L))).isTrue();
        assertThat(v.get("beyondDouble").isValid(NODES.numberNode(9007199254740994L))).isFalse();
        assertThat(v.get("beyondDouble").isValid(NODES.numberNode(BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE)))).isTrue();
    }

    @Test
    void numberKeywordsIgnoreOtherTypes() {
        assertThat(v.get("exclusive").isValid("\"0\"")).isTrue();
        assertThat(v.get("stringOnlyBounds").where("5")).containsExactly(" type", " minimum");
        assertThat(v.get("stringOnlyBounds").isValid("\"5\"")).isTrue();
    }
}
