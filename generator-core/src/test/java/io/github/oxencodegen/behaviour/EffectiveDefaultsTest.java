package io.github.oxencodegen.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.generated.generated_api.AspectRatio;
import io.github.oxencodegen.generated.generated_api.FrameRate;
import io.github.oxencodegen.generated.generated_api.GeneratedApiRequest;
import io.github.oxencodegen.generated.generated_api.Ratio;
import io.github.oxencodegen.generated.wan_v2_7_reference_to_video.Resolution;
import io.github.oxencodegen.generated.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An optional property with a schema {@code default} has a typed {@code ...OrDefault()} accessor: the
 * value that is set, else the default, as the model would use it. Nothing about the wire changes.
 */
class EffectiveDefaultsTest {
    private static final GeneratedApiRequest UNSET = GeneratedApiRequest.builder().prompt("p").build();

    @Test
    void unsetPropertiesGiveTheirDefaultTyped() {
        double guidance = UNSET.guidanceScaleOrDefault();
        int steps = UNSET.stepsOrDefault();
        long frames = UNSET.framesOrDefault();
        boolean watermark = UNSET.watermarkOrDefault();
        String style = UNSET.styleOrDefault();
        assertThat(guidance).isEqualTo(4.0);
        assertThat(steps).isEqualTo(30);
        assertThat(frames).isEqualTo(10_000_000_000L);
        assertThat(watermark).isFalse();
        assertThat(style).isEqualTo("cinematic");
    }

    @Test
    void anEnumDefaultIsItsConstant() {
        AspectRatio ratio = UNSET.aspectRatioOrDefault();
        FrameRate rate = UNSET.frameRateOrDefault();
        assertThat(ratio).isSameAs(AspectRatio.V16_9);
        assertThat(rate).isSameAs(FrameRate.V30);
        assertThat(WanV27ReferenceToVideoRequest.builder().prompt("p").build().resolutionOrDefault()).isSameAs(Resolution.V1080P);
    }

    @Test
    void arrayDefaultsAreTypedAndImmutable() {
        assertThat(UNSET.tagsOrDefault()).containsExactly("cat", "dog");
        assertThat(UNSET.offsetsOrDefault()).containsExactly(1L, 10_000_000_000L);
        assertThat(UNSET.weightsOrDefault()).containsExactly(0.5, 2.0);
        assertThat(UNSET.ratiosOrDefault()).containsExactly(Ratio.V1_1);
        List<String> tags = UNSET.tagsOrDefault();
        assertThatThrownBy(() -> tags.add("bird")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(UNSET.tagsOrDefault()).containsExactly("cat", "dog");
    }

    @Test
    void aSetValueWinsOverTheDefault() {
        GeneratedApiRequest set = UNSET.toBuilder().guidanceScale(7.5).steps(12).aspectRatio(AspectRatio.V1_1)
                .watermark(true).style("noir").addTag("bird").build();
        assertThat(set.guidanceScaleOrDefault()).isEqualTo(7.5);
        assertThat(set.stepsOrDefault()).isEqualTo(12);
        assertThat(set.aspectRatioOrDefault()).isEqualTo(AspectRatio.V1_1);
        assertThat(set.watermarkOrDefault()).isTrue();
        assertThat(set.styleOrDefault()).isEqualTo("noir");
        assertThat(set.tagsOrDefault()).containsExactly("bird");
    }

    @Test
    void defaultsAreNotSentUnlessSet() throws Exception {
        assertThat(UNSET.toJson()).isEqualTo("{\"model\":\"generated-api\",\"prompt\":\"p\"}");
        assertThat(UNSET.guidanceScale()).isEmpty();
    }
}
