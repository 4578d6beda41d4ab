package io.github.oxencodegen.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.oxencodegen.generated.ValidationException;
import io.github.oxencodegen.generated.Violation;
import io.github.oxencodegen.generated.wan_v2_7_reference_to_video.AspectRatio;
import io.github.oxencodegen.generated.wan_v2_7_reference_to_video.Reference;
import io.github.oxencodegen.generated.wan_v2_7_reference_to_video.Resolution;
import io.github.oxencodegen.generated.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequest;
import io.github.oxencodegen.generated.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequestValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ordinary Java compiled against the WAN 2.7 reference-to-video classes that the build generates
 * (with the documented-limits overlay) through the CLI, before the tests compile.
 */
class WanReferenceToVideoTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Reference image(int n) {
        return Reference.builder().url("https://example.com/image-" + n + ".png").build();
    }

    private static Reference video(int n) {
        return Reference.builder().url("https://example.com/video-" + n + ".mp4").build();
    }

    private static WanV27ReferenceToVideoRequest.Builder valid() {
        return WanV27ReferenceToVideoRequest.builder()
                .prompt("Image 1 walks through a garden in the style of Image 2, as in Video 1.")
                .addReferenceImage(image(1))
                .addReferenceImage(image(2))
                .addReferenceVideo(video(1))
                .duration(8)
                .aspectRatio(AspectRatio.V16_9);
    }

    private static List<Violation> violationsOf(WanV27ReferenceToVideoRequest.Builder builder) {
        try {
            builder.build();
        } catch (ValidationException e) {
            return e.violations();
        }
        throw new AssertionError("build() accepted an invalid request");
    }

    @Test
    void aValidRequestRoundTripsThroughJsonToTheMinimalBodyWithTheModel() throws Exception {
        WanV27ReferenceToVideoRequest request = valid().build();
        JsonNode body = MAPPER.readTree(request.toJson());
        assertThat(body).isEqualTo(MAPPER.readTree("""
                {"model": "wan-v2-7-reference-to-video",
                 "prompt": "Image 1 walks through a garden in the style of Image 2, as in Video 1.",
                 "reference_images": [{"url": "https://example.com/image-1.png"}, {"url": "https://example.com/image-2.png"}],
                 "reference_videos": [{"url": "https://example.com/video-1.mp4"}],
                 "aspect_ratio": "16:9",
                 "duration": 8}
                """));
        assertThat(WanV27ReferenceToVideoRequest.fromJson(request.toJson())).isEqualTo(request);
        assertThat(request.validate()).isEmpty();
    }

    @Test
    void anUntouchedRequestSerialisesToTheModelAndItsRequiredPromptOnly() throws Exception {
        String json = WanV27ReferenceToVideoRequest.builder().prompt("a cat").build().toJson();
        assertThat(json).isEqualTo("{\"model\":\"wan-v2-7-reference-to-video\",\"prompt\":\"a cat\"}");
    }

    @Test
    void sixReferencesInTotalAreRejectedAtReferenceImages() {
        List<Violation> violations = violationsOf(valid()
                .addReferenceImage(image(3)).addReferenceImage(image(4)).addReferenceImage(image(5)));
        assertThat(violations).extracting(Violation::pointer).containsExactly("/reference_images");
        assertThat(violations).extracting(Violation::keyword).containsExactly("maxItems");
    }

    @Test
    void sixReferenceImagesWithoutVideoAreRejectedToo() {
        WanV27ReferenceToVideoRequest.Builder builder = WanV27ReferenceToVideoRequest.builder().prompt("six");
        for (int i = 1; i <= 6; i++) {
            builder.addReferenceImage(image(i));
        }
        assertThat(violationsOf(builder)).extracting(Violation::pointer, Violation::keyword)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/reference_images", "maxItems"));
    }

    @Test
    void aDurationOfTwelveWithAReferenceVideoIsRejectedButAllowedWithout() {
        assertThat(violationsOf(valid().duration(12))).extracting(Violation::pointer, Violation::keyword)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/duration", "maximum"));
        assertThat(valid().referenceVideos(null).prompt("Image 1 and Image 2").duration(12).build().duration()).contains(12);
    }

    @Test
    void aPromptOf5001CodePointsIsRejectedAnd5000AreAccepted() {
        String astral = "\uD83D\uDE00";
        assertThat(violationsOf(valid().prompt(astral.repeat(5001)))).extracting(Violation::pointer, Violation::keyword)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/prompt", "maxLength"));
        assertThat(valid().prompt(astral.repeat(5000)).build().prompt()).hasSize(10000);
    }

    @Test
    void aPromptNamingImage3WithTwoImagesIsRejectedAtThePrompt() {
        List<Violation> violations = violationsOf(valid().prompt("Image 1 meets Image 3"));
        assertThat(violations).extracting(Violation::pointer, Violation::keyword)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/prompt", "x-media-references"));
        assertThat(violations.get(0).message()).contains("Image 3");
    }

    @Test
    void everyViolationIsReportedAtOnceInTheException() {
        assertThatThrownBy(() -> valid().prompt("Image 3").duration(12).negativePrompt("x".repeat(501)).build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("/prompt")
                .hasMessageContaining("/duration")
                .hasMessageContaining("/negative_prompt")
                .satisfies(e -> assertThat(((ValidationException) e).violations()).hasSize(3));
    }

    @Test
    void theTypedAndTheJsonValidatorGiveTheSameVerdict() throws Exception {
        WanV27ReferenceToVideoRequest invalid = valid().prompt("Image 3").duration(12).buildUnvalidated();
        JsonNode raw = MAPPER.readTree(invalid.toJson());
        ((com.fasterxml.jackson.databind.node.ObjectNode) raw).remove("model");
        assertThat(WanV27ReferenceToVideoRequestValidator.validate(raw))
                .isEqualTo(WanV27ReferenceToVideoRequestValidator.validate(invalid));
        assertThat(WanV27ReferenceToVideoRequestValidator.validate(invalid)).hasSize(2);
    }

    @Test
    void aRawRequestWithWrongTypesIsJudgedWithPointers() throws Exception {
        JsonNode raw = MAPPER.readTree("""
                {"prompt": 5, "duration": "long", "resolution": "4K", "reference_images": [{"voice": "x"}]}
                """);
        assertThat(WanV27ReferenceToVideoRequestValidator.validate(raw)).extracting(Violation::pointer)
                .contains("/prompt", "/duration", "/resolution", "/reference_images/0/url");
    }

    @Test
    void enumsKeepTheirWireValuesAndRejectUnknownOnesListingTheAllowed() {
        assertThat(Resolution.V1080P.value()).isEqualTo("1080P");
        assertThat(AspectRatio.V9_16.value()).isEqualTo("9:16");
        assertThatThrownBy(() -> WanV27ReferenceToVideoRequest.fromJson("{\"prompt\": \"p\", \"resolution\": \"4K\"}"))
                .hasMessageContaining("unknown Resolution value \"4K\": allowed values are \"720P\", \"1080P\"");
    }

    @Test
    void unknownPropertiesSurviveARoundTripAndCanBeSetByName() throws Exception {
        WanV27ReferenceToVideoRequest read = WanV27ReferenceToVideoRequest.fromJson(
                "{\"model\": \"wan-v2-7-reference-to-video\", \"prompt\": \"p\", \"shot_type\": \"multi\"}");
        assertThat(read.additionalProperties()).containsKey("shot_type");
        assertThat(MAPPER.readTree(read.toJson()).path("shot_type").asText()).isEqualTo("multi");
        WanV27ReferenceToVideoRequest set = WanV27ReferenceToVideoRequest.builder().prompt("p")
                .additionalProperty("shot_type", MAPPER.getNodeFactory().textNode("single")).build();
        assertThat(set.toJson()).endsWith(",\"shot_type\":\"single\"}");
        assertThatThrownBy(() -> WanV27ReferenceToVideoRequest.builder().prompt("p").additionalProperty("prompt", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'prompt' is a known property");
    }

    @Test
    void toBuilderCopiesEverythingAndTheOriginalStaysUnchanged() {
        WanV27ReferenceToVideoRequest original = valid().seed(7).build();
        WanV27ReferenceToVideoRequest changed = original.toBuilder().seed(8).resolution(Resolution.V720P).build();
        assertThat(original.seed()).contains(7);
        assertThat(changed.seed()).contains(8);
        assertThat(changed.referenceImages()).isEqualTo(original.referenceImages());
        assertThat(changed).isNotEqualTo(original);
        assertThat(original.toBuilder().build()).isEqualTo(original).hasSameHashCodeAs(original);
    }

    @Test
    void listsHandedOutAreImmutable() {
        WanV27ReferenceToVideoRequest request = valid().build();
        assertThatThrownBy(() -> request.referenceImages().orElseThrow().add(image(9)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theConstantsNameTheModelItsEndpointAndTheSchemaHash() {
        assertThat(WanV27ReferenceToVideoRequest.MODEL_ID).isEqualTo("wan-v2-7-reference-to-video");
        assertThat(WanV27ReferenceToVideoRequest.ENDPOINT).isEqualTo("/videos/generate");
        assertThat(WanV27ReferenceToVideoRequest.SCHEMA_SHA256).matches("[0-9a-f]{64}");
    }

    @Test
    void aNullablePropertyIsLeftOutSentAsNullOrSetAndTheRequestTellsTheThreeApart() throws Exception {
        WanV27ReferenceToVideoRequest absent = WanV27ReferenceToVideoRequest.builder().prompt("p").build();
        WanV27ReferenceToVideoRequest explicitNull = WanV27ReferenceToVideoRequest.builder().prompt("p").inputImageNull().build();
        WanV27ReferenceToVideoRequest value = WanV27ReferenceToVideoRequest.builder().prompt("p")
                .inputImageNull().inputImage("https://example.com/first.png").build();

        assertThat(absent.inputImage()).isEmpty();
        assertThat(absent.isInputImageNull()).isFalse();
        assertThat(explicitNull.inputImage()).isEmpty();
        assertThat(explicitNull.isInputImageNull()).isTrue();
        assertThat(value.inputImage()).contains("https://example.com/first.png");
        assertThat(value.isInputImageNull()).isFalse();
        assertThat(absent.toJson()).doesNotContain("input_image");
        assertThat(explicitNull.toJson()).isEqualTo("{\"model\":\"wan-v2-7-reference-to-video\",\"prompt\":\"p\",\"input_image\":null}");
        assertThat(explicitNull.toJsonNode().get("input_image").isNull()).isTrue();
        assertThat(explicitNull).isNotEqualTo(absent).hasToString("WanV27ReferenceToVideoRequest{prompt=p, inputImage=null}");
        assertThat(explicitNull.toBuilder().inputImage(null).build()).isEqualTo(absent);
    }

    @Test
    void anExplicitNullSurvivesAJsonRoundTripAndTheValidatorSeesIt() throws Exception {
        WanV27ReferenceToVideoRequest read = WanV27ReferenceToVideoRequest.fromJson("{\"prompt\": \"p\", \"input_image\": null}");

        assertThat(read.isInputImageNull()).isTrue();
        assertThat(MAPPER.readTree(read.toJson()).get("input_image").isNull()).isTrue();
        assertThat(WanV27ReferenceToVideoRequest.fromJson(read.toJson())).isEqualTo(read);
        assertThat(WanV27ReferenceToVideoRequest.fromJson("{\"prompt\": \"p\"}").isInputImageNull()).isFalse();
        assertThat(read.validate()).isEmpty();
        // a property whose schema does not allow null has no explicit null: JSON null reads as left out,
        // and what is validated is what is sent, without it
        WanV27ReferenceToVideoRequest promptNull = WanV27ReferenceToVideoRequest.fromJson("{\"prompt\": null, \"seed\": null}");
        assertThat(promptNull.toJson()).isEqualTo("{\"model\":\"wan-v2-7-reference-to-video\",\"seed\":null}");
        assertThat(promptNull.validate()).extracting(Violation::pointer, Violation::keyword).containsExactly(tuple("/prompt", "required"));
    }

    @Test
    void aNestedTypeIsValidatedAgainstItsOwnSchemaWithPointersRelativeToIt() {
        assertThatThrownBy(() -> Reference.builder().url(null).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::pointer, Violation::keyword)
                        .containsExactly(tuple("/url", "required")));
        assertThatThrownBy(() -> Reference.builder().url("not a uri").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::pointer, Violation::keyword)
                        .containsExactly(tuple("/url", "format")));
        assertThat(Reference.builder().url("https://example.com/a.png").build().url()).isEqualTo("https://example.com/a.png");
    }
}
