package io.github.oxencodegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void generatesTheWanClassesWithTheOverlayAndSaysWhatItWrote(@TempDir Path dir) throws Exception {
        int code = run("generate", "--model-file", Fixtures.path("models/wan-v2-7-reference-to-video.json").toString(),
                "--overlay", "wan-v2-7-reference-to-video=" + Fixtures.path("overlays/wan-v2-7-reference-to-video.documented-limits.json"),
                "--package", "com.example.oxen", "--output", dir.toString());
        assertThat(code).as(err()).isZero();
        Path request = dir.resolve("com/example/oxen/wan_v2_7_reference_to_video/WanV27ReferenceToVideoRequest.java");
        assertThat(request).exists();
        assertThat(Files.readString(request)).contains("with overlay wan-v2-7-reference-to-video.documented-limits.json");
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Generated ").contains("for 1 model into");
    }

    @Test
    void theClientIsGeneratedUnlessNoClientIsGiven(@TempDir Path dir) {
        String model = Fixtures.path("real/flux-2-pro.json").toString();
        assertThat(run("generate", "--model-file", model, "--package", "p", "--output", dir.resolve("with").toString())).as(err()).isZero();
        assertThat(run("generate", "--model-file", model, "--package", "p", "--output", dir.resolve("without").toString(), "--no-client"))
                .as(err()).isZero();

        assertThat(dir.resolve("with/p/OxenClient.java")).exists();
        assertThat(dir.resolve("without/p/OxenClient.java")).doesNotExist();
        assertThat(dir.resolve("without/p/Violation.java")).exists();
    }

    @Test
    void aSecondRunRewritesNothing(@TempDir Path dir) {
        String model = Fixtures.path("real/flux-2-pro.json").toString();
        assertThat(run("generate", "--model-file", model, "--package", "p", "--output", dir.toString())).isZero();
        out.reset();
        assertThat(run("generate", "--model-file", model, "--package", "p", "--output", dir.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("(0 written,");
    }

    @Test
    void aBareSchemaIsGeneratedUnderTheModelIdGivenForIt(@TempDir Path dir) throws Exception {
        Path schema = dir.resolve("schema.json");
        Files.writeString(schema, "{\"type\": \"object\", \"properties\": {\"size\": {\"type\": \"integer\"}}}");
        assertThat(run("generate", "--schema-file", "my-upscaler=" + schema, "--package", "p", "--output", dir.resolve("out").toString()))
                .as(err()).isZero();
        assertThat(dir.resolve("out/p/my_upscaler/MyUpscalerRequest.java")).exists();
    }

    @Test
    void badInputExitsOneWithOneLineNamingFileModelAndPointerAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"id\": \"m\", \"request_schema\": {\"properties\": {\"a\": {\"type\": \"strng\"}}}}");
        assertThat(run("generate", "--model-file", bad.toString(), "--package", "p", "--output", dir.toString())).isEqualTo(1);
        assertThat(err().lines()).singleElement().asString()
                .startsWith("oxen-codegen: ").contains("bad.json").contains("model 'm'").contains("#/properties/a/type");
        assertThat(err()).doesNotContain("\tat ");
    }

    @Test
    void brokenJsonNamesTheLineAndColumn(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\"id\": \"m\",\n \"request_schema\": {]}");
        assertThat(run("generate", "--model-file", bad.toString(), "--package", "p", "--output", dir.toString())).isEqualTo(1);
        assertThat(err()).contains("broken.json").contains("line 2, column");
    }

    @Test
    void verboseAddsTheStackTrace(@TempDir Path dir) {
        assertThat(run("generate", "--verbose", "--model-file", dir.resolve("missing.json").toString(), "--package", "p",
                "--output", dir.toString())).isEqualTo(1);
        assertThat(err()).contains("missing.json").contains("no such file").contains("\tat ");
    }

    @Test
    void aWrongCommandLineExitsTwoWithUsage() {
        assertThat(run("generate", "--package", "p")).isEqualTo(2);
        assertThat(err()).contains("generate needs at least one --model-file").contains("usage: oxen-codegen");
        err.reset();
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).contains("unknown command 'frobnicate'");
        assertThat(run()).isEqualTo(2);
    }

    @Test
    void anOverlayForAModelNoFileHoldsIsAnError(@TempDir Path dir) throws Exception {
        Path patch = dir.resolve("p.json");
        Files.writeString(patch, "{}");
        assertThat(run("generate", "--model-file", Fixtures.path("real/flux-2-pro.json").toString(),
                "--overlay", "other-model=" + patch, "--package", "p", "--output", dir.toString())).isEqualTo(1);
        assertThat(err()).contains("other-model").contains("overlay for a model that no --model-file");
    }

    @Test
    void versionAndHelpExitZero() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("oxen-codegen ");
        assertThat(run("--help")).isZero();
    }
}
