package io.github.oxencodegen.diff;

import static io.github.oxencodegen.diff.Contracts.contract;
import static io.github.oxencodegen.diff.Contracts.json;
import static io.github.oxencodegen.diff.Contracts.lines;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A property that becomes required breaks callers' code at compile time (staged builders), and the
 * change line says which step to add and where, by the Java names the generator gives them.
 */
class BuilderStepHintsTest {
    private static final String STOPS = "; callers' code stops compiling (staged builders): ";

    @Test
    void aNewRequiredPropertyIsAddedAfterTheRequiredPropertyBeforeIt() {
        assertThat(diff("""
                {"type": "object", "required": ["prompt"], "properties": {"prompt": {"type": "string"}}}
                """, """
                {"type": "object", "required": ["prompt", "random_seed"],
                 "properties": {"prompt": {"type": "string"}, "guidance": {"type": "number"}, "random_seed": {"type": "integer"}}}
                """)).contains("BREAKING | /properties/random_seed | /random_seed | required-property-added"
                + " | random_seed: new required property" + STOPS + "add .randomSeed(...) after .prompt(...) in MRequest.builder()");
    }

    @Test
    void aPropertyMadeRequiredBeforeTheOthersComesRightAfterBuilder() {
        assertThat(diff("""
                {"type": "object", "required": ["prompt"], "properties": {"seed": {"type": "integer"}, "prompt": {"type": "string"}}}
                """, """
                {"type": "object", "required": ["prompt", "seed"], "properties": {"seed": {"type": "integer"}, "prompt": {"type": "string"}}}
                """)).containsExactly("BREAKING | /required | /seed | property-now-required | seed: now required"
                + STOPS + "add .seed(...) right after MRequest.builder()");
    }

    @Test
    void aRequiredPropertyOfANestedClassNamesThatClassesBuilder() {
        assertThat(diff("""
                {"type": "object", "properties": {"images": {"type": "array",
                  "items": {"type": "object", "required": ["url"], "properties": {"url": {"type": "string"}, "weight": {"type": "number"}}}}}}
                """, """
                {"type": "object", "properties": {"images": {"type": "array",
                  "items": {"type": "object", "required": ["url", "weight"], "properties": {"url": {"type": "string"}, "weight": {"type": "number"}}}}}}
                """)).containsExactly("BREAKING | /properties/images/items/required | /images/*/weight | property-now-required"
                + " | images[*].weight: now required" + STOPS + "add .weight(...) after .url(...) in Image.builder()");
    }

    @Test
    void aClassSharedByTwoSchemasOfOneShapeIsNamedAtEitherPointer() {
        String item = "{\"type\": \"object\", \"required\": [%s], \"properties\": {\"url\": {\"type\": \"string\"}, \"weight\": {\"type\": \"number\"}}}";
        String before = item.formatted("\"url\"");
        String after = item.formatted("\"url\", \"weight\"");
        String lists = "{\"type\": \"object\", \"properties\": {\"reference_images\": {\"type\": \"array\", \"items\": %s},"
                + " \"reference_videos\": {\"type\": \"array\", \"items\": %s}}}";
        assertThat(diff(lists.formatted(before, before), lists.formatted(after, after))).containsExactly(
                "BREAKING | /properties/reference_images/items/required | /reference_images/*/weight | property-now-required"
                        + " | reference_images[*].weight: now required" + STOPS + "add .weight(...) after .url(...) in Reference.builder()",
                "BREAKING | /properties/reference_videos/items/required | /reference_videos/*/weight | property-now-required"
                        + " | reference_videos[*].weight: now required" + STOPS + "add .weight(...) after .url(...) in Reference.builder()");
    }

    @Test
    void aRequiredPropertyNoGeneratedClassHoldsOnlySaysTheCodeStopsCompiling() {
        assertThat(diff("""
                {"type": "object", "properties": {"size": {"anyOf": [{"type": "string"}, {"type": "object", "properties": {"w": {"type": "integer"}}}]}}}
                """, """
                {"type": "object", "properties": {"size": {"anyOf": [{"type": "string"}, {"type": "object", "required": ["w"], "properties": {"w": {"type": "integer"}}}]}}}
                """)).allSatisfy(line -> assertThat(line).doesNotContain("callers' code"));
    }

    @Test
    void withPlainBuildersTheLineSaysTheCodeStillCompilesButBuildRefusesTheRequest() {
        assertThat(lines(ContractDiffer.diff(contract("m", null, json("""
                {"type": "object", "required": ["prompt"], "properties": {"prompt": {"type": "string"}}}
                """)), contract("m", null, json("""
                {"type": "object", "required": ["prompt", "seed"], "properties": {"prompt": {"type": "string"}, "seed": {"type": "integer"}}}
                """)), true))).containsExactly("BREAKING | /properties/seed | /seed | required-property-added | seed: new required property"
                + "; callers' code still compiles (plain builders), but build() refuses a request without it when it runs:"
                + " add .seed(...) to every MRequest.builder()");
    }

    private static java.util.List<String> diff(String before, String after) {
        return lines(ContractDiffer.diff(contract("m", null, json(before)), contract("m", null, json(after))));
    }
}
