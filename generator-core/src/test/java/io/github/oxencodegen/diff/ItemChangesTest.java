package io.github.oxencodegen.diff;

import static io.github.oxencodegen.diff.Contracts.changes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemChangesTest {
    @Test
    void aRetypedItemIsBreakingAndPointsIntoItems() {
        assertThat(changes("""
                {"properties": {"urls": {"type": "array", "items": {"type": "string"}}}}
                """, """
                {"properties": {"urls": {"type": "array", "items": {"type": "object"}}}}
                """)).containsExactly(
                "BREAKING | /properties/urls/items/type | /urls/* | type-changed | urls[*]: type changed from string to object");
    }

    @Test
    void limitsOnNestedItemPropertiesAreClassifiedLikeTopLevelOnes() {
        String before = """
                {"properties": {"refs": {"type": "array", "items": {"type": "object",
                  "properties": {"url": {"type": "string", "format": "uri"}, "weight": {"type": "number", "maximum": 1}}}}}}
                """;
        String after = """
                {"properties": {"refs": {"type": "array", "items": {"type": "object",
                  "properties": {"url": {"type": "string"}, "weight": {"type": "number", "maximum": 0.5}}}}}}
                """;
        assertThat(changes(before, after)).containsExactly(
                "COMPATIBLE | /properties/refs/items/properties/url/format | /refs/*/url | format-removed"
                        + " | refs[*].url: format \"uri\" removed",
                "BREAKING | /properties/refs/items/properties/weight/maximum | /refs/*/weight | maximum-lowered"
                        + " | refs[*].weight: maximum lowered from 1 to 0.5");
    }

    @Test
    void itemsAddedToAnUntypedListNarrowItAndRemovingThemWidensIt() {
        String any = """
                {"properties": {"tags": {"type": "array"}}}
                """;
        String strings = """
                {"properties": {"tags": {"type": "array", "items": {"type": "string"}}}}
                """;
        assertThat(changes(any, strings)).containsExactly(
                "BREAKING | /properties/tags/items/type | /tags/* | type-narrowed | tags[*]: type narrowed from any to string");
        assertThat(changes(strings, any)).containsExactly(
                "COMPATIBLE | /properties/tags/items/type | /tags/* | type-widened | tags[*]: type widened from string to any");
    }

    @Test
    void aTupleIsComparedPositionByPositionAndThenItsAdditionalItems() {
        String before = """
                {"properties": {"size": {"type": "array", "items": [{"type": "integer"}, {"type": "integer"}]}}}
                """;
        String after = """
                {"properties": {"size": {"type": "array", "items": [{"type": "integer"}, {"type": "number"}],
                  "additionalItems": false}}}
                """;
        assertThat(changes(before, after)).containsExactly(
                "COMPATIBLE | /properties/size/items/1/type | /size/1 | type-widened"
                        + " | size[1]: type widened from integer to number (non-integer number now accepted)",
                "BREAKING | /properties/size/additionalItems | /size/* | schema-closed | size[*]: no value is accepted any more (schema false)");
    }

    @Test
    void aListTurnedIntoATupleIsComparedAgainstTheFormerItemSchemaAtEachPosition() {
        assertThat(changes("""
                {"properties": {"size": {"type": "array", "items": {"type": "integer"}}}}
                """, """
                {"properties": {"size": {"type": "array", "items": [{"type": "integer", "minimum": 1}]}}}
                """)).containsExactly(
                "BREAKING | /properties/size/items/0/minimum | /size/0 | minimum-added | size[0]: minimum 1 added",
                "COMPATIBLE | /properties/size/items/type | /size/* | type-widened | size[*]: type widened from integer to any");
    }

    @Test
    void containsAddedIsBreakingAndRemovedCompatible() {
        String plain = """
                {"properties": {"tags": {"type": "array"}}}
                """;
        String containing = """
                {"properties": {"tags": {"type": "array", "contains": {"const": "main"}}}}
                """;
        assertThat(changes(plain, containing)).containsExactly(
                "BREAKING | /properties/tags/contains | /tags | contains-added | tags: must now hold an item matching contains");
        assertThat(changes(containing, plain)).containsExactly(
                "COMPATIBLE | /properties/tags/contains | /tags | contains-removed | tags: no longer needs an item matching contains");
    }
}
