package io.github.oxencodegen.codegen.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TypeAndValueKeywordsTest {
    private static Map<String, CompiledValidator> v;

    @BeforeAll
    static void compile() {
        v = CompiledValidator.compile(
                "string", """
                        {"type": "string"}""",
                "union", """
                        {"type": ["integer", "string", "null"]}""",
                "integer", """
                        {"type": "integer"}""",
                "nullableEnum", """
                        {"type": "string", "enum": ["720P", "1080P"], "nullable": true}""",
                "numbers", """
                        {"enum": [1, 2.5]}""",
                "manyStrings", """
                        {"enum": ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]}""",
                "manyValues", """
                        {"enum": [1, 2, 3, 4, 5, 6, 7, 8, 9, [1, {"a": 2}], {"b": null}]}""",
                "constObject", """
                        {"const": {"a": [1, 2.0], "b": null}}""",
                "constFalse", """
                        {"const": false}""",
                "emptyEnum", """
                        {"properties": {"p": {"enum": []}}}""");
    }

    @Test
    void typeFailureNamesTheExpectedAndTheActualType() {
        assertThat(v.get("string").violations("5")).containsExactly("(root): must be a string, is an integer (type)");
        assertThat(v.get("union").violations("1.5")).containsExactly("(root): must be an integer, a string or null, is a number (type)");
        assertThat(v.get("union").isValid("null")).isTrue();
        assertThat(v.get("union").isValid("\"x\"")).isTrue();
    }

    @Test
    void anIntegerIsANumberWithoutFractionalPartInAnyRepresentation() {
        CompiledValidator integer = v.get("integer");
        assertThat(integer.isValid("1.0")).isTrue();
        assertThat(integer.isValid(DecimalNode.valueOf(new BigDecimal("1.000")))).isTrue();
        assertThat(integer.isValid(DecimalNode.valueOf(new BigDecimal("1E+400")))).isTrue();
        assertThat(integer.isValid("1.5")).isFalse();
        assertThat(integer.isValid("\"1\"")).isFalse();
    }

    @Test
    void aMissingOrNullInstanceIsJsonNull() {
        assertThat(v.get("string").violations((com.fasterxml.jackson.databind.JsonNode) null))
                .containsExactly("(root): must be a string, is null (type)");
        assertThat(v.get("nullableEnum").isValid((com.fasterxml.jackson.databind.JsonNode) null)).isTrue();
        assertThat(v.get("nullableEnum").isValid(JsonNodeFactory.instance.missingNode())).isTrue();
    }

    @Test
    void enumMessageListsTheAllowedValues() {
        assertThat(v.get("nullableEnum").violations("\"4K\"")).containsExactly("(root): must be one of \"720P\", \"1080P\", null (enum)");
    }

    @Test
    void enumComparesNumbersByValue() {
        CompiledValidator numbers = v.get("numbers");
        assertThat(numbers.isValid("1.0")).isTrue();
        assertThat(numbers.isValid(DecimalNode.valueOf(new BigDecimal("2.50")))).isTrue();
        assertThat(numbers.isValid(JsonNodeFactory.instance.numberNode(1L))).isTrue();
        assertThat(numbers.isValid("2")).isFalse();
        assertThat(numbers.isValid("\"1\"")).isFalse();
    }

    @Test
    void longEnumsAreCheckedThroughAConstantSet() {
        assertThat(v.get("manyStrings").isValid("\"j\"")).isTrue();
        assertThat(v.get("manyStrings").isValid("\"k\"")).isFalse();
        assertThat(v.get("manyStrings").isValid("1")).isFalse();
        assertThat(v.get("manyStrings").violations("\"k\"")).singleElement().asString()
                .contains("must be one of \"a\", \"b\"").endsWith("\"j\" (enum)");
        assertThat(v.get("manyStrings").source()).contains("Set.of(");
        assertThat(v.get("manyValues").isValid("[1.0, {\"a\": 2.0}]")).isTrue();
        assertThat(v.get("manyValues").isValid("{\"b\": null}")).isTrue();
        assertThat(v.get("manyValues").isValid("{\"b\": 0}")).isFalse();
        assertThat(v.get("manyValues").isValid("9.0")).isTrue();
    }

    @Test
    void anEmptyEnumAllowsNothing() {
        assertThat(v.get("emptyEnum").isValid("{}")).isTrue();
        assertThat(v.get("emptyEnum").violations("{\"p\": null}")).containsExactly("/p: is not allowed: the enum is empty (enum)");
    }

    @Test
    void constIsJsonEqualityWithNumbersByValueAtAnyDepth() {
        CompiledValidator constObject = v.get("constObject");
        assertThat(constObject.isValid("{\"b\": null, \"a\": [1.0, 2]}")).isTrue();
        assertThat(constObject.isValid("{\"a\": [1, 2]}")).isFalse();
        assertThat(constObject.isValid("{\"a\": [2, 1], \"b\": null}")).isFalse();
        assertThat(constObject.where("{}")).containsExactly(" const");
        assertThat(v.get("constFalse").isValid("false")).isTrue();
        assertThat(v.get("constFalse").isValid("0")).isFalse();
        assertThat(v.get("constFalse").violations("true")).containsExactly("(root): must be false (const)");
    }
}
