package io.github.oxencodegen.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.codegen.support.JacksonDialect;
import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.fetch.FetchSettings;
import io.github.oxencodegen.testing.Fixtures;
import io.github.oxencodegen.write.Fingerprint;
import io.github.oxencodegen.write.SourceWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that fetches nothing and finds its snapshots and overlays byte for byte as the last
 * successful build left them, with the output intact, is up to date without parsing a contract; any
 * other build goes the whole way and puts the output right.
 */
class UnchangedInputsTest {
    private static final String FLUX = "flux-1-dev";
    private static final String QWEN = "qwen-image-edit";
    private static final String WAN = "wan-v2-7-reference-to-video";
    private static final String FLUX_REQUEST = "com/acme/oxen/flux_1_dev/Flux1DevRequest.java";
    private static final FileTime PAST = FileTime.fromMillis(1_000_000_000_000L);
    private static final String FAST = "DEBUG " + ContractBuild.UNCHANGED_INPUTS;

    @TempDir
    Path temp;

    private final FakeOxen oxen = FakeOxen.start();
    private RecordingLog log = new RecordingLog();

    @AfterEach
    void stopOxen() {
        oxen.close();
    }

    private Path snapshots() {
        return temp.resolve("src/main/oxen");
    }

    private Path output() {
        return temp.resolve("target/generated-sources/oxen");
    }

    private BuildRequest request(FetchMode mode, String basePackage, Map<String, Path> overlays, String... models) {
        return BuildRequest.builder().models(List.of(models)).overlays(overlays).basePackage(basePackage).fetchMode(mode)
                .snapshotDirectory(snapshots()).outputDirectory(output())
                .fetchSettings(FetchSettings.defaults(oxen.baseUrl()).withMaxRetries(0)).build();
    }

    /** Builds from the snapshots alone, with a fresh log. */
    private BuildResult buildFromSnapshots(String... models) throws BuildException {
        return build(request(FetchMode.NEVER, "com.acme.oxen", Map.of(), models));
    }

    private BuildResult build(BuildRequest request) throws BuildException {
        log = new RecordingLog();
        return new ContractBuild(request, log).run();
    }

    private void commitSnapshot(String modelId) throws IOException {
        Files.createDirectories(snapshots());
        Files.copy(Fixtures.path("models/" + modelId + ".json"), snapshots().resolve(modelId + ".json"));
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }

    /** The generated sources alone: neither the manifest (it records times) nor the fingerprints. */
    private Map<String, String> sources() throws IOException {
        Map<String, String> files = contents(output());
        files.keySet().removeIf(path -> path.startsWith(".oxen-"));
        return files;
    }

    private void ageEveryFile() throws IOException {
        try (Stream<Path> walk = Files.walk(temp)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, PAST);
            }
        }
    }

    private List<Path> rewrittenFiles() throws IOException {
        List<Path> rewritten = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(temp)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                if (!Files.getLastModifiedTime(file).equals(PAST)) {
                    rewritten.add(file);
                }
            }
        }
        return rewritten;
    }

    /** Sets up two models built once from their snapshots. */
    private Map<String, String> builtOnce() throws Exception {
        commitSnapshot(FLUX);
        commitSnapshot(QWEN);
        BuildResult first = buildFromSnapshots(FLUX, QWEN);
        assertThat(first.upToDate()).isFalse();
        assertThat(log.lines()).doesNotContain(FAST);
        return sources();
    }

    @Test
    void aSecondBuildFromUnchangedSnapshotsIsUpToDateWithoutParsingAnyContract() throws Exception {
        builtOnce();
        ageEveryFile();

        BuildResult second = buildFromSnapshots(FLUX, QWEN);

        assertThat(second.upToDate()).isTrue();
        assertThat(second.files().changedNothing()).isTrue();
        assertThat(second.models()).containsExactly(new ModelOutcome(FLUX, ContractSource.SNAPSHOT, false, null),
                new ModelOutcome(QWEN, ContractSource.SNAPSHOT, false, null));
        assertThat(log.lines()).contains(FAST)
                .contains("INFO Reading model contracts from the snapshots in " + snapshots() + " (the fetch mode is 'never')")
                .contains("INFO Generated sources are up to date (2 model(s)) in " + output());
        assertThat(rewrittenFiles()).isEmpty();
    }

    @Test
    void aBuildFromSnapshotsRightAfterAFetchingBuildFindsItsInputsUnchanged() throws Exception {
        oxen.serveModel(FLUX, Reply.json(200, Fixtures.path("models/flux-1-dev.json")));
        build(request(FetchMode.AUTO, "com.acme.oxen", Map.of(), FLUX));
        assertThat(log.all()).contains("Recorded the contract of 'flux-1-dev'");

        BuildResult offline = buildFromSnapshots(FLUX);

        assertThat(offline.upToDate()).isTrue();
        assertThat(log.lines()).contains(FAST);
    }

    @Test
    void autoModeWithAnApiKeyStillFetchesOnEveryBuild() throws Exception {
        oxen.serveModel(FLUX, Reply.json(200, Fixtures.path("models/flux-1-dev.json")));
        BuildRequest withKey = BuildRequest.builder().models(List.of(FLUX)).basePackage("com.acme.oxen")
                .snapshotDirectory(snapshots()).outputDirectory(output())
                .fetchSettings(FetchSettings.defaults(oxen.baseUrl()).withMaxRetries(0).withApiKey("sk-test")).build();
        build(withKey);

        BuildResult second = build(withKey);

        assertThat(oxen.requests()).hasSize(2);
        assertThat(second.upToDate()).isTrue();
        assertThat(second.models().get(0).source()).isEqualTo(ContractSource.FETCHED);
        assertThat(log.lines()).doesNotContain(FAST);
    }

    @Test
    void autoModeWithoutAnApiKeyTakesTheFastPathAndStillWarnsThatItDidNotAskOxen() throws Exception {
        commitSnapshot(FLUX);
        BuildRequest noKey = BuildRequest.builder().models(List.of(FLUX)).basePackage("com.acme.oxen")
                .snapshotDirectory(snapshots()).outputDirectory(output())
                .fetchSettings(FetchSettings.defaults(URI.create("https://hub.oxen.invalid"))).build();
        build(noKey);

        BuildResult second = build(noKey);

        assertThat(second.upToDate()).isTrue();
        assertThat(log.lines()).contains(FAST);
        assertThat(log.warnings()).singleElement().asString().startsWith("No Oxen API key is configured");
    }

    @Test
    void aSnapshotReformattedWithoutChangingTheContractIsReadInFullOnceAndRewritesNothing() throws Exception {
        builtOnce();
        Path snapshot = snapshots().resolve(FLUX + ".json");
        Files.writeString(snapshot, Files.readString(snapshot) + "\n");
        ageEveryFile();

        BuildResult second = buildFromSnapshots(FLUX, QWEN);

        assertThat(second.upToDate()).isTrue();
        assertThat(log.lines()).doesNotContain(FAST);
        assertThat(rewrittenFiles()).containsExactly(output().resolve(InputFiles.RECORD_FILE));
        assertThat(buildFromSnapshots(FLUX, QWEN).upToDate()).isTrue();
        assertThat(log.lines()).contains(FAST);
    }

    @Test
    void aChangedContractInASnapshotRegenerates() throws Exception {
        builtOnce();
        Path snapshot = snapshots().resolve(FLUX + ".json");
        Files.writeString(snapshot, Files.readString(snapshot)
                .replace("\"properties\": {", "\"properties\": {\"watermark_text\": {\"type\": \"string\"},"));

        BuildResult second = buildFromSnapshots(FLUX, QWEN);

        assertThat(second.upToDate()).isFalse();
        assertThat(second.files().written()).isPositive();
        assertThat(Files.readString(output().resolve(FLUX_REQUEST))).contains("watermark_text");
        assertThat(buildFromSnapshots(FLUX, QWEN).upToDate()).isTrue();
        assertThat(log.lines()).contains(FAST);
    }

    @Test
    void aChangedOverlayRegenerates() throws Exception {
        commitSnapshot(WAN);
        Path overlay = temp.resolve("overlays/wan.json");
        Files.createDirectories(overlay.getParent());
        Files.writeString(overlay, "{}");
        BuildRequest withOverlay = request(FetchMode.NEVER, "com.acme.oxen", Map.of(WAN, overlay), WAN);
        build(withOverlay);
        Path validator = output().resolve("com/acme/oxen/wan_v2_7_reference_to_video/WanV27ReferenceToVideoRequestValidator.java");
        assertThat(Files.readString(validator)).doesNotContain("5000");

        Files.copy(Fixtures.path("overlays/wan-v2-7-reference-to-video.documented-limits.json"), overlay,
                StandardCopyOption.REPLACE_EXISTING);
        BuildResult second = build(withOverlay);

        assertThat(second.upToDate()).isFalse();
        assertThat(Files.readString(validator)).contains("5000");
    }

    @Test
    void anotherBasePackageRegenerates() throws Exception {
        builtOnce();

        BuildResult second = build(request(FetchMode.NEVER, "com.other", Map.of(), FLUX, QWEN));

        assertThat(second.upToDate()).isFalse();
        assertThat(sources().keySet()).allMatch(path -> path.startsWith("com/other/"));
    }

    @Test
    void anotherJacksonDialectRegeneratesEveryFileAndTheSameOneAgainIsUpToDate() throws Exception {
        builtOnce();
        BuildRequest jackson3 = request(FetchMode.NEVER, "com.acme.oxen", Map.of(), FLUX, QWEN).toBuilder()
                .jackson(JacksonDialect.JACKSON_3).build();

        BuildResult second = build(jackson3);

        assertThat(second.upToDate()).isFalse();
        assertThat(sources()).allSatisfy((path, text) -> assertThat(text).doesNotContain("com.fasterxml.jackson.databind"));
        assertThat(sources().get("com/acme/oxen/JsonValues.java")).contains("import tools.jackson.databind.JsonNode;");
        ageEveryFile();
        assertThat(build(jackson3).upToDate()).isTrue();
        assertThat(log.lines()).contains(FAST);
        assertThat(buildFromSnapshots(FLUX, QWEN).upToDate()).isFalse();
        assertThat(sources().get("com/acme/oxen/JsonValues.java")).contains("import com.fasterxml.jackson.databind.JsonNode;");
    }

    @Test
    void anAddedModelIsGeneratedAndARemovedOneDeleted() throws Exception {
        builtOnce();
        commitSnapshot("flux-2-dev");

        BuildResult added = buildFromSnapshots(FLUX, QWEN, "flux-2-dev");

        assertThat(added.upToDate()).isFalse();
        assertThat(sources().keySet()).anyMatch(path -> path.startsWith("com/acme/oxen/flux_2_dev/"));

        BuildResult removed = buildFromSnapshots(FLUX, "flux-2-dev");

        assertThat(removed.upToDate()).isFalse();
        assertThat(removed.files().deleted()).isPositive();
        assertThat(sources().keySet()).noneMatch(path -> path.startsWith("com/acme/oxen/qwen_image_edit/"));
    }

    @Test
    void listingTheSameModelsInAnotherOrderTakesTheFastPath() throws Exception {
        builtOnce();

        assertThat(buildFromSnapshots(QWEN, FLUX).upToDate()).isTrue();
        assertThat(log.lines()).contains(FAST);
    }

    @Test
    void aGeneratedFileEditedToTheSameSizeIsRestored() throws Exception {
        Map<String, String> generated = builtOnce();
        Path source = output().resolve(FLUX_REQUEST);
        String original = Files.readString(source);
        Files.writeString(source, original.replace("public final class", "public FINAL class"));
        assertThat(Files.size(source)).isEqualTo(original.length());
        Files.setLastModifiedTime(source, PAST);

        BuildResult second = buildFromSnapshots(FLUX, QWEN);

        assertThat(second.upToDate()).isFalse();
        assertThat(second.files().written()).isEqualTo(1);
        assertThat(sources()).isEqualTo(generated);
    }

    @Test
    void aGeneratedFileEditedToAnotherSizeIsRestored() throws Exception {
        Map<String, String> generated = builtOnce();
        Files.writeString(output().resolve(FLUX_REQUEST), "// edited\n", StandardOpenOption.APPEND);

        BuildResult second = buildFromSnapshots(FLUX, QWEN);

        assertThat(second.files().written()).isEqualTo(1);
        assertThat(sources()).isEqualTo(generated);
    }

    @Test
    void aDeletedGeneratedFileIsRestored() throws Exception {
        Map<String, String> generated = builtOnce();
        Files.delete(output().resolve(FLUX_REQUEST));

        BuildResult second = buildFromSnapshots(FLUX, QWEN);

        assertThat(second.files().written()).isEqualTo(1);
        assertThat(sources()).isEqualTo(generated);
    }

    @Test
    void aTouchedGeneratedFileIsReadAndAcceptedWithoutRegenerating() throws Exception {
        builtOnce();
        ageEveryFile();
        Files.setLastModifiedTime(output().resolve(FLUX_REQUEST), FileTime.fromMillis(2_000_000_000_000L));

        BuildResult second = buildFromSnapshots(FLUX, QWEN);

        assertThat(second.upToDate()).isTrue();
        assertThat(log.lines()).contains(FAST);
        assertThat(rewrittenFiles()).as("files whose time changed").containsExactly(output().resolve(FLUX_REQUEST));
        assertThat(Files.getLastModifiedTime(output().resolve(FLUX_REQUEST))).isEqualTo(FileTime.fromMillis(2_000_000_000_000L));
    }

    @Test
    void aFileTheUserAddedToTheOutputIsLeftAloneAndDoesNotRegenerate() throws Exception {
        Map<String, String> generated = builtOnce();
        Path mine = output().resolve("com/acme/oxen/Mine.java");
        Files.writeString(mine, "package com.acme.oxen; class Mine {}\n");

        BuildResult second = buildFromSnapshots(FLUX, QWEN);

        assertThat(second.upToDate()).isTrue();
        assertThat(log.lines()).contains(FAST);
        assertThat(mine).hasContent("package com.acme.oxen; class Mine {}");
        generated.put("com/acme/oxen/Mine.java", "package com.acme.oxen; class Mine {}\n");
        assertThat(sources()).isEqualTo(generated);
    }

    @Test
    void aDeletedSnapshotFailsTheBuildAsWithoutTheFastPath() throws Exception {
        builtOnce();
        Files.delete(snapshots().resolve(FLUX + ".json"));

        assertThatThrownBy(() -> buildFromSnapshots(FLUX, QWEN))
                .isInstanceOf(BuildException.class)
                .hasMessageStartingWith("There is no snapshot of the model 'flux-1-dev'");
    }

    @Test
    void aFailedBuildKeepsTheOutputAndItsFingerprintsAndRestoringTheSnapshotMakesTheNextBuildFastAgain() throws Exception {
        Map<String, String> generated = builtOnce();
        Map<String, String> before = contents(output());
        Path snapshot = snapshots().resolve(FLUX + ".json");
        byte[] good = Files.readAllBytes(snapshot);
        Files.writeString(snapshot, "{\"id\":\"flux-1-dev\",\"request_schema\":"
                + "{\"type\":\"object\",\"properties\":{\"prompt\":{\"type\":\"banana\"}}}}");

        assertThatThrownBy(() -> buildFromSnapshots(FLUX, QWEN)).isInstanceOf(BuildException.class);
        assertThat(contents(output())).isEqualTo(before);

        Files.write(snapshot, good);
        assertThat(buildFromSnapshots(FLUX, QWEN).upToDate()).isTrue();
        assertThat(log.lines()).contains(FAST);
        assertThat(sources()).isEqualTo(generated);
    }

    @Test
    void aBuildStoppedWhileWritingLeavesNoFingerprintToTrust() throws Exception {
        builtOnce();
        Path snapshot = snapshots().resolve(FLUX + ".json");
        Files.writeString(snapshot, Files.readString(snapshot)
                .replace("\"properties\": {", "\"properties\": {\"watermark_text\": {\"type\": \"string\"},"));
        // a folder where a generated file must go makes the write fail half-way
        Path request = output().resolve(FLUX_REQUEST);
        Files.delete(request);
        Files.createDirectories(request.resolve("blocker"));

        assertThatThrownBy(() -> buildFromSnapshots(FLUX, QWEN))
                .isInstanceOf(BuildException.class)
                .hasMessageStartingWith("Could not write the generated sources");

        assertThat(output().resolve(InputFiles.RECORD_FILE)).doesNotExist();
        assertThat(output().resolve(Fingerprint.FILE_NAME)).doesNotExist();
        assertThat(output().resolve(SourceWriter.MANIFEST_FILE)).exists();
    }

    @Test
    void aSnapshotEditedWhileTheBuildRanAndThenUndoneRegeneratesInsteadOfPassingForUnchanged() throws Exception {
        commitSnapshot(FLUX);
        Path snapshot = snapshots().resolve(FLUX + ".json");
        String original = Files.readString(snapshot);
        String edited = original.replace("\"properties\": {", "\"properties\": {\"watermark_text\": {\"type\": \"string\"},");
        // the edit lands after the build read its inputs and before it parses the snapshot
        BuildLog editingLog = new BuildLog() {
            @Override
            public void info(String message) {
                if (message.startsWith("Reading model contracts from the snapshots")) {
                    try {
                        Files.writeString(snapshot, edited);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }

            @Override
            public void warn(String message) {}

            @Override
            public void debug(String message) {}
        };
        new ContractBuild(request(FetchMode.NEVER, "com.acme.oxen", Map.of(), FLUX), editingLog).run();
        assertThat(Files.readString(output().resolve(FLUX_REQUEST))).contains("watermark_text");
        assertThat(output().resolve(InputFiles.RECORD_FILE)).doesNotExist();

        Files.writeString(snapshot, original);
        BuildResult afterUndo = buildFromSnapshots(FLUX);

        assertThat(afterUndo.upToDate()).isFalse();
        assertThat(Files.readString(output().resolve(FLUX_REQUEST))).doesNotContain("watermark_text");
        assertThat(buildFromSnapshots(FLUX).upToDate()).isTrue();
        assertThat(log.lines()).contains(FAST);
    }
}
