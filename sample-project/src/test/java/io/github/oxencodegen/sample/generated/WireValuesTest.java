package io.github.oxencodegen.sample.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.oxencodegen.sample.oxen.flux_2_dev.Flux2DevRequest;
import io.github.oxencodegen.sample.oxen.flux_2_dev.OutputFormat;
import io.github.oxencodegen.sample.oxen.wan_v2_7_reference_to_video.AspectRatio;
import io.github.oxencodegen.sample.oxen.wan_v2_7_reference_to_video.Resolution;
import io.github.oxencodegen.sample.oxen.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequest;
import io.github.oxencodegen.sample.oxen.wan_v2_7_text_to_video.WanV27TextToVideoRequest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WireValuesTest {
    @Test
    void wanAspectRatiosKeepTheirExactWireValuesInSchemaOrder() {
        assertThat(Arrays.stream(AspectRatio.values()).map(AspectRatio::value))
                .containsExactly("16:9", "9:16", "1:1", "4:3", "3:4");
    }

    @Test
    void wanResolutionsKeepTheirCapitalP() {
        assertThat(Arrays.stream(Resolution.values()).map(Resolution::value)).containsExactly("720P", "1080P");
    }

    @Test
    void fluxValuesWithSpacesAndWordsGetJavaNamesButKeepTheirWireValues() {
        assertThat(io.github.oxencodegen.sample.oxen.flux_2_dev.Resolution.V0_5_MP.value()).isEqualTo("0.5 MP");
        assertThat(io.github.oxencodegen.sample.oxen.flux_2_dev.AspectRatio.MATCH_INPUT_IMAGE.value()).isEqualTo("match_input_image");
        assertThat(Arrays.stream(OutputFormat.values()).map(OutputFormat::value)).containsExactly("webp", "jpg", "png");
    }

    @Test
    void enumsAreWrittenAsTheirWireValues() {
        String body = WanV27ReferenceToVideoRequest.builder().prompt("a lake")
                .aspectRatio(AspectRatio.V4_3).resolution(Resolution.V1080P).build().toJson();

        assertThat(body).contains("\"aspect_ratio\":\"4:3\"", "\"resolution\":\"1080P\"");
    }

    @Test
    void wireValuesAreReadBackAsTheirConstants() throws Exception {
        Flux2DevRequest request = Flux2DevRequest.fromJson(
                "{\"prompt\":\"a nook\",\"aspect_ratio\":\"match_input_image\",\"resolution\":\"0.5 MP\",\"output_format\":\"png\"}");

        assertThat(request.aspectRatio()).contains(io.github.oxencodegen.sample.oxen.flux_2_dev.AspectRatio.MATCH_INPUT_IMAGE);
        assertThat(request.resolution()).contains(io.github.oxencodegen.sample.oxen.flux_2_dev.Resolution.V0_5_MP);
        assertThat(request.outputFormat()).contains(OutputFormat.PNG);
    }

    @Test
    void aValueOutsideTheEnumIsRefusedNamingTheAllowedOnes() {
        assertThatThrownBy(() -> WanV27TextToVideoRequest.fromJson("{\"prompt\":\"a lake\",\"resolution\":\"4K\"}"))
                .isInstanceOf(ValueInstantiationException.class)
                .hasMessageContaining("\"720P\", \"1080P\"");
    }
}
