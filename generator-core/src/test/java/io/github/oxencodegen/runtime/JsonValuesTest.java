package io.github.oxencodegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonValuesTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static JsonNode json(String text) {
        return JsonValues.parse(text);
    }

    @ParameterizedTest(name = "{0} is an integer: {1}")
    @CsvSource(delimiter = '|', value = {
        "1|true", "1.0|true", "-0.0|true", "1e3|true", "12345678901234567890123|true", "1.5|false", "1e-3|false", "\"1\"|false"})
    void anIntegerIsANumberWithoutAFractionalPart(String text, boolean integer) {
        assertThat(JsonValues.isInteger(json(text))).isEqualTo(integer);
    }

    @Test
    void doublesAndFloatsCountAsIntegersWhenWholeAndFinite() {
        assertThat(JsonValues.isInteger(NODES.numberNode(2.0))).isTrue();
        assertThat(JsonValues.isInteger(NODES.numberNode(2.5f))).isFalse();
        assertThat(JsonValues.isInteger(NODES.numberNode(Double.POSITIVE_INFINITY))).isFalse();
        assertThat(JsonValues.isInteger(NODES.numberNode(Double.NaN))).isFalse();
    }

    @Test
    void numbersCompareWithLongBoundsByValue() {
        assertThat(JsonValues.compare(json("5"), 5)).isZero();
        assertThat(JsonValues.compare(json("5.000001"), 5)).isPositive();
        assertThat(JsonValues.compare(json("18446744073709551616"), Long.MAX_VALUE)).isPositive();
        assertThat(JsonValues.compare(NODES.numberNode(9007199254740993.0), 9007199254740993L)).isNegative();
        assertThat(JsonValues.compare(NODES.numberNode(Double.NEGATIVE_INFINITY), Long.MIN_VALUE)).isNegative();
        assertThat(JsonValues.compare(NODES.numberNode(Double.NaN), Long.MAX_VALUE)).isPositive();
    }

    @Test
    void numbersCompareWithDecimalBoundsExactly() {
        assertThat(JsonValues.compare(json("0.3"), new BigDecimal("0.3"))).isZero();
        assertThat(JsonValues.compare(NODES.numberNode(0.1 + 0.2), new BigDecimal("0.3"))).isPositive();
        assertThat(JsonValues.compare(NODES.numberNode(0.3), new BigDecimal("0.3"))).isZero();
        assertThat(JsonValues.compare(NODES.numberNode(Double.POSITIVE_INFINITY), new BigDecimal("1e400"))).isPositive();
    }

    @Test
    void multipleOfIsExactInDecimal() {
        assertThat(JsonValues.isMultipleOf(json("0.3"), new BigDecimal("0.1"))).isTrue();
        assertThat(JsonValues.isMultipleOf(NODES.numberNode(0.3), new BigDecimal("0.1"))).isTrue();
        assertThat(JsonValues.isMultipleOf(json("0.35"), new BigDecimal("0.1"))).isFalse();
        assertThat(JsonValues.isMultipleOf(json("12"), 4)).isTrue();
        assertThat(JsonValues.isMultipleOf(json("-12"), 5)).isFalse();
        assertThat(JsonValues.isMultipleOf(json("100000000000000000000"), 7)).isFalse();
        assertThat(JsonValues.isMultipleOf(NODES.numberNode(Double.POSITIVE_INFINITY), 1)).isFalse();
    }

    @Test
    void equalityComparesNumbersByValueAndObjectsInAnyOrder() {
        assertThat(JsonValues.equal(json("1"), json("1.0"))).isTrue();
        assertThat(JsonValues.equal(json("{\"a\": 1, \"b\": [2, 3.0]}"), json("{\"b\": [2.0, 3], \"a\": 1.00}"))).isTrue();
        assertThat(JsonValues.equal(json("[1, 2]"), json("[2, 1]"))).isFalse();
        assertThat(JsonValues.equal(json("{\"a\": 1}"), json("{\"a\": 1, \"b\": 2}"))).isFalse();
        assertThat(JsonValues.equal(json("{\"a\": 1, \"c\": 2}"), json("{\"a\": 1, \"b\": 2}"))).isFalse();
        assertThat(JsonValues.equal(json("\"1\""), json("1"))).isFalse();
        assertThat(JsonValues.equal(json("true"), json("1"))).isFalse();
        assertThat(JsonValues.equal(json("null"), json("null"))).isTrue();
        assertThat(JsonValues.equal(NODES.numberNode(Double.POSITIVE_INFINITY), NODES.numberNode(Double.NEGATIVE_INFINITY))).isFalse();
    }

    @Test
    void aValueIsOneOfTheCandidatesWhenEqualToAny() {
        assertThat(JsonValues.isOneOf(json("2.0"), json("[1, 2, \"x\"]"))).isTrue();
        assertThat(JsonValues.isOneOf(json("\"2\""), json("[1, 2]"))).isFalse();
        assertThat(JsonValues.isOneOf(json("1"), json("[]"))).isFalse();
    }

    @Test
    void theDuplicateIndexIsThatOfTheFirstRepeatInSmallAndLargeArrays() {
        assertThat(JsonValues.duplicateIndex(json("[1, \"1\", 2, 1.0]"))).isEqualTo(3);
        assertThat(JsonValues.duplicateIndex(json("[{\"a\": [1]}, {\"a\": [1.0]}]"))).isEqualTo(1);
        assertThat(JsonValues.duplicateIndex(json("[1, 2, 3]"))).isEqualTo(-1);
        assertThat(JsonValues.duplicateIndex(json("[]"))).isEqualTo(-1);

        StringBuilder large = new StringBuilder("[");
        for (int i = 0; i < 100; i++) {
            large.append(i).append(", ");
        }
        assertThat(JsonValues.duplicateIndex(json(large + "{\"x\": 1, \"y\": [true]}]"))).isEqualTo(-1);
        assertThat(JsonValues.duplicateIndex(json(large + "42.0]"))).isEqualTo(100);
        assertThat(JsonValues.duplicateIndex(json(large + "{\"y\": [true], \"x\": 1}, {\"x\": 1.0, \"y\": [true]}]"))).isEqualTo(101);
    }

    @Test
    void aLargeArrayFindsDuplicatesAmongEqualNumbersOfDifferentKinds() {
        var array = NODES.arrayNode();
        for (int i = 0; i < 40; i++) {
            array.add("s" + i);
        }
        array.add(NODES.numberNode(new BigInteger("5")));
        array.add(NODES.numberNode(5.0));

        assertThat(JsonValues.duplicateIndex(array)).isEqualTo(41);
    }

    @Test
    void parsingKeepsDecimalsExactAndRefusesTextThatIsNotJson() {
        assertThat(JsonValues.parse("0.1000000000000000000001").decimalValue()).isEqualByComparingTo("0.1000000000000000000001");
        assertThatIllegalArgumentException().isThrownBy(() -> JsonValues.parse("{oops")).withMessage("not JSON: {oops");
    }

    @Test
    void aDescriptionIsCutAfterFortyCodePoints() {
        String forty = "\"" + "😀".repeat(38) + "\"";
        assertThat(JsonValues.describe(json(forty))).isEqualTo(forty);
        assertThat(JsonValues.describe(json("\"" + "😀".repeat(39) + "\""))).isEqualTo("\"" + "😀".repeat(39) + "...");
        assertThat(JsonValues.describe(json("[1,2]"))).isEqualTo("[1,2]");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "null|null", "true|a boolean", "\"x\"|a string", "3|an integer", "3.0|an integer", "3.5|a number", "[]|an array", "{}|an object"})
    void theTypeOfAValueIsNamedWithItsArticle(String text, String type) {
        assertThat(JsonValues.typeOf(json(text))).isEqualTo(type);
    }

    @Test
    void aNodeThatIsNotAJsonValueIsNamedSo() {
        assertThat(JsonValues.typeOf(NODES.missingNode())).isEqualTo("not a JSON value");
    }
}
