package io.github.oxencodegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code oxen-codegen diff} on seedream before and after Oxen renamed {@code input_images} to {@code input_image}. */
class DiffCommandRenameTest {
    private static final String SEEDREAM = "real/bytedance-seedream-5-pro.json";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    @TempDir
    Path dir;

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The seedream model as it was before the rename. */
    private String beforeTheRename() throws IOException {
        String current = new String(Fixtures.bytes(SEEDREAM), StandardCharsets.UTF_8);
        return Files.writeString(dir.resolve("seedream-old.json"), current.replace("\"input_image\"", "\"input_images\"")).toString();
    }

    @Test
    void theTextReportNamesTheProbableRenameWithBothPointersAndExitsThree() throws IOException {
        assertThat(run("diff", beforeTheRename(), Fixtures.path(SEEDREAM).toString())).isEqualTo(3);
        assertThat(out().lines()).contains("  BREAKING   /properties/input_images -> /properties/input_image  input_images -> input_image?:"
                + " probable rename (the same name but for case, separators or a plural s, the same description, the same title);"
                + " a request that sent input_images must send input_image now");
        assertThat(out()).doesNotContain("property removed").doesNotContain("new optional property");
    }

    @Test
    void theMarkdownAndJsonFormatsCarryBothPointers() throws IOException {
        String old = beforeTheRename();
        assertThat(run("diff", old, Fixtures.path(SEEDREAM).toString(), "--format", "markdown")).isEqualTo(3);
        assertThat(out()).contains("| `/properties/input_images` → `/properties/input_image` | `/input_images` → `/input_image` |"
                + " `property-renamed` |");
        out.reset();
        assertThat(run("diff", old, Fixtures.path(SEEDREAM).toString(), "--format", "json")).isEqualTo(3);
        JsonNode rename = Fixtures.parse(out()).get("models").get(0).get("changes").get(0);
        assertThat(rename.get("kind").asText()).isEqualTo("property-renamed");
        assertThat(rename.get("pointer").asText()).isEqualTo("/properties/input_image");
        assertThat(rename.get("renamedFrom").toString()).isEqualTo("{\"pointer\":\"/properties/input_images\",\"instancePath\":\"/input_images\"}");
    }
}
