package io.github.oxencodegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.testing.Fixtures;
import io.github.oxencodegen.write.OutputLock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
    void buildersAreStagedUnlessPlainBuildersIsGiven(@TempDir Path dir) throws Exception {
        String model = Fixtures.path("real/flux-2-pro.json").toString();
        assertThat(run("generate", "--model-file", model, "--package", "p", "--output", dir.resolve("staged").toString())).as(err()).isZero();
        assertThat(run("generate", "--model-file", model, "--package", "p", "--output", dir.resolve("plain").toString(),
                "--plain-builders")).as(err()).isZero();

        assertThat(Files.readString(dir.resolve("staged/p/flux_2_pro/Flux2ProRequest.java"))).contains("public static PromptStep builder()");
        assertThat(Files.readString(dir.resolve("plain/p/flux_2_pro/Flux2ProRequest.java")))
                .contains("public static Builder builder()").doesNotContain("interface PromptStep");
    }

    @Test
    void jacksonThreeWritesEveryFileForJackson3AndTwoIsTheDefault(@TempDir Path dir) throws Exception {
        String model = Fixtures.path("real/flux-2-pro.json").toString();
        assertThat(run("generate", "--model-file", model, "--package", "p", "--output", dir.resolve("two").toString())).as(err()).isZero();
        assertThat(run("generate", "--model-file", model, "--package", "p", "--output", dir.resolve("three").toString(),
                "--jackson", "3")).as(err()).isZero();

        assertThat(Files.readString(dir.resolve("two/p/OxenClient.java"))).contains("import com.fasterxml.jackson.databind.JsonNode;");
        assertThat(Files.readString(dir.resolve("three/p/OxenClient.java"))).contains("import tools.jackson.databind.JsonNode;")
                .doesNotContain("com.fasterxml.jackson.databind");
        assertThat(Files.readString(dir.resolve("three/p/flux_2_pro/Flux2ProRequest.java"))).contains("import tools.jackson.databind.JsonNode;");
    }

    @Test
    void jacksonTakesTwoOrThreeOnly() {
        assertThat(run("generate", "--model-file", "m.json", "--package", "p", "--output", "o", "--jackson", "auto")).isEqualTo(2);
        assertThat(err()).contains("--jackson takes 2 or 3, got 'auto'").contains("[--jackson 2|3]");
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
    void unknownKeywordsArePrintedAsWarningsAndUnknownVendorKeysAsNotesOnStderr(@TempDir Path dir) throws Exception {
        Path schema = dir.resolve("schema.json");
        Files.writeString(schema, "{\"type\": \"object\", \"discriminator\": \"kind\","
                + " \"properties\": {\"size\": {\"type\": \"integer\", \"x-unit\": \"px\", \"x-order\": 1}}}");
        assertThat(run("generate", "--schema-file", "m=" + schema, "--package", "p", "--output", dir.resolve("out").toString()))
                .as(err()).isZero();
        assertThat(err().lines()).containsExactly(
                "warning: model 'm', at #/discriminator: unsupported keyword 'discriminator' is ignored: it carries no validation in draft-07",
                "note: model 'm', at #/properties/size/x-unit: vendor key 'x-unit' is not one the generator knows (known: basic,"
                        + " renderType, x-bounding-boxes, x-hidden, x-media-references, x-message, x-next-to, x-order,"
                        + " x-workbench-default); it is read as a display hint and validates nothing");
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
        assertThat(err()).startsWith("oxen-codegen: An overlay is given for the model 'other-model', which is not among"
                + " the models to generate [flux-2-pro]");
    }

    @Test
    void versionAndHelpExitZero() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("oxen-codegen ");
        assertThat(run("--help")).isZero();
    }

    @Test
    void aModelFileWhoseIdIsNotAValidModelIdIsRefusedAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path escape = dir.resolve("escape.json");
        Files.writeString(escape, "{\"id\": \"../../escape\", \"request_schema\": {\"type\": \"object\"}}");
        Path output = dir.resolve("out");
        assertThat(run("generate", "--model-file", escape.toString(), "--package", "p", "--output", output.toString())).isEqualTo(1);
        assertThat(err().lines()).singleElement().asString()
                .startsWith("oxen-codegen: " + escape + ", at #/id: '../../escape' is not a valid model id");
        assertThat(output).doesNotExist();
    }

    @Test
    void aSchemaFileGivenAnInvalidModelIdIsRefused(@TempDir Path dir) throws Exception {
        Path schema = dir.resolve("schema.json");
        Files.writeString(schema, "{\"type\": \"object\"}");
        assertThat(run("generate", "--schema-file", "../up=" + schema, "--package", "p", "--output", dir.resolve("out").toString()))
                .isEqualTo(1);
        assertThat(err()).contains("'../up' is not a valid model id");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aSecondGenerateDeletesTheSourcesOfAModelNoLongerGeneratedAndKeepsTheUsersFiles(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("out");
        String flux = Fixtures.path("real/flux-2-pro.json").toString();
        String wan = Fixtures.path("models/wan-v2-7-reference-to-video.json").toString();
        assertThat(run("generate", "--model-file", flux, "--model-file", wan, "--package", "p", "--output", output.toString()))
                .as(err()).isZero();
        Files.writeString(output.resolve("p/Mine.java"), "package p; class Mine {}");
        out.reset();

        assertThat(run("generate", "--model-file", wan, "--package", "p", "--output", output.toString())).as(err()).isZero();

        assertThat(output.resolve("p/flux_2_pro")).doesNotExist();
        assertThat(output.resolve("p/wan_v2_7_reference_to_video/WanV27ReferenceToVideoRequest.java")).exists();
        assertThat(output.resolve("p/Mine.java")).exists();
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("\\(0 written, \\d+ unchanged, [1-9]\\d* deleted\\)");
    }

    @Test
    void generateWaitsWhileABuildHoldsTheOutputFolderAndSaysSoOnStderr(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("out");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> build = threads.submit(() -> {
                try (OutputLock lock = OutputLock.acquire(output, Duration.ofSeconds(30), m -> { })) {
                    held.countDown();
                    return release.await(60, TimeUnit.SECONDS) && lock != null;
                }
            });
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Integer> cli = threads.submit(() -> run("generate", "--model-file", Fixtures.path("real/flux-2-pro.json").toString(),
                    "--package", "p", "--output", output.toString()));
            for (int i = 0; i < 600 && !err().contains("Waiting for another build"); i++) {
                Thread.sleep(50);
            }

            assertThat(err()).startsWith("Waiting for another build to finish writing " + output.toAbsolutePath().normalize());
            assertThat(cli.isDone()).isFalse();
            release.countDown();
            assertThat(build.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(cli.get(60, TimeUnit.SECONDS)).as(err()).isZero();
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
        assertThat(output.resolve("p/flux_2_pro")).isDirectory();
    }
}
