package io.github.oxencodegen.codegen.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.ClassName;
import io.github.oxencodegen.schema.SchemaException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Oxen's {@code x-media-references}: a prompt that names an item a sibling array does not have. */
class MediaReferencesTest {
    private static final String IMAGES = "[{\"url\": \"https://a/1\"}, {\"url\": \"https://a/2\"}]";
    private static Map<String, CompiledValidator> v;

    @BeforeAll
    static void compile() throws Exception {
        v = new java.util.HashMap<>(CompiledValidator.compileNormalized(
                Map.of("wan", ValidatorDifferentialTest.schemas().get("models/wan-v2-7-reference-to-video.json"))));
        v.putAll(CompiledValidator.compile(
                "nested", """
                        {"type": "array", "items": {"properties": {
                          "prompt": {"type": "string", "x-media-references": {"groups": [{"field": "input_image", "pattern": "Image {n}"}]}},
                          "input_image": {"type": ["array", "string"]}}}}""",
                "spaced", """
                        {"properties": {"prompt": {"$ref": "#/definitions/prompt"}},
                         "definitions": {"prompt": {"x-media-references": {"groups": [{"field": "pictures", "pattern": " Picture  #{n} "}]}}}}"""));
    }

    @Test
    void wanPromptNamingImage3WithTwoReferenceImagesIsAViolationAtThePrompt() {
        CompiledValidator wan = v.get("wan");
        JsonNode request = request("Image 1 walks through a garden in the style of Image 3.");
        assertThat(wan.violations(request)).containsExactly(
                "/prompt: refers to Image 3, but reference_images has 2 items (x-media-references)");
        assertThat(wan.isValid(request)).isFalse();
        assertThat(wan.isValid(request("Image 1 walks through a garden in the style of Image 2."))).isTrue();
    }

    @Test
    void theNumberIsWholeAndTheMatchIgnoresCaseAndSpacing() {
        CompiledValidator wan = v.get("wan");
        assertThat(wan.where(request("see Image 30"))).containsExactly("/prompt x-media-references");
        assertThat(wan.violations(request("see @Image3 and image 3 and IMAGE3"))).containsExactly(
                "/prompt: refers to Image 3, but reference_images has 2 items (x-media-references)");
        assertThat(wan.violations(request("Image 0"))).containsExactly(
                "/prompt: refers to Image 0, but the items of reference_images are numbered from 1 (x-media-references)");
        assertThat(wan.isValid(request("Image 02 and Imagery"))).isTrue();
        assertThat(wan.isValid(request("Image 99999999999999999999"))).isFalse();
    }

    @Test
    void anAbsentOrNullSiblingHasNoItemsAndEachGroupHasItsOwnSibling() {
        CompiledValidator wan = v.get("wan");
        assertThat(wan.violations("{\"prompt\": \"Image 1 and Video 1\", \"reference_images\": null}")).containsExactly(
                "/prompt: refers to Image 1, but reference_images has no items (x-media-references)",
                "/prompt: refers to Video 1, but reference_videos has no items (x-media-references)");
        assertThat(wan.isValid("{\"prompt\": \"Video 1\", \"reference_videos\": [{\"url\": \"https://v/1\"}]}")).isTrue();
    }

    @Test
    void aSiblingOfTheWrongTypeIsReportedByItsTypeAlone() {
        assertThat(v.get("nested").where("[{\"prompt\": \"Image 1\", \"input_image\": \"https://a\"}, {\"prompt\": \"Image 2\", \"input_image\": [1]}]"))
                .containsExactly("/1/prompt x-media-references");
        assertThat(v.get("wan").where("{\"prompt\": \"Image 1\", \"reference_images\": \"https://a\"}")).containsExactly("/reference_images type");
    }

    @Test
    void theGroupsOfAReferencedPropertySchemaCountAndPatternWhitespaceIsOptional() {
        assertThat(v.get("spaced").isValid("{\"prompt\": \"picture#1\", \"pictures\": [1]}")).isTrue();
        assertThat(v.get("spaced").violations("{\"prompt\": \"picture#1 and Picture # 2 and Picture #2\", \"pictures\": [1]}")).containsExactly(
                "/prompt: refers to Picture #2, but pictures has 1 item (x-media-references)");
    }

    @Test
    void aMalformedDeclarationIsRefusedWithItsPointer() {
        assertThatThrownBy(() -> emit("{\"properties\": {\"p\": {\"x-media-references\": {\"groups\": [{\"field\": \"f\", \"pattern\": \"Image\"}]}}}}"))
                .isInstanceOf(SchemaException.class).hasMessageContaining("#/properties/p/x-media-references/groups/0/pattern");
        assertThatThrownBy(() -> emit("{\"properties\": {\"p\": {\"x-media-references\": {\"groups\": {}}}}}"))
                .isInstanceOf(SchemaException.class).hasMessageContaining("#/properties/p/x-media-references");
    }

    private static void emit(String schema) throws SchemaException {
        ValidatorEmitter.emit(CompiledValidator.SUPPORT, ClassName.get("p", "V"), null, "m", CompiledValidator.parse(schema));
    }

    private static JsonNode request(String prompt) {
        ObjectNode request = (ObjectNode) CompiledValidator.parse("{\"reference_images\": " + IMAGES + "}");
        return request.put("prompt", prompt);
    }
}
