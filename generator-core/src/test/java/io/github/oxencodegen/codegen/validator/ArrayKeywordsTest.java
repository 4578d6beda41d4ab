package io.github.oxencodegen.codegen.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArrayKeywordsTest {
    private static Map<String, CompiledValidator> v;

    @BeforeAll
    static void compile() {
        v = CompiledValidator.compile(
                "images", """
                        {"type": "object", "properties": {"reference_images": {
                          "type": "array", "minItems": 1, "maxItems": 4,
                          "items": {"type": "object", "properties": {"url": {"type": "string", "format": "uri"}}, "required": ["url"]}}}}""",
                "tuple", """
                        {"items": [{"type": "integer"}, {"type": "string"}], "additionalItems": {"type": "boolean"}}""",
                "closedTuple", """
                        {"items": [true, false], "additionalItems": false}""",
                "ignoredAdditional", """
                        {"items": {"type": "integer"}, "additionalItems": false}""",
                "unique", """
                        {"uniqueItems": true}""",
                "contains", """
                        {"contains": {"const": "main"}}""",
                "containsTrue", """
                        {"contains": true}""",
                "noItems", """
                        {"items": false}""");
    }

    @Test
    void itemViolationsAreReportedAtTheItem() {
        CompiledValidator images = v.get("images");
        assertThat(images.where("{\"reference_images\": [{\"url\": \"https://a/1\"}, {\"url\": \"x\"}, {}]}"))
                .containsExactly("/reference_images/1/url format", "/reference_images/2/url required");
        assertThat(images.violations("{\"reference_images\": [{\"url\": \"https://a\"}, {\"url\": \"https://b\"}, {\"url\": \"https://c\"},"
                + " {\"url\": \"https://d\"}, {\"url\": \"https://e\"}]}"))
                .containsExactly("/reference_images: must have at most 4 items, has 5 (maxItems)");
        assertThat(images.violations("{\"reference_images\": []}")).containsExactly("/reference_images: must have at least 1 item, has 0 (minItems)");
    }

    @Test
    void aTupleJudgesItemsByPositionAndTheRestByAdditionalItems() {
        CompiledValidator tuple = v.get("tuple");
        assertThat(tuple.isValid("[1, \"a\", true, false]")).isTrue();
        assertThat(tuple.isValid("[1]")).isTrue();
        assertThat(tuple.where("[\"a\", 1, true, 0]")).containsExactly("/0 type", "/1 type", "/3 type");
        assertThat(v.get("closedTuple").isValid("[1]")).isTrue();
        assertThat(v.get("closedTuple").where("[1, 2, 3]")).containsExactly("/1 items", "/2 additionalItems");
        assertThat(v.get("ignoredAdditional").isValid("[1, 2, 3]")).isTrue();
    }

    @Test
    void uniqueItemsUsesJsonEqualitySoOneAndOnePointZeroAreDuplicates() {
        CompiledValidator unique = v.get("unique");
        assertThat(unique.violations("[1, 2, 1.0]")).containsExactly(
                "(root): must not contain duplicates, item 2 equals an earlier item (uniqueItems)");
        assertThat(unique.isValid(JsonNodeFactory.instance.arrayNode().add(1).add(1L))).isFalse();
        assertThat(unique.isValid("[{\"a\": 1, \"b\": [2]}, {\"b\": [2.0], \"a\": 1.00}]")).isFalse();
        assertThat(unique.isValid("[{\"a\": 1}, {\"a\": 2}, [1], \"1\", 1, true, null]")).isTrue();
    }

    @Test
    void uniqueItemsScalesPastThePairwiseSearch() {
        StringBuilder distinct = new StringBuilder("[");
        for (int i = 0; i < 500; i++) {
            distinct.append(i == 0 ? "" : ",").append("{\"n\": ").append(i).append("}");
        }
        assertThat(v.get("unique").isValid(distinct + "]")).isTrue();
        assertThat(v.get("unique").where(distinct + ", {\"n\": 250.0}]")).containsExactly(" uniqueItems");
    }

    @Test
    void containsNeedsOneMatchingItem() {
        assertThat(v.get("contains").isValid("[\"x\", \"main\"]")).isTrue();
        assertThat(v.get("contains").violations("[\"x\"]"))
                .containsExactly("(root): must contain at least one item that matches the contains schema (contains)");
        assertThat(v.get("containsTrue").isValid("[]")).isFalse();
        assertThat(v.get("containsTrue").isValid("[null]")).isTrue();
        assertThat(v.get("noItems").isValid("[]")).isTrue();
        assertThat(v.get("noItems").where("[1, 2]")).containsExactly("/0 items", "/1 items");
    }
}
