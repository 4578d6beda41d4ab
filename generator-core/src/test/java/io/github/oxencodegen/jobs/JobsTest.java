package io.github.oxencodegen.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.diff.ContractDiff;
import io.github.oxencodegen.schema.SchemaException;
import io.github.oxencodegen.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
