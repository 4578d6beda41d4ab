package io.github.oxencodegen.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.diff.ContractDiff;
import io.github.oxencodegen.schema.SchemaException;
import io.github.oxencodegen.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobsTest {
    private static final String WAN = "wan-v2-7-reference-to-video";

    @TempDir
    Path dir;

    @Test
    void theDiffJobComparesTwoFilesOfOneModel() throws Exception {
        Path wan = Fixtures.path("models/" + WAN + ".json");

        ContractDiff diff = Jobs.diff(wan, wan, null);

        assertThat(diff.modelId()).isEqualTo(WAN);
        assertThat(diff.isEmpty()).isTrue();
    }

    @Test
    void theDiffJobRefusesTwoDifferentModels() {
        Path wan = Fixtures.path("models/" + WAN + ".json");
        Path flux = Fixtures.path("models/flux-1-dev.json");

        assertThatThrownBy(() -> Jobs.diff(wan, flux, null)).isInstanceOf(SchemaException.class)
                .hasMessageContaining("holds the model 'flux-1-dev' but").hasMessageContaining("holds '" + WAN + "'");
    }

    @Test
    void theDiffJobReadsItsOverlayForTheModelTheFilesHold() {
        Path wan = Fixtures.path("models/" + WAN + ".json");
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> Jobs.diff(wan, wan, missing)).isInstanceOf(SchemaException.class)
                .hasMessage(missing + ", model '" + WAN + "': no such overlay file");
    }

    @Test
    void theDiffJobRefusesAFileOfSeveralModels() throws Exception {
        Path list = Files.writeString(dir.resolve("list.json"), "{\"data\": ["
                + "{\"id\": \"a\", \"request_schema\": {\"type\": \"object\"}},"
                + "{\"id\": \"b\", \"request_schema\": {\"type\": \"object\"}}]}");

        assertThatThrownBy(() -> Jobs.diff(list, list, null)).isInstanceOf(SchemaException.class)
                .hasMessage(list + ": holds 2 models [a, b]; diff compares one model: give a file with that model alone");
    }

    @Test
    void theFileGenerateJobWritesTheSourcesAsTheGoalsDoAndRemovesWhatItNoLongerGenerates() throws Exception {
        Path output = dir.resolve("out");
        Path flux = Fixtures.path("models/flux-1-dev.json");
        Path wan = Fixtures.path("models/" + WAN + ".json");

        FileGenerationResult both = Jobs.generate(FileGenerationRequest.builder().modelFile(flux).modelFile(wan)
                .basePackage("com.acme.oxen").outputDirectory(output).build(), line -> { });
        FileGenerationResult one = Jobs.generate(FileGenerationRequest.builder().modelFile(flux)
                .basePackage("com.acme.oxen").outputDirectory(output).build(), line -> { });

        assertThat(both.models()).isEqualTo(2);
        assertThat(both.written().written()).isEqualTo(both.generation().files().size());
        assertThat(one.models()).isEqualTo(1);
        assertThat(one.written().written()).isZero();
        assertThat(one.written().deleted()).isPositive();
        assertThat(output.resolve("com/acme/oxen/flux_1_dev/Flux1DevRequest.java")).exists();
        assertThat(output.resolve("com/acme/oxen/wan_v2_7_reference_to_video")).doesNotExist();
    }

    @Test
    void theFileGenerateJobRefusesAnOverlayForAModelItDoesNotGenerateAndWritesNothing() throws Exception {
        Path output = dir.resolve("out");
        Path overlay = Files.writeString(dir.resolve("o.json"), "{}");
        FileGenerationRequest request = FileGenerationRequest.builder().modelFile(Fixtures.path("models/flux-1-dev.json"))
                .overlays(Map.of("qwen-image-edit", overlay)).basePackage("com.acme.oxen").outputDirectory(output).build();
        List<String> progress = new ArrayList<>();

        assertThatThrownBy(() -> Jobs.generate(request, progress::add)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("qwen-image-edit");
        assertThat(output).doesNotExist();
        assertThat(progress).isEmpty();
    }

    @Test
    void aFileGenerateRequestNeedsSomethingToGenerateFrom() {
        assertThatThrownBy(() -> FileGenerationRequest.builder().basePackage("p").outputDirectory(dir).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("give at least one model file or schema file to generate from");
    }
}
