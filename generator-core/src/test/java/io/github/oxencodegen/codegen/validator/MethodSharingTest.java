package io.github.oxencodegen.codegen.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MethodSharingTest {
    private static Map<String, CompiledValidator> v;

    @BeforeAll
    static void compile() {
        v = CompiledValidator.compile(
                "items", """
                        {"type": "object", "properties": {
                           "images": {"type": "array", "items": {"title": "Image", "description": "An image.", "type": "object",
                              "required": ["url"], "properties": {"url": {"title": "Image URL", "type": "string", "maxLength": 9}}}},
                           "videos": {"type": "array", "items": {"title": "Video", "description": "A video.", "type": "object",
                              "required": ["url"], "properties": {"url": {"title": "Video URL", "type": "string", "maxLength": 9}}}},
                           "sounds": {"type": "array", "items": {"type": "object",
                              "required": ["url"], "properties": {"url": {"type": "string", "maxLength": 8}}}}}}""",
                "trees", """
                        {"definitions": {
                           "a": {"type": "object", "properties": {"name": {"type": "string"}, "kids": {"type": "array", "items": {"$ref": "#/definitions/a"}}}},
                           "b": {"type": "object", "properties": {"name": {"type": "string"}, "kids": {"type": "array", "items": {"$ref": "#/definitions/b"}}}}},
                         "properties": {"left": {"$ref": "#/definitions/a"}, "right": {"$ref": "#/definitions/b"}}}""");
    }

    @Test
    void schemasThatDifferOnlyInTitlesAndDescriptionsShareOneMethodOfEachKind() {
        String source = v.get("items").source();
        assertThat(source).containsOnlyOnce("private static boolean isValidImagesItems(")
                .doesNotContain("isValidVideosItems(").doesNotContain("collectVideosItems(")
                .containsOnlyOnce("private static void collectImagesItems(")
                .contains("<code>#/properties/images/items</code> (and, being the same, at <code>#/properties/videos/items</code>)");
    }

    @Test
    void aSharedMethodReportsEachViolationWhereItsInstanceIs() {
        assertThat(v.get("items").where("""
                {"images": [{"url": "0123456789"}], "videos": [{}, {"url": "0123456789"}], "sounds": [{"url": "012345678"}]}"""))
                .containsExactly("/images/0/url maxLength", "/videos/0/url required", "/videos/1/url maxLength", "/sounds/0/url maxLength");
        assertThat(v.get("items").isValid("{\"videos\": [{\"url\": \"012345678\"}], \"sounds\": [{\"url\": \"01234567\"}]}")).isTrue();
        assertThat(v.get("items").isValid("{\"videos\": [{\"url\": \"0123456789\"}]}")).isFalse();
    }

    @Test
    void schemasWithADifferentKeywordValueKeepTheirOwnMethods() {
        assertThat(v.get("items").source()).contains("private static boolean isValidSoundsItems(")
                .contains("private static boolean isValidSoundsItemsUrl(");
    }

    @Test
    void twoRecursiveSchemasOfTheSameShapeShareTheirMethodsAndStillRecurse() {
        CompiledValidator trees = v.get("trees");
        assertThat(trees.source()).contains("private static boolean isValidDefinitionsA(")
                .doesNotContain("private static boolean isValidDefinitionsB(");
        assertThat(trees.where("{\"left\": {\"kids\": [{\"name\": 1}]}, \"right\": {\"kids\": [{\"kids\": [{\"name\": 2}]}]}}"))
                .containsExactly("/left/kids/0/name type", "/right/kids/0/kids/0/name type");
    }
}
