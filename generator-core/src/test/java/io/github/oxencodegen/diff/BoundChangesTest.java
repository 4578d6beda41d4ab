package io.github.oxencodegen.diff;

import static io.github.oxencodegen.diff.Contracts.changes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundChangesTest {
    private static String property(String type, String keywords) {
        return "{\"properties\": {\"x\": {\"type\": \"" + type + "\"" + (keywords.isEmpty() ? "" : ", " + keywords) + "}}}";
    }

    private static String bound(String keyword, String value) {
        return value.isEmpty() ? "" : "\"" + keyword + "\": " + value;
    }

    @ParameterizedTest(name = "{1} from {2} to {3} is {4}")
    @CsvSource({
            "number,  maximum,          15, 10, BREAKING,   maximum-lowered,            maximum lowered from 15 to 10",
            "number,  maximum,          10, 15, COMPATIBLE, maximum-raised,             maximum raised from 10 to 15",
            "number,  minimum,          2,  3,  BREAKING,   minimum-raised,             minimum raised from 2 to 3",
            "number,  minimum,          3,  2,  COMPATIBLE, minimum-lowered,            minimum lowered from 3 to 2",
            "number,  exclusiveMaximum, 10, 9.5, BREAKING,  exclusive-maximum-lowered,  exclusiveMaximum lowered from 10 to 9.5",
            "number,  exclusiveMinimum, 0,  -1, COMPATIBLE, exclusive-minimum-lowered,  exclusiveMinimum lowered from 0 to -1",
            "string,  maxLength,        500, 100, BREAKING, max-length-lowered,         maxLength lowered from 500 to 100",
            "string,  minLength,        1,  0,  COMPATIBLE, min-length-lowered,         minLength lowered from 1 to 0",
            "array,   maxItems,         5,  4,  BREAKING,   max-items-lowered,          maxItems lowered from 5 to 4",
            "array,   minItems,         1,  2,  BREAKING,   min-items-raised,           minItems raised from 1 to 2",
            "object,  maxProperties,    3,  4,  COMPATIBLE, max-properties-raised,      maxProperties raised from 3 to 4",
            "object,  minProperties,    1,  2,  BREAKING,   min-properties-raised,      minProperties raised from 1 to 2",
            "integer, maximum,          15, '', COMPATIBLE, maximum-removed,            maximum 15 removed",
            "integer, maximum,          '', 15, BREAKING,   maximum-added,              maximum 15 added",
            "string,  maxLength,        '', 5000, BREAKING, max-length-added,           maxLength 5000 added",
            "string,  minLength,        1,  '', COMPATIBLE, min-length-removed,         minLength 1 removed",
            "array,   minItems,         '', 1,  BREAKING,   min-items-added,            minItems 1 added",
    })
    void aBoundTightenedOrAddedIsBreakingAndLoosenedOrRemovedIsCompatible(String type, String keyword, String before, String after,
            Severity severity, String kind, String text) {
        assertThat(changes(property(type, bound(keyword, before)), property(type, bound(keyword, after))))
                .containsExactly(severity + " | /properties/x/" + keyword + " | /x | " + kind + " | x: " + text);
    }

    @Test
    void aBoundEqualInValueIsNoChange() {
        assertThat(changes(property("number", "\"maximum\": 10"), property("number", "\"maximum\": 10.0"))).isEmpty();
    }

    @Test
    void aMultipleOfChangedToADivisorIsCompatibleAndToAnythingElseBreaking() {
        assertThat(changes(property("integer", "\"multipleOf\": 10"), property("integer", "\"multipleOf\": 5")))
                .containsExactly("COMPATIBLE | /properties/x/multipleOf | /x | multiple-of-changed"
                        + " | x: multipleOf changed from 10 to 5 (every multiple of 10 is one of 5)");
        assertThat(changes(property("integer", "\"multipleOf\": 5"), property("integer", "\"multipleOf\": 10")))
                .containsExactly("BREAKING | /properties/x/multipleOf | /x | multiple-of-changed | x: multipleOf changed from 5 to 10");
        assertThat(changes(property("number", ""), property("number", "\"multipleOf\": 0.5")))
                .containsExactly("BREAKING | /properties/x/multipleOf | /x | multiple-of-added | x: multipleOf 0.5 added");
    }

    @Test
    void aPatternAddedOrChangedIsBreakingAndRemovedCompatible() {
        String none = property("string", "");
        String digits = property("string", "\"pattern\": \"^[0-9]+$\"");
        String hex = property("string", "\"pattern\": \"^[0-9a-f]+$\"");
        assertThat(changes(none, digits)).containsExactly(
                "BREAKING | /properties/x/pattern | /x | pattern-added | x: pattern \"^[0-9]+$\" added");
        assertThat(changes(digits, hex)).containsExactly(
                "BREAKING | /properties/x/pattern | /x | pattern-changed | x: pattern changed from \"^[0-9]+$\" to \"^[0-9a-f]+$\"");
        assertThat(changes(digits, none)).containsExactly(
                "COMPATIBLE | /properties/x/pattern | /x | pattern-removed | x: pattern \"^[0-9]+$\" removed");
    }

    @Test
    void aFormatAddedOrChangedIsBreakingRemovedOrWidenedCompatible() {
        String none = property("string", "");
        String uri = property("string", "\"format\": \"uri\"");
        assertThat(changes(none, uri)).containsExactly(
                "BREAKING | /properties/x/format | /x | format-added | x: format \"uri\" added");
        assertThat(changes(uri, property("string", "\"format\": \"email\""))).containsExactly(
                "BREAKING | /properties/x/format | /x | format-changed | x: format changed from \"uri\" to \"email\"");
        assertThat(changes(uri, property("string", "\"format\": \"uri-reference\""))).containsExactly(
                "COMPATIBLE | /properties/x/format | /x | format-changed"
                        + " | x: format changed from \"uri\" to \"uri-reference\" (every uri is also a uri-reference)");
        assertThat(changes(uri, none)).containsExactly(
                "COMPATIBLE | /properties/x/format | /x | format-removed | x: format \"uri\" removed");
    }

    @Test
    void requiringUniqueItemsIsBreakingAndDroppingItCompatible() {
        String plain = property("array", "");
        String unique = property("array", "\"uniqueItems\": true");
        assertThat(changes(plain, unique)).containsExactly(
                "BREAKING | /properties/x/uniqueItems | /x | unique-items-added | x: items must now be unique");
        assertThat(changes(unique, property("array", "\"uniqueItems\": false"))).containsExactly(
                "COMPATIBLE | /properties/x/uniqueItems | /x | unique-items-removed | x: items no longer need to be unique");
    }

    @Test
    void aPatternAddedToAnEnumWhoseValuesAllMatchIsCompatible() {
        assertThat(changes(property("string", "\"enum\": [\"720P\", \"1080P\"]"),
                property("string", "\"enum\": [\"720P\", \"1080P\"], \"pattern\": \"^[0-9]+P$\""))).containsExactly(
                "COMPATIBLE | /properties/x/pattern | /x | pattern-added"
                        + " | x: pattern \"^[0-9]+P$\" added; every value allowed before (\"720P\", \"1080P\") still passes");
    }

    @Test
    void aFormatAddedToAnEnumIsStillBreakingBecauseFormatsAreNotEvaluatedHere() {
        assertThat(changes(property("string", "\"enum\": [\"https://a.example\"]"),
                property("string", "\"enum\": [\"https://a.example\"], \"format\": \"uri\""))).containsExactly(
                "BREAKING | /properties/x/format | /x | format-added | x: format \"uri\" added");
    }
}
