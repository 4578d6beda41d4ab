package io.github.oxencodegen.sample.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import io.github.oxencodegen.sample.oxen.flux_2_dev.Flux2DevRequest;
import io.github.oxencodegen.sample.oxen.flux_2_dev.OutputFormat;
import io.github.oxencodegen.sample.oxen.wan_v2_7_reference_to_video.Reference;
import io.github.oxencodegen.sample.oxen.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequest;
import io.github.oxencodegen.sample.oxen.wan_v2_7_text_to_video.Resolution;
import io.github.oxencodegen.sample.oxen.wan_v2_7_text_to_video.WanV27TextToVideoRequest;
import org.junit.jupiter.api.Test;

class JsonRoundTripTest {
    private static final WanV27ReferenceToVideoRequest WAN = WanV27ReferenceToVideoRequest.builder()
            .prompt("Image 1 and Image 2 dance in Video 1, caf\u00e9 lights \uD83C\uDFB6")
            .addReferenceImage(Reference.builder().url("https://example.com/1.png").build())
            .addReferenceImage(Reference.builder().url("https://example.com/2.png").referenceVoice("https://example.com/2.mp3").build())
            .addReferenceVideo(Reference.builder().url("https://example.com/1.mp4").build())
            .duration(6).promptExtend(false).watermark(true).seed(2147483647)
            .build();

    @Test
    void aWanRequestReadsBackEqualFromItsBody() throws Exception {
        WanV27ReferenceToVideoRequest read = WanV27ReferenceToVideoRequest.fromJson(WAN.toJson());

        assertThat(read).isEqualTo(WAN);
        assertThat(read.toJson()).isEqualTo(WAN.toJson());
    }

    @Test
    void theParametersLeaveOutTheModelEnvelope() {
        assertThat(WAN.toJsonNode().has("model")).isFalse();
        assertThat(WAN.toJsonNode().get("seed").intValue()).isEqualTo(2147483647);
        assertThat(WAN.toJsonNode().get("reference_images").get(1).get("reference_voice").asText()).isEqualTo("https://example.com/2.mp3");
    }

    @Test
    void aBodyWithoutTheModelIsReadToo() throws Exception {
        assertThat(WanV27ReferenceToVideoRequest.fromJson(WAN.toJsonNode().toString())).isEqualTo(WAN);
    }

    @Test
    void aBodyForAnotherModelIsRefused() {
        assertThatThrownBy(() -> WanV27ReferenceToVideoRequest.fromJson("{\"model\":\"flux-2-dev\",\"prompt\":\"x\"}"))
                .hasMessageContaining("this request type is for model 'wan-v2-7-reference-to-video', not 'flux-2-dev'");
    }

    @Test
    void aPropertyNewerThanTheGeneratedCodeSurvivesTheRoundTrip() throws Exception {
        WanV27ReferenceToVideoRequest read = WanV27ReferenceToVideoRequest.fromJson("{\"prompt\":\"a lake\",\"camera_motion\":3}");

        assertThat(read.additionalProperties()).containsEntry("camera_motion", IntNode.valueOf(3));
        assertThat(read.toJson()).isEqualTo("{\"model\":\"wan-v2-7-reference-to-video\",\"prompt\":\"a lake\",\"camera_motion\":3}");
    }

    @Test
    void readingDoesNotValidateButValidateThenTellsWhatIsWrong() throws Exception {
        WanV27ReferenceToVideoRequest read = WanV27ReferenceToVideoRequest.fromJson("{\"prompt\":\"a lake\",\"duration\":40}");

        assertThat(read.duration()).contains(40);
        assertThat(read.validate()).extracting(v -> v.pointer() + " " + v.keyword()).containsExactly("/duration maximum");
    }

    @Test
    void aFluxRequestWithANumberAndAListRoundTrips() throws Exception {
        Flux2DevRequest flux = Flux2DevRequest.builder().prompt("a reading nook, image 1 on the wall")
                .addInputImage("https://example.com/painting.png").guidance(2.5).seed(9_000_000_000L)
                .outputFormat(OutputFormat.WEBP).outputQuality(90).build();

        assertThat(flux.toJson()).isEqualTo("{\"model\":\"flux-2-dev\",\"prompt\":\"a reading nook, image 1 on the wall\","
                + "\"input_image\":[\"https://example.com/painting.png\"],\"guidance\":2.5,\"seed\":9000000000,"
                + "\"output_format\":\"webp\",\"output_quality\":90}");
        assertThat(Flux2DevRequest.fromJson(flux.toJson())).isEqualTo(flux);
    }

    @Test
    void theTextToVideoSchemaKeepsItsOwnPromptLimit() throws Exception {
        WanV27TextToVideoRequest text = WanV27TextToVideoRequest.builder().prompt("p".repeat(501)).resolution(Resolution.V720P).buildUnvalidated();

        assertThat(text.validate()).extracting(v -> v.pointer() + " " + v.keyword()).containsExactly("/prompt maxLength");
        assertThat(WanV27TextToVideoRequest.fromJson(text.toJson())).isEqualTo(text);
        assertThat(WanV27TextToVideoRequest.ENDPOINT).isEqualTo("/videos/generate");
    }
}
