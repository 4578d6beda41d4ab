package io.github.oxencodegen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.GeneratedFile;
import io.github.oxencodegen.GenerationResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Both generators get the same 19 schemas and each produces a request class for every one. */
class GenerationBenchmarkTest {
    private final GenerationBenchmark benchmark = new GenerationBenchmark();

    @BeforeEach
    void setUp() {
        benchmark.setUp();
    }

    @Test
    void theInputsAreThe19SchemasOfTheModelList() {
        assertThat(benchmark.schemas()).hasSize(GenerationBenchmark.MODELS)
                .extracting(SchemaSource::modelId)
                .contains("wan-v2-7-reference-to-video", "flux-1-dev")
                .doesNotContain("claude-sonnet-4-6");
    }

    @Test
    void oxenCodegenGeneratesARequestAndAValidatorPerModel() throws Exception {
        List<String> paths = benchmark.oxenCodegen().files().stream().map(GeneratedFile::relativePath).toList();

        assertThat(paths).filteredOn(path -> path.endsWith("RequestValidator.java")).hasSize(GenerationBenchmark.MODELS);
        assertThat(paths).contains("com/example/oxen/flux_1_dev/Flux1DevRequest.java");
    }

    @Test
    void jsonschema2pojoGeneratesARequestClassPerModel() throws Exception {
        var files = benchmark.jsonschema2pojo();

        assertThat(files.keySet()).filteredOn(path -> path.endsWith("Request.java")).hasSize(GenerationBenchmark.MODELS);
        assertThat(files).containsKey("com/example/oxen/flux_1_dev/Flux1DevRequest.java");
        assertThat(files.get("com/example/oxen/flux_1_dev/Flux1DevRequest.java")).contains("public class Flux1DevRequest");
    }

    @Test
    void theOutputDigestIsTheSameForTheSameOutputAndChangesWithOneCharacter() throws Exception {
        GenerationResult first = benchmark.oxenCodegen();
        String digest = GenerationCpuTime.digest(first);
        assertThat(digest).hasSize(64).isEqualTo(GenerationCpuTime.digest(benchmark.oxenCodegen()));

        List<GeneratedFile> files = new ArrayList<>(first.files());
        GeneratedFile last = files.remove(files.size() - 1);
        files.add(new GeneratedFile(last.relativePath(), last.content() + " "));
        assertThat(GenerationCpuTime.digest(new GenerationResult(files, List.of(), List.of(), List.of()))).isNotEqualTo(digest);
    }
}
