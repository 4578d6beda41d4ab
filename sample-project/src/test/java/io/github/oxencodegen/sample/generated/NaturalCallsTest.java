package io.github.oxencodegen.sample.generated;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.sample.oxen.flux_2_dev.AspectRatio;
import io.github.oxencodegen.sample.oxen.flux_2_dev.Flux2DevRequest;
import io.github.oxencodegen.sample.oxen.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequest;
import org.junit.jupiter.api.Test;

/**
 * The calls a user writes first compile and work on every model: WAN types its seed {@code Integer}
 * (bounded), FLUX {@code Long} (unbounded) and its guidance {@code Double}, yet {@code .seed(42)} and
 * {@code .guidance(4)} need no cast; the required prompt comes first, as the staged builder asks; enums
 * come from their wire strings; defaults are read typed.
 */
class NaturalCallsTest {
    @Test
    void seedAndGuidanceTakePlainIntLiteralsWhateverTheirBoxedType() {
        Flux2DevRequest flux = Flux2DevRequest.builder().prompt("a nook").seed(42).guidance(4).build();
        WanV27ReferenceToVideoRequest wan = WanV27ReferenceToVideoRequest.builder().prompt("a lake").seed(42).build();

        assertThat(flux.seed()).contains(42L);
        assertThat(flux.guidance()).contains(4.0);
        assertThat(wan.seed()).contains(42);
    }

    @Test
    void theBuilderAsksForTheRequiredPromptFirstAndOffersTheRestAfterIt() {
        WanV27ReferenceToVideoRequest.PromptStep start = WanV27ReferenceToVideoRequest.builder();
        WanV27ReferenceToVideoRequest.Builder rest = start.prompt("a lake");

        assertThat(rest.seed(42).duration(5).build().toJson())
                .isEqualTo("{\"model\":\"wan-v2-7-reference-to-video\",\"prompt\":\"a lake\",\"duration\":5,\"seed\":42}");
    }

    @Test
    void anEnumIsMadeFromItsWireString() {
        assertThat(AspectRatio.fromValue("match_input_image")).isEqualTo(AspectRatio.MATCH_INPUT_IMAGE);
    }

    @Test
    void unsetPropertiesReadAsTheirSchemaDefaultsTypedButAreNotSent() {
        Flux2DevRequest flux = Flux2DevRequest.builder().prompt("a nook").build();

        assertThat(flux.guidanceOrDefault()).isEqualTo(2.0);
        assertThat(flux.numInferenceStepsOrDefault()).isEqualTo(30);
        assertThat(flux.aspectRatioOrDefault()).isEqualTo(AspectRatio.V16_9);
        assertThat(flux.toJson()).doesNotContain("guidance", "aspect_ratio");
    }
}
