package io.github.oxencodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.testing.Fixtures;
import org.junit.jupiter.api.Test;

class SchemaNormalizerTest {
    private static JsonNode normalize(String schema) throws SchemaException {
        return SchemaNormalizer.normalize(Fixtures.parse(schema), "m");
    }

    @Test
    void nullableAddsNullToTheTypeAndRemovesItself() throws Exception {
        JsonNode result = normalize("""
                {"type": "object", "properties": {"seed": {"type": "integer", "nullable": true}}}
                """);
        assertThat(result.at("/properties/seed")).isEqualTo(Fixtures.parse("{\"type\": [\"integer\", \"null\"]}"));
    }

    @Test
    void nullableAddsNullToAnEnumAndToATypeUnion() throws Exception {
        JsonNode result = normalize("""
                {"type": ["string", "integer"], "enum": ["a", 1], "nullable": true}
                """);
        assertThat(result).isEqualTo(Fixtures.parse("{\"type\": [\"string\", \"integer\", \"null\"], \"enum\": [\"a\", 1, null]}"));
    }

    @Test
    void nullableFalseIsSimplyRemoved() throws Exception {
        assertThat(normalize("{\"type\": \"string\", \"nullable\": false}")).isEqualTo(Fixtures.parse("{\"type\": \"string\"}"));
    }

    @Test
    void aPropertyNamedNullableIsNotMistakenForTheKeyword() throws Exception {
        JsonNode result = normalize("""
                {"type": "object", "properties": {"nullable": {"type": "boolean"}}}
                """);
        assertThat(result.at("/properties/nullable")).isEqualTo(Fixtures.parse("{\"type\": \"boolean\"}"));
    }

    @Test
    void draft04BooleanExclusiveBoundsBecomeNumeric() throws Exception {
        JsonNode result = normalize("""
                {"type": "number", "minimum": 0, "exclusiveMinimum": true, "maximum": 1, "exclusiveMaximum": false}
                """);
        assertThat(result).isEqualTo(Fixtures.parse("{\"type\": \"number\", \"maximum\": 1, \"exclusiveMinimum\": 0}"));
    }

    @Test
    void aBooleanExclusiveBoundWithoutItsLimitIsAnErrorAtItsPointer() {
        assertThatThrownBy(() -> normalize("{\"properties\": {\"x\": {\"exclusiveMaximum\": true}}}"))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("model 'm'")
                .hasMessageContaining("#/properties/x/exclusiveMaximum")
                .hasMessageContaining("needs 'maximum'");
    }

    @Test
    void dependentRequiredAndDependentSchemasMergeIntoDependencies() throws Exception {
        JsonNode result = normalize("""
                {"dependentRequired": {"a": ["b"]}, "dependentSchemas": {"c": {"required": ["d"]}}}
                """);
        assertThat(result).isEqualTo(Fixtures.parse("{\"dependencies\": {\"a\": [\"b\"], \"c\": {\"required\": [\"d\"]}}}"));
    }

    @Test
    void normalisesInsideItemsDefinitionsAndCombinators() throws Exception {
        JsonNode result = normalize("""
                {"items": {"type": "string", "nullable": true},
                 "$defs": {"d": {"type": "integer", "nullable": true}},
                 "anyOf": [{"type": "boolean", "nullable": true}],
                 "if": {"type": "object", "nullable": true}}
                """);
        assertThat(result.at("/items/type")).isEqualTo(Fixtures.parse("[\"string\", \"null\"]"));
        assertThat(result.at("/$defs/d/type")).isEqualTo(Fixtures.parse("[\"integer\", \"null\"]"));
        assertThat(result.at("/anyOf/0/type")).isEqualTo(Fixtures.parse("[\"boolean\", \"null\"]"));
        assertThat(result.at("/if/type")).isEqualTo(Fixtures.parse("[\"object\", \"null\"]"));
    }

    @Test
    void neverModifiesItsInput() throws Exception {
        JsonNode input = Fixtures.parse("{\"type\": \"string\", \"nullable\": true}");
        SchemaNormalizer.normalize(input, "m");
        assertThat(input).isEqualTo(Fixtures.parse("{\"type\": \"string\", \"nullable\": true}"));
    }

    @Test
    void integerValuedNumbersOfTheCountingKeywordsBecomeIntegers() throws Exception {
        JsonNode result = normalize("""
                {"type": "object", "maxProperties": 3.0, "properties": {
                  "prompt": {"type": "string", "minLength": 1.0, "maxLength": 2e1},
                  "tags": {"type": "array", "minItems": 0.0, "maxItems": 2.0, "items": {"minLength": 1.00}}}}
                """);
        assertThat(result).isEqualTo(Fixtures.parse("""
                {"type": "object", "maxProperties": 3, "properties": {
                  "prompt": {"type": "string", "minLength": 1, "maxLength": 20},
                  "tags": {"type": "array", "minItems": 0, "maxItems": 2, "items": {"minLength": 1}}}}
                """));
        assertThat(result.at("/properties/prompt/maxLength").isIntegralNumber()).isTrue();
    }

    @Test
    void fractionalCountsAndOtherNumbersAreLeftAsWritten() throws Exception {
        JsonNode result = normalize("""
                {"maxLength": 2.5, "minimum": 2.0, "multipleOf": 1.0, "properties": {"maxItems": {"const": 2.0}}}
                """);
        assertThat(result.get("maxLength").doubleValue()).isEqualTo(2.5);
        assertThat(result.get("minimum").isIntegralNumber()).isFalse();
        assertThat(result.get("multipleOf").isIntegralNumber()).isFalse();
        assertThat(result.at("/properties/maxItems/const").isIntegralNumber()).isFalse();
    }
}
