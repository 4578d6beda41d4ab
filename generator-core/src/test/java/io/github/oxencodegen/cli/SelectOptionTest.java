package io.github.oxencodegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --select}: the goals' model filter applied to a saved list response. */
class SelectOptionTest {
    private static final String LIST = Fixtures.path("models-list.json").toString();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static List<String> packages(Path base) throws Exception {
        try (Stream<Path> dirs = Files.list(base)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void onlyTheSelectedModelsOfTheListAreGenerated(@TempDir Path dir) throws Exception {
        int code = run("generate", "--model-file", LIST, "--select", "id=wan-v2-7-*,endpoint=/videos/generate,input=image",
                "--package", "com.acme.oxen", "--output", dir.toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(packages(dir.resolve("com/acme/oxen")))
                .containsExactly("wan_v2_7_image_to_video", "wan_v2_7_reference_to_video");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("for 2 models into");
    }

    @Test
    void modelsACapabilityFilterCannotJudgeAreNamedInANote(@TempDir Path dir) {
        assertThat(run("generate", "--model-file", LIST, "--select", "output=image", "--package", "p",
                "--output", dir.toString())).isZero();

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("note: " + LIST + ": 12 models list no capabilities,"
                + " so the input or output filter does not select them: [bytedance-seedream-5-pro,");
    }

    @Test
    void aSelectionMatchingNothingIsBadInputAndWritesNothing(@TempDir Path dir) {
        assertThat(run("generate", "--model-file", LIST, "--select", "id=nothing-*", "--package", "p",
                "--output", dir.resolve("out").toString())).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("oxen-codegen: " + LIST + ": the selection 'id=nothing-*' matches no model with a request schema"
                        + System.lineSeparator());
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aMalformedSelectionIsAWrongCommandLine(@TempDir Path dir) {
        assertThat(run("generate", "--model-file", LIST, "--select", "colour=blue", "--package", "p",
                "--output", dir.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("oxen-codegen: The model selection 'colour=blue' has"
                + " the unknown key 'colour'");
    }

    @Test
    void aSelectionFromAFileThatIsNoListIsBadInput(@TempDir Path dir) {
        assertThat(run("generate", "--model-file", Fixtures.path("models/flux-1-dev.json").toString(), "--select", "id=*",
                "--package", "p", "--output", dir.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not Oxen's model list");
    }
}
