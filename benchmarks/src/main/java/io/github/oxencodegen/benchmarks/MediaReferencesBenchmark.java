package io.github.oxencodegen.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.oxencodegen.benchmarks.nomedia.Violation;
import io.github.oxencodegen.benchmarks.nomedia.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequestValidator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What Oxen's {@code x-media-references} costs the generated validator: the valid request of
 * {@link ValidatorBenchmark}, validated by the WAN 2.7 validator generated without that check (the
 * documented-limits overlay with {@code "x-media-references": null} on the prompt,
 * {@code src/main/overlays}). That validator checks exactly the keywords the two interpreters check, so
 * its score against {@code ValidatorBenchmark.everit} and {@code .networknt} compares like with like;
 * against {@code ValidatorBenchmark.generated} it prices the media-reference scan. Same settings as
 * {@link ValidatorBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(3)
public class MediaReferencesBenchmark {
    private JsonNode node;

    @Setup
    public void setUp() throws Exception {
        node = new ObjectMapper().readTree(WanRequests.valid().toJsonNode().toString());
        if (!generatedWithoutMediaReferences().isEmpty()) {
            throw new IllegalStateException("the validator without x-media-references rejects the valid request: "
                    + generatedWithoutMediaReferences() + "; the benchmark would not measure what it claims");
        }
    }

    @Benchmark
    public List<Violation> generatedWithoutMediaReferences() {
        return WanV27ReferenceToVideoRequestValidator.validate(node);
    }
}
