package io.github.oxencodegen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.oxencodegen.benchmarks.nomedia.Violation;
import io.github.oxencodegen.benchmarks.nomedia.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequestValidator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator without x-media-references differs from the benchmarked one by that check alone. */
class MediaReferencesBenchmarkTest {
    @Test
    void itsOverlayIsTheDocumentedLimitsOverlayWithTheMediaReferencesSwitchedOff() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode withoutMedia = (ObjectNode) mapper.readTree(
                Path.of("src/main/overlays/wan-v2-7-reference-to-video.without-media-references.json").toFile());
        ObjectNode prompt = (ObjectNode) withoutMedia.get("properties").get("prompt");

        assertThat(prompt.remove("x-media-references")).isEqualTo(NullNode.getInstance());
        assertThat(withoutMedia).isEqualTo(Fixtures.wanWithDocumentedLimits().overlay());
    }

    @Test
    void itAcceptsTheValidRequest() throws Exception {
        MediaReferencesBenchmark benchmark = new MediaReferencesBenchmark();
        benchmark.setUp();

        assertThat(benchmark.generatedWithoutMediaReferences()).isEmpty();
    }

    @Test
    void itFindsTheTwoViolationsOfTheInvalidRequestTheInterpretersFindAndNotTheMissingImage() {
        List<Violation> violations = WanV27ReferenceToVideoRequestValidator.validate(WanRequests.invalid().toJsonNode());

        assertThat(violations).extracting(Violation::pointer, Violation::keyword).containsExactlyInAnyOrder(
                tuple("/duration", "maximum"),
                tuple("/negative_prompt", "maxLength"));
    }
}
