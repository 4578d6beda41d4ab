package io.github.oxencodegen.diff;

import static io.github.oxencodegen.diff.Contracts.changes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PropertyChangesTest {
    private static final String TWO_PROPERTIES = """
            {"type": "object",
             "properties": {"prompt": {"type": "string"}, "seed": {"type": "integer"}},
             "required": ["prompt"]}
            """;

    @Test
    void removingAPropertyIsBreaking() {
        assertThat(changes(TWO_PROPERTIES, """
                {"type": "object", "properties": {"prompt": {"type": "string"}}, "required": ["prompt"]}
                """)).containsExactly("BREAKING | /properties/seed | /seed | property-removed | seed: property removed");
    }

    @Test
    void addingAnOptionalPropertyIsCompatible() {
        assertThat(changes(TWO_PROPERTIES, """
                {"type": "object",
                 "properties": {"prompt": {"type": "string"}, "seed": {"type": "integer"}, "fps": {"type": "integer"}},
                 "required": ["prompt"]}
                """)).containsExactly("COMPATIBLE | /properties/fps | /fps | property-added | fps: new optional property");
    }

    @Test
    void addingARequiredPropertyIsBreakingAndReportedOnce() {
        assertThat(changes(TWO_PROPERTIES, """
                {"type": "object",
                 "properties": {"prompt": {"type": "string"}, "seed": {"type": "integer"}, "fps": {"type": "integer"}},
                 "required": ["prompt", "fps"]}
                """)).containsExactly("BREAKING | /properties/fps | /fps | required-property-added | fps: new required property"
                        + "; callers' code stops compiling (staged builders): add .fps(...) after .prompt(...) in MRequest.builder()");
    }

    @Test
    void makingAnExistingPropertyRequiredIsBreaking() {
        assertThat(changes(TWO_PROPERTIES, """
                {"type": "object",
                 "properties": {"prompt": {"type": "string"}, "seed": {"type": "integer"}},
                 "required": ["prompt", "seed"]}
                """)).containsExactly("BREAKING | /required | /seed | property-now-required | seed: now required"
                        + "; callers' code stops compiling (staged builders): add .seed(...) after .prompt(...) in MRequest.builder()");
    }

    @Test
    void makingARequiredPropertyOptionalIsCompatible() {
        assertThat(changes(TWO_PROPERTIES, """
                {"type": "object", "properties": {"prompt": {"type": "string"}, "seed": {"type": "integer"}}}
                """)).containsExactly("COMPATIBLE | /required | /prompt | property-now-optional | prompt: no longer required");
    }

    @Test
    void removingARequiredPropertyIsReportedAsRemovedOnly() {
        assertThat(changes(TWO_PROPERTIES, """
                {"type": "object", "properties": {"seed": {"type": "integer"}}}
                """)).containsExactly("BREAKING | /properties/prompt | /prompt | property-removed | prompt: property removed");
    }

    @Test
    void reorderingPropertiesIsCosmetic() {
        assertThat(changes(TWO_PROPERTIES, """
                {"type": "object",
                 "properties": {"seed": {"type": "integer"}, "prompt": {"type": "string"}},
                 "required": ["prompt"]}
                """)).containsExactly("COSMETIC | /properties | (root) | order-changed | request: properties reordered");
    }

    @Test
    void aPropertyRemovedFromArrayItemsIsBreakingAndNamedByItsPlaceInTheRequest() {
        assertThat(changes("""
                {"properties": {"refs": {"type": "array", "items": {"type": "object",
                  "properties": {"url": {"type": "string"}, "voice": {"type": "string"}}}}}}
                """, """
                {"properties": {"refs": {"type": "array", "items": {"type": "object",
                  "properties": {"url": {"type": "string"}}}}}}
                """)).containsExactly(
                "BREAKING | /properties/refs/items/properties/voice | /refs/*/voice | property-removed | refs[*].voice: property removed");
    }

    @Test
    void aPropertyThatWasForbiddenIsNowAcceptedAndTheReverseIsBreaking() {
        String forbidden = """
                {"type": "object", "properties": {"seed": false}}
                """;
        String allowed = """
                {"type": "object", "properties": {"seed": {"type": "integer"}}}
                """;
        assertThat(changes(forbidden, allowed)).containsExactly(
                "COMPATIBLE | /properties/seed | /seed | schema-opened | seed: values are accepted again (schema was false)");
        assertThat(changes(allowed, forbidden)).containsExactly(
                "BREAKING | /properties/seed | /seed | schema-closed | seed: no value is accepted any more (schema false)");
    }

    @Test
    void closingAdditionalPropertiesIsBreaking() {
        assertThat(changes(TWO_PROPERTIES, TWO_PROPERTIES.replace("\"type\": \"object\",", "\"type\": \"object\", \"additionalProperties\": false,")))
                .containsExactly("BREAKING | /additionalProperties | (root) | additional-properties-closed"
                        + " | request: additionalProperties closed: properties not declared are rejected");
    }

    @Test
    void openingAdditionalPropertiesIsCompatible() {
        assertThat(changes("""
                {"type": "object", "additionalProperties": false}
                """, """
                {"type": "object", "additionalProperties": true}
                """)).containsExactly("COMPATIBLE | /additionalProperties | (root) | additional-properties-opened"
                + " | request: additionalProperties opened: properties not declared are accepted");
    }

    @Test
    void narrowingAdditionalPropertiesToASchemaIsBreakingAndLooseningItIsCompatible() {
        String open = """
                {"type": "object"}
                """;
        String strings = """
                {"type": "object", "additionalProperties": {"type": "string"}}
                """;
        assertThat(changes(open, strings)).containsExactly(
                "BREAKING | /additionalProperties/type | /* | type-narrowed | *: type narrowed from any to string");
        assertThat(changes(strings, open)).containsExactly(
                "COMPATIBLE | /additionalProperties/type | /* | type-widened | *: type widened from string to any");
    }

    @Test
    void aNewPatternPropertyLimitsValuesAndIsBreaking() {
        assertThat(changes("""
                {"type": "object"}
                """, """
                {"type": "object", "patternProperties": {"^x_": {"maxLength": 3}}}
                """)).containsExactly(
                "BREAKING | /patternProperties/^x_/maxLength | /* | max-length-added | *: maxLength 3 added");
    }

    @Test
    void limitingPropertyNamesIsBreaking() {
        assertThat(changes("""
                {"type": "object"}
                """, """
                {"type": "object", "propertyNames": {"pattern": "^[a-z]+$"}}
                """)).containsExactly(
                "BREAKING | /propertyNames/pattern | (root) | pattern-added | request property names: pattern \"^[a-z]+$\" added");
    }

    @Test
    void aPropertyNewlyRequiredByADependencyIsBreakingAndDroppingItIsCompatible() {
        String before = """
                {"type": "object", "dependencies": {"seed": ["prompt"]}}
                """;
        String after = """
                {"type": "object", "dependencies": {"seed": ["prompt", "fps"]}}
                """;
        assertThat(changes(before, after)).containsExactly(
                "BREAKING | /dependencies/seed | /fps | dependency-required-added | fps: now required when seed is sent");
        assertThat(changes(after, before)).containsExactly(
                "COMPATIBLE | /dependencies/seed | /fps | dependency-required-removed | fps: no longer required when seed is sent");
    }

    @Test
    void aDependencyTurnedFromAPropertyListIntoASchemaIsBreakingConservatively() {
        assertThat(changes("""
                {"type": "object", "dependencies": {"seed": ["prompt"]}}
                """, """
                {"type": "object", "dependencies": {"seed": {"required": ["prompt"]}}}
                """)).containsExactly("BREAKING | /dependencies/seed | (root) | dependency-changed | request: dependency on seed"
                + " changed between a property list and a schema; it may reject requests accepted before (conservative)");
    }

    @Test
    void aSchemaDependencyIsComparedAsALimitOnDeclaredFields() {
        assertThat(changes("""
                {"type": "object", "properties": {"fps": {"type": "integer"}}}
                """, """
                {"type": "object", "properties": {"fps": {"type": "integer"}},
                 "dependentSchemas": {"seed": {"properties": {"fps": {"maximum": 30}}}}}
                """)).containsExactly(
                "BREAKING | /dependencies/seed/properties/fps/maximum | /fps | maximum-added | fps: maximum 30 added");
    }
}
