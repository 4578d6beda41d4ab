package io.github.oxencodegen.sample.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.sample.oxen.ValidationException;
import io.github.oxencodegen.sample.oxen.Violation;
import io.github.oxencodegen.sample.oxen.wan_v2_7_reference_to_video.AspectRatio;
import io.github.oxencodegen.sample.oxen.wan_v2_7_reference_to_video.Reference;
import io.github.oxencodegen.sample.oxen.wan_v2_7_reference_to_video.Resolution;
import io.github.oxencodegen.sample.oxen.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WanReferenceToVideoBuilderTest {
    private static Reference image(String name) {
        return Reference.builder().url("https://example.com/" + name + ".png").build();
    }

    private static Reference video(String name) {
        return Reference.builder().url("https://example.com/" + name + ".mp4").build();
    }

    @Test
    void theBodyCarriesTheModelAndOnlyWhatWasSetInSchemaOrder() {
        WanV27ReferenceToVideoRequest request = WanV27ReferenceToVideoRequest.builder()
                .prompt("Image 1 waves at Video 1")   // the required step first; the rest in any order
                .seed(7)
                .resolution(Resolution.V720P)
                .addReferenceVideo(video("garden"))
                .addReferenceImage(Reference.builder().url("https://example.com/a.png")
                        .referenceVoice("https://example.com/a.mp3").build())
                .build();

        assertThat(request.toJson()).isEqualTo("{\"model\":\"wan-v2-7-reference-to-video\","
                + "\"prompt\":\"Image 1 waves at Video 1\","
                + "\"reference_images\":[{\"reference_voice\":\"https://example.com/a.mp3\",\"url\":\"https://example.com/a.png\"}],"
                + "\"reference_videos\":[{\"url\":\"https://example.com/garden.mp4\"}],"
                + "\"resolution\":\"720P\",\"seed\":7}");
    }

    @Test
    void theConstantsNameTheModelItsEndpointAndTheSchemaHash() {
        assertThat(WanV27ReferenceToVideoRequest.MODEL_ID).isEqualTo("wan-v2-7-reference-to-video");
        assertThat(WanV27ReferenceToVideoRequest.ENDPOINT).isEqualTo("/videos/generate");
        assertThat(WanV27ReferenceToVideoRequest.SCHEMA_SHA256).matches("[0-9a-f]{64}");
    }

    @Test
    void aRequiredPropertyIsReturnedAsItselfAndOptionalOnesAsOptional() {
        WanV27ReferenceToVideoRequest request = WanV27ReferenceToVideoRequest.builder()
                .prompt("a quiet lake")
                .aspectRatio(AspectRatio.V9_16)
                .build();

        assertThat(request.prompt()).isEqualTo("a quiet lake");
        assertThat(request.aspectRatio()).contains(AspectRatio.V9_16);
        assertThat(request.duration()).isEmpty();
        assertThat(request.referenceImages()).isEmpty();
        assertThat(request.model()).isEqualTo(WanV27ReferenceToVideoRequest.MODEL_ID);
    }

    @Test
    void addingReferencesKeepsTheirOrder() {
        WanV27ReferenceToVideoRequest request = WanV27ReferenceToVideoRequest.builder()
                .prompt("Image 1 meets Image 2")
                .addReferenceImage(image("first"))
                .addReferenceImage(image("second"))
                .build();

        assertThat(request.referenceImages().orElseThrow()).extracting(Reference::url)
                .containsExactly("https://example.com/first.png", "https://example.com/second.png");
    }

    @Test
    void theRequestKeepsNoLinkToTheListItWasGiven() {
        List<Reference> images = new ArrayList<>(List.of(image("first")));
        WanV27ReferenceToVideoRequest request = WanV27ReferenceToVideoRequest.builder()
                .prompt("Image 1").referenceImages(images).build();

        images.add(image("second"));

        assertThat(request.referenceImages().orElseThrow()).hasSize(1);
        assertThatThrownBy(() -> request.referenceImages().orElseThrow().add(image("third")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aPromptLeftOutOnPurposeWithNullIsReportedWithItsPointer() {
        // leaving the step out does not compile (StagedBuilderTest in generator-core proves it); null is deliberate
        assertThatThrownBy(() -> WanV27ReferenceToVideoRequest.builder().prompt(null).duration(5).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.modelId()).isEqualTo("wan-v2-7-reference-to-video");
                    assertThat(e.violations()).extracting(Violation::pointer, Violation::keyword)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("/prompt", "required"));
                });
    }

    @Test
    void aReferenceImageWithoutUrlIsRefusedByItsOwnBuilderWithAPointerRelativeToIt() {
        assertThatThrownBy(() -> Reference.builder().url(null).referenceVoice("https://example.com/v.mp3").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::pointer, Violation::keyword)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("/url", "required")));
    }

    @Test
    void aReferenceImageWithoutUrlInsideARequestIsReportedAtItsNestedPointer() {
        List<Violation> violations = WanV27ReferenceToVideoRequest.builder().prompt("Image 2 waves")
                .addReferenceImage(image("first"))
                .addReferenceImage(Reference.builder().url(null).referenceVoice("https://example.com/v.mp3").buildUnvalidated())
                .buildUnvalidated().validate();

        assertThat(violations).extracting(Violation::pointer, Violation::keyword)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/reference_images/1/url", "required"));
    }

    @Test
    void theSchemaOwnRangesStillHoldBesideTheOverlay() {
        List<Violation> violations = WanV27ReferenceToVideoRequest.builder()
                .prompt("a lake").duration(1).seed(-1).buildUnvalidated().validate();

        assertThat(violations).extracting(Violation::pointer, Violation::keyword).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/duration", "minimum"),
                org.assertj.core.groups.Tuple.tuple("/seed", "minimum"));
    }

    @Test
    void toBuilderGivesAnEqualRequestThatCanBeChangedApart() {
        WanV27ReferenceToVideoRequest original = WanV27ReferenceToVideoRequest.builder().prompt("a lake").duration(5).build();

        WanV27ReferenceToVideoRequest copy = original.toBuilder().build();
        WanV27ReferenceToVideoRequest longer = original.toBuilder().duration(6).build();

        assertThat(copy).isEqualTo(original).hasSameHashCodeAs(original);
        assertThat(longer).isNotEqualTo(original);
        assertThat(original.duration()).contains(5);
    }
}
