package io.github.oxencodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverlayReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsAnOverlayThatIsAJsonObject() throws Exception {
        Path file = Files.writeString(dir.resolve("limits.json"), "{\"properties\": {\"prompt\": {\"maxLength\": 10}}}");

        assertThat(OverlayReader.read(file, "flux-1-dev").path("properties").path("prompt").path("maxLength").asInt())
                .isEqualTo(10);
    }

    @Test
    void namesTheFileAndTheModelOfAnOverlayThatDoesNotExist() {
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> OverlayReader.read(missing, "flux-1-dev")).isInstanceOf(SchemaException.class)
                .hasMessage(missing + ", model 'flux-1-dev': no such overlay file");
    }

    @Test
    void namesTheLineAndColumnWhereAnOverlayStopsBeingJson() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.json"), "{\n  \"properties\": {,}\n}");

        assertThatThrownBy(() -> OverlayReader.read(file, "flux-1-dev")).isInstanceOf(SchemaException.class)
                .hasMessageStartingWith(file + ", model 'flux-1-dev': the overlay is not valid JSON at line 2, column 18: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void refusesAnOverlayThatIsNotAJsonObject() throws Exception {
        Path file = Files.writeString(dir.resolve("array.json"), "[1, 2]");

        assertThatThrownBy(() -> OverlayReader.read(file, "flux-1-dev")).isInstanceOf(SchemaException.class)
                .hasMessage(file + ", model 'flux-1-dev': an overlay must be a JSON object (an RFC 7396 merge patch"
                        + " of the request schema), found an array");
    }

    @Test
    void refusesAnEmptyOverlayFile() throws Exception {
        Path file = Files.writeString(dir.resolve("empty.json"), "");

        assertThatThrownBy(() -> OverlayReader.read(file, "flux-1-dev")).isInstanceOf(SchemaException.class)
                .hasMessage(file + ", model 'flux-1-dev': the overlay is empty; expected a JSON object");
    }

    @Test
    void anOverlayForNoModelInParticularIsNamedByItsFileAlone() {
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> OverlayReader.read(missing, null)).hasMessage(missing + ": no such overlay file");
    }
}
