package io.github.oxencodegen.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.generated.generated_api.GeneratedApiRequest;
import io.github.oxencodegen.generated.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numeric properties take what a Java caller writes: {@code .seed(42)} compiles whether the property
 * is an {@code Integer} (WAN's bounded seed) or a {@code Long} (an unbounded one), and
 * {@code .guidanceScale(4)} compiles for a {@code Double}. Nothing is silently truncated.
 */
class NumericSettersTest {
    private static GeneratedApiRequest.Builder builder() {
        return GeneratedApiRequest.builder().prompt("a cat");
    }

    @Test
    void anIntLiteralSetsAnIntegerALongAndADoubleProperty() {
        GeneratedApiRequest request = builder().smallSeed(42).seed(42).guidanceScale(4).steps(20).build();
        assertThat(request.smallSeed()).contains(42);
        assertThat(request.seed()).contains(42L);
        assertThat(request.guidanceScale()).contains(4.0);
        assertThat(request.steps()).contains(20);
        assertThat(WanV27ReferenceToVideoRequest.builder().prompt("p").seed(42).build().seed()).contains(42);
    }

    @Test
    void longAndDoubleValuesAndTheirBoxesAreTakenAsIs() {
        long big = 3_000_000_000L;
        Long boxed = 7L;
        Double scale = 2.5;
        GeneratedApiRequest request = builder().seed(big).frames(boxed).guidanceScale(scale).build();
        assertThat(request.seed()).contains(big);
        assertThat(request.frames()).contains(7L);
        assertThat(request.guidanceScale()).contains(2.5);
    }

    @Test
    void aLongOutsideTheIntRangeOfAnIntegerPropertyIsRejectedNamingTheProperty() {
        assertThatThrownBy(() -> builder().smallSeed(3_000_000_000L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GeneratedApiRequest.smallSeed (\"small_seed\") is an int: 3000000000 is out of its range");
        assertThatThrownBy(() -> builder().addSize(-3_000_000_000L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GeneratedApiRequest.sizes (\"sizes\") holds ints: -3000000000 is out of their range");
    }

    @Test
    void aNonFiniteDoubleIsRejectedBecauseJsonHasNoNaNOrInfinity() {
        assertThatThrownBy(() -> builder().guidanceScale(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GeneratedApiRequest.guidanceScale (\"guidance_scale\") must be a finite number: NaN is not JSON");
        assertThatThrownBy(() -> builder().addWeight(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GeneratedApiRequest.weights (\"weights\") must hold finite numbers: Infinity is not JSON");
    }

    @Test
    void rangeChecksOfTheSchemaStillApplyAtBuild() {
        assertThatThrownBy(() -> builder().steps(51).build()).hasMessageContaining("/steps");
        assertThatThrownBy(() -> builder().seed(-1).build()).hasMessageContaining("/seed");
    }

    @Test
    void nullStillLeavesANumericPropertyOut() {
        GeneratedApiRequest request = builder().seed(5).smallSeed(6).guidanceScale(1).seed(null).smallSeed(null).guidanceScale(null).build();
        assertThat(request.seed()).isEmpty();
        assertThat(request.smallSeed()).isEmpty();
        assertThat(request.guidanceScale()).isEmpty();
    }

    @Test
    void numericListsTakeIntLiteralsOneByOne() throws Exception {
        GeneratedApiRequest request = builder().addSize(512).addSize(1024).addOffset(1).addOffset(3_000_000_000L)
                .addWeight(1).addWeight(0.5).build();
        assertThat(request.sizes()).contains(List.of(512, 1024));
        assertThat(request.offsets()).contains(List.of(1L, 3_000_000_000L));
        assertThat(request.weights()).contains(List.of(1.0, 0.5));
        assertThat(GeneratedApiRequest.fromJson(request.toJson())).isEqualTo(request);
    }

    @Test
    void jsonStillReadsNumbersThroughTheBoxedSetters() throws Exception {
        GeneratedApiRequest read = GeneratedApiRequest.fromJson("{\"prompt\": \"p\", \"seed\": 3000000000, \"small_seed\": 4, \"guidance_scale\": 7}");
        assertThat(read.seed()).contains(3_000_000_000L);
        assertThat(read.smallSeed()).contains(4);
        assertThat(read.guidanceScale()).contains(7.0);
    }
}
