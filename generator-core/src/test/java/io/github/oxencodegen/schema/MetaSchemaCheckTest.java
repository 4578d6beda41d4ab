package io.github.oxencodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.oxencodegen.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;
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

    /**
     * The check builds org.json values from the tree instead of printing and parsing the text: the two
     * must give the same values of the same classes (Integer, Long, BigInteger, BigDecimal, Double,
     * Boolean, NULL), key for key. Every schema and every instance of the official draft-07 suite, and
     * numbers at each edge of those classes.
     */
    @Test
    void theTreeGivesTheValuesParsingTheTextGives() throws IOException, SchemaException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> objects = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/json-schema-test-suite/tests/draft7"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode group : mapper.readTree(file.toFile())) {
                    objects.add(wrapped(mapper, group.get("schema")));
                    for (JsonNode test : group.get("tests")) {
                        objects.add(wrapped(mapper, test.get("data")));
                    }
                }
            }
        }
        objects.add(mapper.readTree("{\"n\": [0, -0, 1, -1, 2147483647, 2147483648, -2147483648, -2147483649,"
                + " 9223372036854775807, 9223372036854775808, -9223372036854775809, 123456789012345678901234567890,"
                + " 0.0, -0.0, 1.0, 2.5, 1e2, 1E-7, 1.5e300, 1e400, 0.1, 3.141592653589793238462643383279,"
                + " true, false, null, \"1\", \"true\", \"null\", \"\", \" \\u2028 \\\" \\\\ \"], \"\": {}}"));
        assertThat(objects).hasSizeGreaterThan(500);
        for (JsonNode object : objects) {
            // both Jackson's default nodes and the generator's own reading (decimals as BigDecimal nodes)
            JsonNode asTheGeneratorReadsIt = ModelDocumentReader.parseJson(object.toString().getBytes(StandardCharsets.UTF_8), "test");
            for (JsonNode tree : List.of(object, asTheGeneratorReadsIt)) {
                Object fromText = new JSONObject(new JSONTokener(tree.toString()));
                assertSameValue(MetaSchemaCheck.orgJson(tree), fromText, tree.toString());
            }
        }
    }

    private static JsonNode wrapped(ObjectMapper mapper, JsonNode value) {
        if (value.isObject()) {
            return value;
        }
        ObjectNode object = mapper.createObjectNode();
        object.set("value", value);
        return object;
    }

    private static void assertSameValue(Object fromTree, Object fromText, String where) {
        assertThat(fromTree).as(where).hasSameClassAs(fromText);
        if (fromText instanceof JSONObject text) {
            JSONObject tree = (JSONObject) fromTree;
            assertThat(tree.keySet()).as(where).isEqualTo(text.keySet());
            for (String key : text.keySet()) {
                assertSameValue(tree.get(key), text.get(key), where + " at " + key);
            }
        } else if (fromText instanceof JSONArray text) {
            JSONArray tree = (JSONArray) fromTree;
            assertThat(tree.length()).as(where).isEqualTo(text.length());
            for (int i = 0; i < text.length(); i++) {
                assertSameValue(tree.get(i), text.get(i), where + " at " + i);
            }
        } else {
            assertThat(fromTree).as(where).isEqualTo(fromText);
        }
    }
}
