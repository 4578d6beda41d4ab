package io.github.oxencodegen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.OxenPaths;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.fetch.FetchSettings;
import io.github.oxencodegen.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The update policy of the auto fetch mode: whom a build asks Oxen for, measured by an injected clock. */
class UpdatePolicyBuildTest {
    private static final String FLUX = "flux-1-dev";
    private static final String QWEN = "qwen-image-edit";
    private static final String KEY = "sk-update-policy-test-7f3e";
    private static final Instant FIRST = Instant.parse("2026-12-06T04:00:00Z");

    @TempDir
    Path temp;

    private final FakeOxen oxen = FakeOxen.start()
            .serveModel(FLUX, Reply.json(200, Fixtures.path("models/flux-1-dev.json")))
            .serveModel(QWEN, Reply.json(200, Fixtures.path("models/qwen-image-edit.json")));
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

    private BuildRequest request(FetchMode mode, UpdatePolicy policy, Instant now, ZoneId zone, Map<String, Path> overlays,
                                 String... models) {
        FetchSettings settings = FetchSettings.defaults(oxen.baseUrl()).withMaxRetries(0).withApiKey(KEY);
        return BuildRequest.builder().models(List.of(models)).overlays(overlays).basePackage("com.acme.oxen").fetchMode(mode)
                .snapshotDirectory(snapshots()).outputDirectory(output()).fetchSettings(settings)
                .updatePolicy(policy, Clock.fixed(now, zone)).build();
    }

    /** A build in auto mode at {@code now} (UTC), with a fresh log. */
    private BuildResult buildAt(Instant now, UpdatePolicy policy, String... models) throws BuildException {
        log = new RecordingLog();
        return new ContractBuild(request(FetchMode.AUTO, policy, now, ZoneOffset.UTC, Map.of(), models), log).run();
    }

    private int asked(String model) {
        return oxen.count("GET", OxenPaths.model(model));
    }

    @Test
    void aSecondBuildWithinTheIntervalAsksOxenForNothingParsesNothingAndSaysUntilWhen() throws Exception {
        buildAt(FIRST, UpdatePolicy.interval(60), FLUX);

        BuildResult second = buildAt(FIRST.plus(Duration.ofMinutes(59)), UpdatePolicy.interval(60), FLUX);

        assertThat(asked(FLUX)).isEqualTo(1);
        assertThat(second.upToDate()).isTrue();
        assertThat(second.models()).containsExactly(new ModelOutcome(FLUX, ContractSource.SNAPSHOT, false, null));
        assertThat(log.lines()).contains("INFO Not contacting Oxen for 'flux-1-dev' (update policy interval:60): built from"
                + " its snapshot, whose contract was fetched at 2026-12-06 04:00 +00:00; Oxen is asked again from"
                + " 2026-12-06 05:00 +00:00 (-Doxen.updatePolicy=always or mvn -U asks now)");
        assertThat(log.lines()).contains("DEBUG " + ContractBuild.UNCHANGED_INPUTS);
    }

    @Test
    void theFirstBuildOnceTheIntervalHasPassedAsksAgain() throws Exception {
        buildAt(FIRST, UpdatePolicy.interval(60), FLUX);

        buildAt(FIRST.plus(Duration.ofMinutes(60)), UpdatePolicy.interval(60), FLUX);

        assertThat(asked(FLUX)).isEqualTo(2);
        assertThat(log.all()).doesNotContain("Not contacting Oxen");
    }

    @Test
    void dailyAsksAgainOnTheFirstBuildAfterMidnightInTheClocksTimeZone() throws Exception {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo"); // 14:59 UTC is 23:59 in Tokyo
        Instant lateEvening = Instant.parse("2026-12-06T14:30:00Z");
        new ContractBuild(request(FetchMode.AUTO, UpdatePolicy.DAILY, lateEvening, tokyo, Map.of(), FLUX), log).run();

        new ContractBuild(request(FetchMode.AUTO, UpdatePolicy.DAILY, Instant.parse("2026-12-06T14:59:00Z"), tokyo, Map.of(), FLUX),
                log).run();
        assertThat(asked(FLUX)).isEqualTo(1);
        assertThat(log.all()).contains("fetched at 2026-12-06 23:30 +09:00; Oxen is asked again from 2026-12-07 00:00 +09:00");

        new ContractBuild(request(FetchMode.AUTO, UpdatePolicy.DAILY, Instant.parse("2026-12-06T15:01:00Z"), tokyo, Map.of(), FLUX),
                log).run();
        assertThat(asked(FLUX)).isEqualTo(2);
    }

    @Test
    void aFailedFetchDoesNotResetTheClock() throws Exception {
        buildAt(FIRST, UpdatePolicy.interval(60), FLUX);
        oxen.serveModel(FLUX, Reply.json(503, "{}"));

        buildAt(FIRST.plus(Duration.ofMinutes(61)), UpdatePolicy.interval(60), FLUX);
        assertThat(log.warnings()).singleElement().asString().startsWith("Using the snapshot");
        oxen.serveModel(FLUX, Reply.json(200, Fixtures.path("models/flux-1-dev.json")));
        buildAt(FIRST.plus(Duration.ofMinutes(62)), UpdatePolicy.interval(60), FLUX);

        assertThat(asked(FLUX)).isEqualTo(3);
    }

    @Test
    void aModelAddedToTheListIsFetchedWhileTheOthersWait() throws Exception {
        buildAt(FIRST, UpdatePolicy.DAILY, FLUX);

        BuildResult second = buildAt(FIRST.plus(Duration.ofMinutes(5)), UpdatePolicy.DAILY, FLUX, QWEN);

        assertThat(asked(FLUX)).isEqualTo(1);
        assertThat(asked(QWEN)).isEqualTo(1);
        assertThat(second.models()).extracting(ModelOutcome::source).containsExactly(ContractSource.SNAPSHOT, ContractSource.FETCHED);
        assertThat(log.all()).contains("Not contacting Oxen for 'flux-1-dev' (update policy daily)");
        assertThat(snapshots().resolve(QWEN + ".json")).exists();

        buildAt(FIRST.plus(Duration.ofMinutes(10)), UpdatePolicy.DAILY, FLUX, QWEN);
        assertThat(oxen.requests()).hasSize(2);
        assertThat(log.all()).contains("Not contacting Oxen for 'flux-1-dev', 'qwen-image-edit' (update policy daily): built from"
                + " their snapshots, whose contracts were fetched at the earliest at 2026-12-06 04:00 +00:00");
    }

    @Test
    void theLineNamesThreeWaitingModelsAndCountsTheRest() throws Exception {
        String[] models = {FLUX, QWEN, "flux-2-dev", "wan-v2-7-text-to-video", "wan-v2-7-image-to-video"};
        for (String model : new String[] {"flux-2-dev", "wan-v2-7-text-to-video", "wan-v2-7-image-to-video"}) {
            oxen.serveModel(model, Reply.json(200, Fixtures.path("models/" + model + ".json")));
        }
        buildAt(FIRST, UpdatePolicy.DAILY, models);

        buildAt(FIRST.plusSeconds(60), UpdatePolicy.DAILY, models);

        assertThat(oxen.requests()).hasSize(5);
        assertThat(log.lines()).anySatisfy(line -> assertThat(line).startsWith("INFO Not contacting Oxen for 5 models"
                + " ('flux-1-dev', 'qwen-image-edit', 'flux-2-dev' and 2 more) (update policy daily): built from their snapshots"));
    }

    @Test
    void aSnapshotEditedOrDeletedSinceItWasFetchedIsAskedForAgain() throws Exception {
        buildAt(FIRST, UpdatePolicy.NEVER, FLUX);
        Path snapshot = snapshots().resolve(FLUX + ".json");
        Files.writeString(snapshot, Files.readString(snapshot) + "\n");

        buildAt(FIRST.plusSeconds(60), UpdatePolicy.NEVER, FLUX);
        assertThat(asked(FLUX)).isEqualTo(2);

        Files.delete(snapshot);
        buildAt(FIRST.plusSeconds(120), UpdatePolicy.NEVER, FLUX);
        assertThat(asked(FLUX)).isEqualTo(3);
        assertThat(snapshot).exists();
    }

    @Test
    void neverAsksOnlyForModelsThisOutputFolderHasNotFetched() throws Exception {
        buildAt(FIRST, UpdatePolicy.NEVER, FLUX);

        buildAt(FIRST.plus(Duration.ofDays(400)), UpdatePolicy.NEVER, FLUX);

        assertThat(asked(FLUX)).isEqualTo(1);
        assertThat(log.all()).contains("Oxen is asked only for models this output folder has not fetched, so again after a clean build");
    }

    @Test
    void aChangedOverlayRegeneratesFromTheSnapshotWithoutAskingOxen() throws Exception {
        Path overlay = Files.writeString(temp.resolve("flux.json"), "{\"properties\":{\"prompt\":{\"maxLength\":100}}}");
        new ContractBuild(request(FetchMode.AUTO, UpdatePolicy.DAILY, FIRST, ZoneOffset.UTC, Map.of(FLUX, overlay), FLUX), log).run();
        Files.writeString(overlay, "{\"properties\":{\"prompt\":{\"maxLength\":200}}}");

        BuildResult second = new ContractBuild(request(FetchMode.AUTO, UpdatePolicy.DAILY, FIRST.plusSeconds(60), ZoneOffset.UTC,
                Map.of(FLUX, overlay), FLUX), log).run();

        assertThat(asked(FLUX)).isEqualTo(1);
        assertThat(second.upToDate()).isFalse();
        assertThat(second.files().written()).isPositive();
    }

    @Test
    void theFetchModeAlwaysAsksWhateverThePolicyAndCountsAsAContact() throws Exception {
        buildAt(FIRST, UpdatePolicy.interval(60), FLUX);

        new ContractBuild(request(FetchMode.ALWAYS, UpdatePolicy.NEVER, FIRST.plus(Duration.ofMinutes(30)), ZoneOffset.UTC,
                Map.of(), FLUX), log).run();
        assertThat(asked(FLUX)).isEqualTo(2);

        buildAt(FIRST.plus(Duration.ofMinutes(80)), UpdatePolicy.interval(60), FLUX);
        assertThat(asked(FLUX)).as("the forced fetch at 04:30 restarted the interval").isEqualTo(2);
        assertThat(log.all()).contains("fetched at 2026-12-06 04:30 +00:00; Oxen is asked again from 2026-12-06 05:30 +00:00");
    }

    @Test
    void theRecordIsAPlainFileInTheOutputFolderWithoutTheKey() throws Exception {
        buildAt(FIRST, UpdatePolicy.DAILY, FLUX);

        Path record = output().resolve(FetchRecord.FILE_NAME);
        assertThat(record).content().startsWith("oxen-codegen fetch record 1\nbase-url " + oxen.baseUrl() + "\n")
                .contains("flux-1-dev 2026-12-06T04:00:00Z ").doesNotContain(KEY);
    }

    @Test
    void underThePolicyAlwaysNothingIsRecordedSoABuildThatFindsNothingNewLeavesTheFolderAlone() throws Exception {
        buildAt(FIRST, UpdatePolicy.ALWAYS, FLUX);

        buildAt(FIRST.plusSeconds(60), UpdatePolicy.ALWAYS, FLUX);

        assertThat(asked(FLUX)).isEqualTo(2);
        assertThat(output().resolve(FetchRecord.FILE_NAME)).doesNotExist();
    }

    @Test
    void anotherServerIsAskedEvenWithinTheInterval() throws Exception {
        buildAt(FIRST, UpdatePolicy.DAILY, FLUX);
        try (FakeOxen other = FakeOxen.start().serveModel(FLUX, Reply.json(200, Fixtures.path("models/flux-1-dev.json")))) {
            FetchSettings there = FetchSettings.defaults(other.baseUrl()).withMaxRetries(0).withApiKey(KEY);
            BuildRequest request = BuildRequest.builder().models(List.of(FLUX)).basePackage("com.acme.oxen")
                    .snapshotDirectory(snapshots()).outputDirectory(output())
                    .fetchSettings(there).updatePolicy(UpdatePolicy.DAILY, Clock.fixed(FIRST.plusSeconds(60), ZoneOffset.UTC)).build();

            new ContractBuild(request, log).run();

            assertThat(other.count("GET", OxenPaths.model(FLUX))).isEqualTo(1);
        }
    }

    @Test
    void withoutAKeyTheModelsWithASnapshotAreStillBuiltFromItWhateverThePolicy() throws Exception {
        buildAt(FIRST, UpdatePolicy.ALWAYS, FLUX);
        FetchSettings noKey = FetchSettings.defaults(java.net.URI.create("https://hub.oxen.invalid")).withMaxRetries(0);
        BuildRequest request = BuildRequest.builder().models(List.of(FLUX)).basePackage("com.acme.oxen")
                .snapshotDirectory(snapshots()).outputDirectory(output())
                .fetchSettings(noKey).updatePolicy(UpdatePolicy.ALWAYS, Clock.fixed(FIRST.plusSeconds(60), ZoneOffset.UTC)).build();

        BuildResult result = new ContractBuild(request, log).run();

        assertThat(result.models()).extracting(ModelOutcome::source).containsExactly(ContractSource.SNAPSHOT);
        assertThat(log.all()).contains("No Oxen API key is configured").doesNotContain("Not contacting Oxen for");
    }
}
