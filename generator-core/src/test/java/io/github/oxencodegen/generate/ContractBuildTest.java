package io.github.oxencodegen.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.fetch.FetchSettings;
import io.github.oxencodegen.testing.Fixtures;
import io.github.oxencodegen.write.Fingerprint;
import io.github.oxencodegen.write.OutputLock;
import io.github.oxencodegen.write.SourceWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractBuildTest {
    private static final String FLUX = "flux-1-dev";
    private static final String QWEN = "qwen-image-edit";
    private static final FileTime PAST = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path temp;

    private final FakeOxen oxen = FakeOxen.start();
    private final RecordingLog log = new RecordingLog();

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

    private BuildRequest request(FetchMode mode, boolean offline, Map<String, Path> overlays, String... models) {
        FetchSettings settings = FetchSettings.defaults(oxen.baseUrl()).withMaxRetries(0);
        return BuildRequest.builder().models(List.of(models)).overlays(overlays).basePackage("com.acme.oxen").fetchMode(mode).offline(offline)
                .snapshotDirectory(snapshots()).outputDirectory(output()).fetchSettings(settings).build();
    }

    private BuildResult run(FetchMode mode, String... models) throws BuildException {
        return new ContractBuild(request(mode, false, Map.of(), models), log).run();
    }

    private void commitSnapshot(String modelId, String fixture) throws IOException {
        Files.createDirectories(snapshots());
        Files.copy(Fixtures.path(fixture), snapshots().resolve(modelId + ".json"));
    }

    /** Every file under {@code dir}: relative path to content. */
    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(dir.relativize(file).toString(), Files.readString(file));
                }
            }
        }
        return files;
    }

    /** The files, but not the manifest, which records each file's time of writing. */
    private static Map<String, String> withoutManifest(Map<String, String> files) {
        Map<String, String> rest = new TreeMap<>(files);
        rest.remove(SourceWriter.MANIFEST_FILE);
        return rest;
    }

    private static void ageEveryFile(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, PAST);
            }
        }
    }

    private static List<Path> rewrittenFiles(Path dir) throws IOException {
        List<Path> rewritten = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                if (!Files.getLastModifiedTime(file).equals(PAST)) {
                    rewritten.add(file);
                }
            }
        }
        return rewritten;
    }

    @Test
    void aBuildWaitsWhileAnotherBuildHoldsTheOutputFolderAndSaysSoThenGenerates() throws Exception {
        commitSnapshot(FLUX, "models/flux-1-dev.json");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> otherBuild = threads.submit(() -> {
                try (OutputLock lock = OutputLock.acquire(output(), Duration.ofSeconds(30), m -> { })) {
                    held.countDown();
                    return release.await(60, TimeUnit.SECONDS) && lock != null;
                }
            });
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            Future<BuildResult> build = threads.submit(() -> run(FetchMode.NEVER, FLUX));
            for (int i = 0; i < 600 && log.lines().stream().noneMatch(l -> l.startsWith("INFO Waiting for another build")); i++) {
                Thread.sleep(50);
            }

            assertThat(log.lines()).contains("INFO Waiting for another build to finish writing " + output().toAbsolutePath().normalize()
                    + " (it holds " + output().toAbsolutePath().normalize().resolve(OutputLock.FILE_NAME) + "); giving up after 300 s");
            assertThat(build.isDone()).isFalse();
            assertThat(output().resolve(SourceWriter.MANIFEST_FILE)).doesNotExist();
            release.countDown();
            assertThat(otherBuild.get(30, TimeUnit.SECONDS)).isEqualTo(true);
            assertThat(build.get(60, TimeUnit.SECONDS).upToDate()).isFalse();
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
        assertThat(new SourceWriter(output()).isIntact()).isTrue();
    }

    @Test
    void fetchesRecordsTheContractAsASnapshotAndGenerates() throws Exception {
        oxen.serveModel(FLUX, Reply.json(200, Fixtures.path("models/flux-1-dev.json")));

        BuildResult result = run(FetchMode.AUTO, FLUX);

        assertThat(result.models()).containsExactly(new ModelOutcome(FLUX, ContractSource.FETCHED, true, null));
        assertThat(result.upToDate()).isFalse();
        assertThat(result.files().written()).isPositive();
        String snapshot = Files.readString(snapshots().resolve("flux-1-dev.json"));
        assertThat(Fixtures.parse(snapshot).fieldNames()).toIterable().containsExactly("id", "endpoint", "request_schema");
        assertThat(contents(output())).containsKey(Fingerprint.FILE_NAME)
                .hasKeySatisfying(new org.assertj.core.api.Condition<>(p -> p.endsWith("Flux1DevRequest.java"), "request class"));
        assertThat(log.all()).contains("Recorded the contract of 'flux-1-dev' in " + snapshots().resolve("flux-1-dev.json")
                + "; commit it with the project");
    }

    @Test
    void leavesAnUnchangedSnapshotUntouched() throws Exception {
        oxen.serveModel(FLUX, Reply.json(200, Fixtures.path("models/flux-1-dev.json")));
        run(FetchMode.AUTO, FLUX);
        Path snapshot = snapshots().resolve("flux-1-dev.json");
        Files.setLastModifiedTime(snapshot, PAST);
        Files.writeString(output().resolve(Fingerprint.FILE_NAME), "0".repeat(64));

        BuildResult result = run(FetchMode.AUTO, FLUX);

        assertThat(result.models().get(0).snapshotUpdated()).isFalse();
        assertThat(Files.getLastModifiedTime(snapshot)).isEqualTo(PAST);
    }

    @Test
    void writesNothingWhenTheContractsAndTheOutputAreUnchanged() throws Exception {
        oxen.serveModel(FLUX, Reply.json(200, Fixtures.path("models/flux-1-dev.json")))
                .serveModel(QWEN, Reply.json(200, Fixtures.path("models/qwen-image-edit.json")));
        run(FetchMode.AUTO, FLUX, QWEN);
        ageEveryFile(temp);

        BuildResult result = run(FetchMode.AUTO, FLUX, QWEN);

        assertThat(result.upToDate()).isTrue();
        assertThat(result.files().changedNothing()).isTrue();
        assertThat(rewrittenFiles(temp)).isEmpty();
        assertThat(log.all()).contains("Generated sources are up to date (2 model(s))");
    }

    @Test
    void regeneratesAFileTheUserEditedOrDeleted() throws Exception {
        oxen.serveModel(FLUX, Reply.json(200, Fixtures.path("models/flux-1-dev.json")));
        run(FetchMode.AUTO, FLUX);
        Map<String, String> generated = contents(output());
        String someSource = generated.keySet().stream().filter(p -> p.endsWith(".java")).findFirst().orElseThrow();
        Files.writeString(output().resolve(someSource), "// edited");

        BuildResult result = run(FetchMode.AUTO, FLUX);

        assertThat(result.upToDate()).isFalse();
        assertThat(result.files().written()).isEqualTo(1);
        assertThat(withoutManifest(contents(output()))).isEqualTo(withoutManifest(generated));
    }

    @Test
    void updatesTheSnapshotAndSaysSoWhenTheContractChanged() throws Exception {
        commitSnapshot(FLUX, "models/flux-1-dev.json");
        String changed = Files.readString(Fixtures.path("models/flux-1-dev.json"))
                .replace("\"properties\": {", "\"properties\": {\"watermark_text\": {\"type\": \"string\"},");
        assertThat(changed).contains("watermark_text");
        oxen.serveModel(FLUX, Reply.json(200, changed.getBytes(StandardCharsets.UTF_8)));

        BuildResult result = run(FetchMode.AUTO, FLUX);

        assertThat(result.models().get(0).snapshotUpdated()).isTrue();
        assertThat(Files.readString(snapshots().resolve("flux-1-dev.json"))).contains("watermark_text");
        assertThat(log.all()).contains("'flux-1-dev': the contract changed since the snapshot")
                .contains("  flux-1-dev: 1 change")
                .contains("watermark_text")
                .contains("Updated the snapshot " + snapshots().resolve("flux-1-dev.json") + "; commit it with the project");
        assertThat(contents(output()).values()).anyMatch(source -> source.contains("watermark_text"));
    }

    @Test
    void usesTheSnapshotAndWarnsInOneLineWhenTheFetchFailsInAutoMode() throws Exception {
        commitSnapshot(FLUX, "models/flux-1-dev.json");
        byte[] before = Files.readAllBytes(snapshots().resolve("flux-1-dev.json"));
        oxen.serveModel(FLUX, Reply.json(500, "{\"error\":{\"title\":\"boom\"}}".getBytes(StandardCharsets.UTF_8)));

        BuildResult result = run(FetchMode.AUTO, FLUX);

        assertThat(result.models().get(0).source()).isEqualTo(ContractSource.SNAPSHOT);
        assertThat(result.models().get(0).fetchFailure()).contains("500");
        assertThat(log.warnings()).singleElement().satisfies(warning -> assertThat(warning)
                .startsWith("Using the snapshot " + snapshots().resolve("flux-1-dev.json") + " for 'flux-1-dev': ")
                .contains("500")
                .doesNotContain("\n"));
        assertThat(Files.readAllBytes(snapshots().resolve("flux-1-dev.json"))).isEqualTo(before);
        assertThat(contents(output())).isNotEmpty();
    }

    @Test
    void failsWithTheFetchErrorWhenThereIsNoSnapshotToFallBackOn() {
        assertThatThrownBy(() -> run(FetchMode.AUTO, "wan-v9-9-does-not-exist"))
                .isInstanceOf(BuildException.class)
                .hasMessageContaining("wan-v9-9-does-not-exist")
                .hasMessageContaining("404")
                .hasMessageContaining("There is no snapshot at " + snapshots().resolve("wan-v9-9-does-not-exist.json"));
        assertThat(snapshots()).doesNotExist();
        assertThat(output()).doesNotExist();
    }

    @Test
    void reportsEveryModelThatCouldNotBeFetchedAtOnce() {
        assertThatThrownBy(() -> run(FetchMode.ALWAYS, "gone-one", "gone-two"))
                .isInstanceOf(BuildException.class)
                .hasMessageContaining("gone-one")
                .hasMessageContaining("gone-two");
    }

    @Test
    void failsInAlwaysModeEvenWithASnapshotAndTouchesNothing() throws Exception {
        oxen.serveModel(FLUX, Reply.json(200, Fixtures.path("models/flux-1-dev.json")));
        run(FetchMode.AUTO, FLUX);
        Map<String, String> snapshotsBefore = contents(snapshots());
        Map<String, String> outputBefore = contents(output());
        oxen.serveModel(FLUX, Reply.json(503, "{}".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> run(FetchMode.ALWAYS, FLUX))
                .isInstanceOf(BuildException.class)
                .hasMessageContaining("flux-1-dev")
                .hasMessageContaining("503");
        assertThat(contents(snapshots())).isEqualTo(snapshotsBefore);
        assertThat(contents(output())).isEqualTo(outputBefore);
    }

    @Test
    void readsOnlySnapshotsInNeverMode() throws Exception {
        commitSnapshot(FLUX, "models/flux-1-dev.json");

        BuildResult result = run(FetchMode.NEVER, FLUX);

        assertThat(oxen.requests()).isEmpty();
        assertThat(result.models()).containsExactly(new ModelOutcome(FLUX, ContractSource.SNAPSHOT, false, null));
        assertThat(contents(output())).isNotEmpty();
    }

    @Test
    void readsOnlySnapshotsOfflineWhateverTheMode() throws Exception {
        commitSnapshot(FLUX, "models/flux-1-dev.json");

        new ContractBuild(request(FetchMode.ALWAYS, true, Map.of(), FLUX), log).run();

        assertThat(oxen.requests()).isEmpty();
        assertThat(log.all()).contains("the build is offline");
    }

    @Test
    void withoutAnApiKeyAutoModeBuildsFromTheSnapshotsWithoutContactingOxen() throws Exception {
        commitSnapshot(FLUX, "models/flux-1-dev.json");
        // an https base URL that is not loopback: any attempt to reach it would show as a fetch failure
        BuildRequest noKey = BuildRequest.builder().models(List.of(FLUX)).basePackage("com.acme.oxen")
                .snapshotDirectory(snapshots()).outputDirectory(output())
                .fetchSettings(FetchSettings.defaults(java.net.URI.create("https://hub.oxen.invalid"))).build();

        BuildResult result = new ContractBuild(noKey, log).run();

        assertThat(result.models()).containsExactly(new ModelOutcome(FLUX, ContractSource.SNAPSHOT, false, null));
        assertThat(log.warnings()).singleElement().asString()
                .startsWith("No Oxen API key is configured").contains("without contacting Oxen");
        assertThat(contents(output())).isNotEmpty();
    }

    @Test
    void withoutAnApiKeyTheWarningSaysWhichModelIsStillFetchedForWantOfASnapshot() throws Exception {
        commitSnapshot(FLUX, "models/flux-1-dev.json");
        BuildRequest noKey = BuildRequest.builder().models(List.of(FLUX, QWEN)).basePackage("com.acme.oxen")
                .snapshotDirectory(snapshots()).outputDirectory(output())
                .fetchSettings(FetchSettings.defaults(java.net.URI.create("https://hub.oxen.invalid")).withMaxRetries(0)).build();

        assertThatThrownBy(() -> new ContractBuild(noKey, log).run()).isInstanceOf(BuildException.class)
                .hasMessageContaining("There is no snapshot at " + snapshots().resolve(QWEN + ".json"));

        assertThat(log.warnings()).first().asString()
                .startsWith("No Oxen API key is configured")
                .contains("'flux-1-dev' is built from its snapshot in " + snapshots() + " without contacting Oxen")
                .contains("'qwen-image-edit' has no snapshot and is fetched from Oxen without a key")
                .doesNotContain("building from the snapshots");
    }

    @Test
    void aRefreshThatFindsTheSameContractSaysTheContractIsUnchangedRatherThanChanged() throws Exception {
        // the full model object, as a user may have committed it: the build keeps only id, endpoint and schema
        commitSnapshot(FLUX, "models/flux-1-dev.json");
        oxen.serveModel(FLUX, Reply.json(200, Fixtures.path("models/flux-1-dev.json")));

        BuildResult result = run(FetchMode.AUTO, FLUX);

        assertThat(result.models().get(0).snapshotUpdated()).isTrue();
        assertThat(log.all()).doesNotContain("changed since").doesNotContain("no changes")
                .contains("'flux-1-dev': fetched; the contract is the snapshot's, but " + snapshots().resolve("flux-1-dev.json")
                        + " also holds text that is not part of the contract (such as fields the snapshot does not keep)")
                .contains("Updated the snapshot " + snapshots().resolve("flux-1-dev.json"));
    }

    @Test
    void saysHowToGetASnapshotWhenOneIsMissingAndFetchingIsOff() {
        assertThatThrownBy(() -> run(FetchMode.NEVER, FLUX))
                .isInstanceOf(BuildException.class)
                .hasMessage("There is no snapshot of the model 'flux-1-dev' at " + snapshots().resolve("flux-1-dev.json")
                        + ", and the fetch mode is 'never'. Run the build once online with an Oxen API key so that it"
                        + " records the snapshot, or commit the model's contract as " + snapshots().resolve("flux-1-dev.json") + ".");
    }

    @Test
    void refusesASnapshotThatHoldsAnotherModel() throws Exception {
        commitSnapshot(FLUX, "models/flux-2-dev.json");

        assertThatThrownBy(() -> run(FetchMode.NEVER, FLUX))
                .isInstanceOf(BuildException.class)
                .hasMessageContaining("must hold the model 'flux-1-dev' alone")
                .hasMessageContaining("flux-2-dev");
    }

    @Test
    void keepsSnapshotAndOutputWhenTheNewContractCannotBeGenerated() throws Exception {
        oxen.serveModel(FLUX, Reply.json(200, Fixtures.path("models/flux-1-dev.json")));
        run(FetchMode.AUTO, FLUX);
        Map<String, String> snapshotsBefore = contents(snapshots());
        Map<String, String> outputBefore = contents(output());
        oxen.serveModel(FLUX, Reply.json(200, ("{\"id\":\"flux-1-dev\",\"endpoint\":\"/images/generate\",\"request_schema\":"
                + "{\"type\":\"object\",\"properties\":{\"prompt\":{\"type\":\"banana\"}}}}").getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> run(FetchMode.AUTO, FLUX))
                .isInstanceOf(BuildException.class)
                .hasMessageContaining("flux-1-dev");
        assertThat(contents(snapshots())).isEqualTo(snapshotsBefore);
        assertThat(contents(output())).isEqualTo(outputBefore);
    }

    @Test
    void namesTheSnapshotWhenASnapshotContractCannotBeGenerated() throws Exception {
        Files.createDirectories(snapshots());
        Files.writeString(snapshots().resolve("flux-1-dev.json"), "{\"id\":\"flux-1-dev\",\"request_schema\":"
                + "{\"type\":\"object\",\"properties\":{\"prompt\":{\"type\":\"banana\"}}}}");

        assertThatThrownBy(() -> run(FetchMode.NEVER, FLUX))
                .isInstanceOf(BuildException.class)
                .hasMessageContaining("(the contract was read from the snapshot " + snapshots().resolve("flux-1-dev.json") + ")");
    }

    @Test
    void appliesAnOverlayToTheRequestSchema() throws Exception {
        String wan = "wan-v2-7-reference-to-video";
        oxen.serveModel(wan, Reply.json(200, Fixtures.path("models/wan-v2-7-reference-to-video.json")));
        new ContractBuild(request(FetchMode.AUTO, false, Map.of(), wan), log).run();
        Map<String, String> plain = contents(output());

        Path overlay = Fixtures.path("overlays/wan-v2-7-reference-to-video.documented-limits.json");
        BuildResult result = new ContractBuild(request(FetchMode.AUTO, false, Map.of(wan, overlay), wan), log).run();

        assertThat(result.upToDate()).as("an overlay changes the fingerprint").isFalse();
        assertThat(result.files().written()).isPositive();
        assertThat(contents(output())).isNotEqualTo(plain);
        assertThat(String.join("\n", contents(output()).values())).contains("5000");
    }

    @Test
    void logsAVendorKeyItDoesNotKnowAtInfoLevelWithItsPointerAndWarnsAboutNothing() throws Exception {
        oxen.serveModel(FLUX, Reply.json(200, Fixtures.path("models/flux-1-dev.json")));
        Path overlay = Files.writeString(temp.resolve("flux.overlay.json"),
                "{\"properties\": {\"prompt\": {\"x-tooltip\": \"Describe the image\"}}}");

        new ContractBuild(request(FetchMode.AUTO, false, Map.of(FLUX, overlay), FLUX), log).run();

        assertThat(log.lines()).contains("INFO model 'flux-1-dev', at #/properties/prompt/x-tooltip: vendor key 'x-tooltip'"
                + " is not one the generator knows (known: basic, renderType, x-bounding-boxes, x-hidden, x-media-references,"
                + " x-message, x-next-to, x-order, x-workbench-default); it is read as a display hint and validates nothing");
        assertThat(log.warnings()).noneMatch(warning -> warning.contains("x-tooltip"));
    }

    @Test
    void namesAnOverlayFileThatDoesNotExist() {
        oxen.serveModel(FLUX, Reply.json(200, Fixtures.path("models/flux-1-dev.json")));
        Path missing = temp.resolve("overlays/nope.json");

        assertThatThrownBy(() -> new ContractBuild(request(FetchMode.AUTO, false, Map.of(FLUX, missing), FLUX), log).run())
                .isInstanceOf(BuildException.class)
                .hasMessage(missing + ", model 'flux-1-dev': no such overlay file");
        assertThat(snapshots()).doesNotExist();
    }

    @Test
    void refusesAUnsafeBaseUrlBeforeSendingAnything() {
        BuildRequest plainHttp = BuildRequest.builder().models(List.of(FLUX)).basePackage("com.acme.oxen")
                .snapshotDirectory(snapshots()).outputDirectory(output())
                .fetchSettings(FetchSettings.defaults(java.net.URI.create("http://hub.oxen.example"))).build();

        assertThatThrownBy(() -> new ContractBuild(plainHttp, log).run()).isInstanceOf(BuildException.class);
    }
}
