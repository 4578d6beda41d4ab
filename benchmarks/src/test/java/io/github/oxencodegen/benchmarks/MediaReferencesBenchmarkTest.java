package io.github.oxencodegen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.oxencodegen.benchmarks.nomedia.Violation;
import io.github.oxencodegen.benchmarks.nomedia.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequestValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator without x-media-references differs from the benchmarked one by that check alone. */
class MediaReferencesBenchmarkTest {
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
