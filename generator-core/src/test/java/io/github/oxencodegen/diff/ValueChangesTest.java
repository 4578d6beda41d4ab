package io.github.oxencodegen.diff;

import static io.github.oxencodegen.diff.Contracts.changes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueChangesTest {
    private static String property(String schema) {
        return "{\"type\": \"object\", \"properties\": {\"x\": " + schema + "}}";
    }

    @Test
    void retypingAPropertyIsBreaking() {
        assertThat(changes(property("{\"type\": \"string\"}"), property("{\"type\": \"array\"}")))
                .containsExactly("BREAKING | /properties/x/type | /x | type-changed | x: type changed from string to array");
    }

    @Test
    void droppingNullFromATypeUnionIsBreaking() {
        assertThat(changes(property("{\"type\": [\"string\", \"null\"]}"), property("{\"type\": \"string\"}")))
                .containsExactly("BREAKING | /properties/x/type | /x | type-narrowed"
                        + " | x: type narrowed from [string, null] to string (null no longer accepted)");
    }

    @Test
    void makingAPropertyNullableIsCompatible() {
        assertThat(changes(property("{\"type\": \"string\"}"), property("{\"type\": \"string\", \"nullable\": true}")))
                .containsExactly("COMPATIBLE | /properties/x/type | /x | type-widened"
                        + " | x: type widened from string to [string, null] (null now accepted)");
    }

    @Test
    void anIntegerThatBecomesANumberIsCompatibleAndTheReverseIsBreaking() {
        assertThat(changes(property("{\"type\": \"integer\"}"), property("{\"type\": \"number\"}")))
                .containsExactly("COMPATIBLE | /properties/x/type | /x | type-widened"
                        + " | x: type widened from integer to number (non-integer number now accepted)");
        assertThat(changes(property("{\"type\": \"number\"}"), property("{\"type\": \"integer\"}")))
                .containsExactly("BREAKING | /properties/x/type | /x | type-narrowed"
                        + " | x: type narrowed from number to integer (non-integer number no longer accepted)");
    }

    @Test
    void keywordsOfATypeNoLongerAcceptedAreNotReportedBesideTheRetype() {
        assertThat(changes(property("{\"type\": \"string\", \"maxLength\": 10, \"format\": \"uri\"}"),
                property("{\"type\": \"integer\", \"maximum\": 10}")))
                .containsExactly("BREAKING | /properties/x/type | /x | type-changed | x: type changed from string to integer");
    }

    @Test
    void removingAnEnumValueIsBreaking() {
        assertThat(changes(property("{\"enum\": [\"16:9\", \"9:16\", \"1:1\"]}"), property("{\"enum\": [\"16:9\", \"1:1\"]}")))
                .containsExactly("BREAKING | /properties/x/enum | /x | enum-value-removed | x: enum value \"9:16\" removed");
    }

    @Test
    void addingAnEnumValueIsCompatible() {
        assertThat(changes(property("{\"enum\": [5, 10]}"), property("{\"enum\": [5, 10, 15]}")))
                .containsExactly("COMPATIBLE | /properties/x/enum | /x | enum-value-added | x: enum value 15 added");
    }

    @Test
    void enumValuesAreComparedByValueSoFiveEqualsFivePointZero() {
        assertThat(changes(property("{\"enum\": [5, 10]}"), property("{\"enum\": [5.0, 10]}"))).isEmpty();
    }

    @Test
    void reorderingEnumValuesIsCosmetic() {
        assertThat(changes(property("{\"enum\": [\"a\", \"b\"]}"), property("{\"enum\": [\"b\", \"a\"]}")))
                .containsExactly("COSMETIC | /properties/x/enum | /x | order-changed | x: enum values reordered");
    }

    @Test
    void restrictingAFreeValueToAnEnumIsBreakingAndLiftingTheRestrictionIsCompatible() {
        String free = property("{\"type\": \"string\"}");
        String restricted = property("{\"type\": \"string\", \"enum\": [\"720P\", \"1080P\"]}");
        assertThat(changes(free, restricted)).containsExactly(
                "BREAKING | /properties/x/enum | /x | enum-added | x: now restricted to [\"720P\", \"1080P\"]");
        assertThat(changes(restricted, free)).containsExactly(
                "COMPATIBLE | /properties/x/enum | /x | enum-removed | x: no longer restricted to [\"720P\", \"1080P\"]");
    }

    @Test
    void addingOrChangingAConstIsBreakingAndRemovingItIsCompatible() {
        assertThat(changes(property("{}"), property("{\"const\": \"v1\"}")))
                .containsExactly("BREAKING | /properties/x/const | /x | const-added | x: now fixed to \"v1\"");
        assertThat(changes(property("{\"const\": \"v1\"}"), property("{\"const\": \"v2\"}")))
                .containsExactly("BREAKING | /properties/x/const | /x | const-changed | x: const changed from \"v1\" to \"v2\"");
        assertThat(changes(property("{\"const\": \"v1\"}"), property("{}")))
                .containsExactly("COMPATIBLE | /properties/x/const | /x | const-removed | x: no longer fixed to \"v1\"");
    }

    @Test
    void anEnumThatBecomesARangeHoldingEveryOldValueIsCompatible() {
        assertThat(changes(property("{\"type\": \"integer\", \"enum\": [5, 10]}"),
                property("{\"type\": \"integer\", \"minimum\": 2, \"maximum\": 15}"))).containsExactly(
                "COMPATIBLE | /properties/x/minimum | /x | minimum-added | x: minimum 2 added; every value allowed before (5, 10) still passes",
                "COMPATIBLE | /properties/x/maximum | /x | maximum-added | x: maximum 15 added; every value allowed before (5, 10) still passes",
                "COMPATIBLE | /properties/x/enum | /x | enum-removed | x: no longer restricted to [5, 10]");
    }

    @Test
    void anEnumThatBecomesARangeMissingAnOldValueIsBreaking() {
        assertThat(changes(property("{\"type\": \"integer\", \"enum\": [5, 10]}"),
                property("{\"type\": \"integer\", \"minimum\": 2, \"maximum\": 8}"))).containsExactly(
                "COMPATIBLE | /properties/x/minimum | /x | minimum-added | x: minimum 2 added; every value allowed before (5, 10) still passes",
                "BREAKING | /properties/x/maximum | /x | maximum-added | x: maximum 8 added",
                "COMPATIBLE | /properties/x/enum | /x | enum-removed | x: no longer restricted to [5, 10]");
    }

    @Test
    void aTypeAddedToAnUntypedEnumWhoseValuesAllFitIsCompatible() {
        assertThat(changes(property("{\"enum\": [\"a\", \"b\"]}"), property("{\"type\": \"string\", \"enum\": [\"a\", \"b\"]}")))
                .containsExactly("COMPATIBLE | /properties/x/type | /x | type-narrowed"
                        + " | x: type narrowed from any to string; every value allowed before (\"a\", \"b\") still passes");
    }
}
