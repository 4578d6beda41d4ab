package io.github.oxencodegen.behaviour.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.generated3.Violation;
import io.github.oxencodegen.generated3.wan_v2_7_reference_to_video.AspectRatio;
import io.github.oxencodegen.generated3.wan_v2_7_reference_to_video.Reference;
import io.github.oxencodegen.generated3.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequest;
import io.github.oxencodegen.generated3.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequestValidator;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ordinary Java against the WAN 2.7 classes the build generates through the CLI with {@code --jackson 3}
 * (package {@code io.github.oxencodegen.generated3}): what a Spring Boot 4 application writes, with
 * Jackson 3's {@code JsonNode} and its unchecked {@code JacksonException}.
 */
class WanReferenceToVideoJackson3Test {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static WanV27ReferenceToVideoRequest.Builder valid() {
        return WanV27ReferenceToVideoRequest.builder()
                .prompt("Image 1 walks through a garden in the style of Image 2, as in Video 1.")
                .addReferenceImage(Reference.builder().url("https://example.com/image-1.png").build())
                .addReferenceImage(Reference.builder().url("https://example.com/image-2.png").build())
                .addReferenceVideo(Reference.builder().url("https://example.com/video-1.mp4").build())
                .duration(8)
                .aspectRatio(AspectRatio.V16_9);
    }

    @Test
    void theGeneratedClassesAreWrittenForJackson3() throws Exception {
        assertThat(WanV27ReferenceToVideoRequestValidator.class.getMethod("validate", JsonNode.class)).isNotNull();
        assertThat(WanV27ReferenceToVideoRequest.class.getMethod("toJsonNode").getReturnType().getName())
                .isEqualTo("tools.jackson.databind.node.ObjectNode");
    }

    @Test
    void aValidRequestGoesThroughBuildToJsonFromJsonAndValidate() {
        WanV27ReferenceToVideoRequest request = valid().build();

        String json = request.toJson();

        assertThat(json).isEqualTo("{\"model\":\"wan-v2-7-reference-to-video\","
                + "\"prompt\":\"Image 1 walks through a garden in the style of Image 2, as in Video 1.\","
                + "\"reference_images\":[{\"url\":\"https://example.com/image-1.png\"},{\"url\":\"https://example.com/image-2.png\"}],"
                + "\"reference_videos\":[{\"url\":\"https://example.com/video-1.mp4\"}],\"aspect_ratio\":\"16:9\",\"duration\":8}");
        assertThat(WanV27ReferenceToVideoRequest.fromJson(json)).isEqualTo(request);
        assertThat(WanV27ReferenceToVideoRequestValidator.validate(MAPPER.readTree(json))).isEmpty();
        assertThat(request.validate()).isEmpty();
    }

    @Test
    void rawAndTypedValidationGiveTheSameViolations() {
        WanV27ReferenceToVideoRequest request = valid().duration(15).buildUnvalidated();

        List<Violation> typed = request.validate();
        List<Violation> raw = WanV27ReferenceToVideoRequestValidator.validate(MAPPER.readTree(request.toJson()));

        assertThat(typed).extracting(Violation::pointer, Violation::keyword).containsExactly(org.assertj.core.groups.Tuple.tuple("/duration", "maximum"));
        assertThat(raw).isEqualTo(typed);
    }

    @Test
    void unknownPropertiesReadFromJsonSurviveTheRoundTrip() {
        String json = "{\"model\":\"wan-v2-7-reference-to-video\",\"prompt\":\"a cat\",\"camera\":{\"pan\":\"left\"}}";

        WanV27ReferenceToVideoRequest request = WanV27ReferenceToVideoRequest.fromJson(json);

        assertThat(request.additionalProperties()).containsOnlyKeys("camera");
        assertThat(request.toJson()).isEqualTo(json);
    }

    @Test
    void textThatIsNotJsonFailsWithJacksonsUncheckedException() {
        assertThatThrownBy(() -> WanV27ReferenceToVideoRequest.fromJson("{\"prompt\": "))
                .isInstanceOf(JacksonException.class);
    }
}
