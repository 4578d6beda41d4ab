package io.github.oxencodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.testing.Fixtures;
import org.junit.jupiter.api.Test;

class MetaSchemaCheckTest {
    private static SchemaException refusal(String schema) {
        try {
            MetaSchemaCheck.check(SchemaNormalizer.normalize(Fixtures.parse(schema), "m"), "m", "m.json");
        } catch (SchemaException e) {
            return e;
        }
        throw new AssertionError("accepted: " + schema);
    }

    @Test
    void aMisspelledTypeIsReportedInTheUsersWordsWithItsPointer() {
        SchemaException e = refusal("{\"type\": \"object\", \"properties\": {\"size\": {\"type\": \"strng\"}}}");
        assertThat(e.getMessage()).isEqualTo("m.json, model 'm', at #/properties/size/type: not a valid JSON Schema"
                + " (draft-07): 'type' must be one of \"array\", \"boolean\", \"integer\", \"null\", \"number\","
                + " \"object\", \"string\", or an array of distinct such names; found the string \"strng\"");
    }

    @Test
    void aMisspelledNameInATypeArrayPointsAtThatItem() {
        SchemaException e = refusal("{\"properties\": {\"seed\": {\"type\": [\"integer\", \"nul\"]}}}");
        assertThat(e.pointer()).isEqualTo("/properties/seed/type/1");
        assertThat(e.reason()).startsWith("not a valid JSON Schema (draft-07): 'type' must be one of")
                .endsWith("found the string \"nul\"")
                .doesNotContain("subschema");
    }

    @Test
    void aPropertyWhoseSchemaIsNeitherAnObjectNorABooleanIsNamed() {
        SchemaException e = refusal("{\"properties\": {\"steps\": 5}}");
        assertThat(e.pointer()).isEqualTo("/properties/steps");
        assertThat(e.reason()).isEqualTo("not a valid JSON Schema (draft-07): the schema of property 'steps' must be"
                + " a JSON object or true or false; found the number 5");
    }

    @Test
    void aNegativeLengthBoundSaysANonNegativeIntegerIsExpected() {
        SchemaException e = refusal("{\"properties\": {\"prompt\": {\"type\": \"string\", \"minLength\": -1}}}");
        assertThat(e.pointer()).isEqualTo("/properties/prompt/minLength");
        assertThat(e.reason()).isEqualTo("not a valid JSON Schema (draft-07): 'minLength' must be a non-negative"
                + " integer; found the number -1");
    }

    @Test
    void aFractionalItemCountIsRefused() {
        SchemaException e = refusal("{\"type\": \"array\", \"maxItems\": 2.5}");
        assertThat(e.pointer()).isEqualTo("/maxItems");
        assertThat(e.reason()).endsWith("'maxItems' must be a non-negative integer; found the number 2.5");
    }

    @Test
    void aRequiredListThatRepeatsANameSaysTheNamesMustBeDistinct() {
        SchemaException e = refusal("{\"required\": [\"prompt\", \"prompt\"]}");
        assertThat(e.pointer()).isEqualTo("/required");
        assertThat(e.reason()).endsWith("'required' must be an array of distinct strings; found an array");
    }

    @Test
    void aBranchOfAnyOfThatIsNotASchemaIsNamedByItsIndex() {
        SchemaException e = refusal("{\"anyOf\": [{\"type\": \"string\"}, \"integer\"]}");
        assertThat(e.pointer()).isEqualTo("/anyOf/1");
        assertThat(e.reason()).endsWith("the schema at 'anyOf' item 1 must be a JSON object or true or false;"
                + " found the string \"integer\"");
    }

    @Test
    void aMinimumThatIsNotANumberSaysANumberIsExpected() {
        SchemaException e = refusal("{\"minimum\": \"five\"}");
        assertThat(e.reason()).endsWith("'minimum' must be a number; found the string \"five\"");
    }

    @Test
    void aKeywordBelowAPropertyNamedLikeAKeywordIsStillFound() {
        SchemaException e = refusal("{\"properties\": {\"type\": {\"maxLength\": \"long\"}}}");
        assertThat(e.pointer()).isEqualTo("/properties/type/maxLength");
        assertThat(e.reason()).endsWith("'maxLength' must be a non-negative integer; found the string \"long\"");
    }

    @Test
    void integerValuedNumbersAreTakenWhereDraft07SaysInteger() throws Exception {
        for (String keyword : new String[] {"maxLength", "minLength", "maxItems", "minItems", "maxProperties", "minProperties"}) {
            MetaSchemaCheck.check(SchemaNormalizer.normalize(Fixtures.parse("{\"" + keyword + "\": 2.0}"), "m"), "m", "m.json");
        }
    }

    @Test
    void aSchemaThatIsNotValidDraft07IsRefusedWhateverItsKeyword() {
        assertThatThrownBy(() -> MetaSchemaCheck.check(Fixtures.parse("{\"uniqueItems\": \"yes\"}"), "m", "m.json"))
                .isInstanceOf(SchemaException.class)
                .hasMessageEndingWith("'uniqueItems' must be true or false; found the string \"yes\"");
    }
}
