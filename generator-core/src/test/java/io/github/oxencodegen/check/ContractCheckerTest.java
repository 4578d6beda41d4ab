package io.github.oxencodegen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.oxencodegen.diff.FailOn;
import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.fetch.FetchSettings;
import io.github.oxencodegen.schema.CanonicalJson;
import io.github.oxencodegen.schema.MergePatch;
import io.github.oxencodegen.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check against a loopback Oxen and committed snapshots in a temporary folder. */
class ContractCheckerTest {
    private static final String WAN = Fixtures.WAN;
    private static final String FLUX = "flux-2-pro";
    private static final String COMPATIBLE = """
            {"properties": {"duration": {"maximum": 20}, "enhance_prompt": {"type": "boolean", "default": false}}}
            """;
    private static final String BREAKING = """
            {"properties": {"duration": {"maximum": 10}, "seed": null}}
            """;

    private final FakeOxen oxen = FakeOxen.start();
    @TempDir
    Path dir;

    @AfterEach
    void stopServer() {
        oxen.close();
    }

    private Path snapshots() {
        return dir.resolve("src/main/oxen");
    }

    private Path reports() {
        return dir.resolve("target/oxen");
    }

    /** A fixture model object with {@code patch} merged into its request schema, as JSON text. */
    private static String model(String fixture, String patch) {
        ObjectNode model = (ObjectNode) Fixtures.json(fixture);
        model.set("request_schema", MergePatch.apply(model.get("request_schema"), Fixtures.parse(patch)));
        return CanonicalJson.toText(model);
    }

    private static String wan(String patch) {
        return model("models/" + WAN + ".json", patch);
    }

    private static String flux() {
        return model("real/" + FLUX + ".json", "{}");
    }

    /** Commits the snapshot of a model object as the generate goal records it: id, endpoint, request schema. */
    private Path commitSnapshot(String modelObject) throws IOException {
        JsonNode model = Fixtures.parse(modelObject);
        ObjectNode snapshot = (ObjectNode) Fixtures.parse("{}");
        snapshot.put("id", model.get("id").asText());
        snapshot.put("endpoint", model.get("endpoint").asText());
        snapshot.set("request_schema", model.get("request_schema"));
        Path file = snapshots().resolve(model.get("id").asText() + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, CanonicalJson.toText(snapshot));
        return file;
    }

    private FetchSettings settings() {
        return FetchSettings.defaults(oxen.baseUrl()).withApiKey("sk-check-test-key")
                .withRequestTimeout(Duration.ofSeconds(10)).withMaxRetries(0);
    }

    private CheckRequest request(List<String> models, FailOn failOn) {
        return CheckRequest.builder().models(models)
                .snapshotDirectory(snapshots()).reportDirectory(reports()).failOn(failOn)
                .fetchSettings(settings()).build();
    }

    private CheckResult check(CheckRequest request) throws CheckException {
        return new ContractChecker(request).run();
    }

    private String markdownReport() throws IOException {
        return Files.readString(reports().resolve(CheckReport.MARKDOWN_FILE));
    }

    private JsonNode jsonReport() {
        return Fixtures.json(reports().resolve(CheckReport.JSON_FILE));
    }

    @Test
    void withoutAnApiKeyNothingIsFetchedAndEveryModelIsReportedNotCheckedForThatReason() throws Exception {
        commitSnapshot(wan("{}"));
        // not loopback: an attempt to reach it would show as a failed fetch, not as "not fetched"
        FetchSettings noKey = FetchSettings.defaults(java.net.URI.create("https://hub.oxen.invalid")).withMaxRetries(0);

        CheckResult result = check(CheckRequest.builder().models(List.of(WAN))
                .snapshotDirectory(snapshots()).reportDirectory(reports()).fetchSettings(noKey).build());

        assertThat(result.models()).singleElement().isInstanceOf(ModelCheck.NotFetched.class);
        assertThat(result.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(CheckReport.lines(result)).containsExactly(WAN + ": not checked: no Oxen API key is configured (a <server>"
                + " in settings.xml, or the OXEN_API_KEY environment variable), so Oxen was not contacted");
    }

    @Test
    void aCompatibleChangePassesAndIsReported() throws Exception {
        commitSnapshot(wan("{}"));
        oxen.serveModel(WAN, Reply.json(200, wan(COMPATIBLE)));

        CheckResult result = check(request(List.of(WAN), FailOn.BREAKING));

        assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(CheckReport.lines(result)).containsExactly(
                WAN + ": 2 changes: 0 breaking, 2 compatible, 0 cosmetic",
                "  COMPATIBLE /properties/duration/maximum  duration: maximum raised from 15 to 20",
                "  COMPATIBLE /properties/enhance_prompt  enhance_prompt: new optional property");
        assertThat(CheckReport.verdictLine(result))
                .isEqualTo("Contract check passed: 1 model compared with its snapshot, no changes that meet fail-on breaking");
        assertThat(markdownReport()).startsWith("# Contract check\n\nContract check passed")
                .contains("maximum raised from 15 to 20");
        assertThat(jsonReport().path("verdict").asText()).isEqualTo("passed");
        assertThat(jsonReport().path("models").get(0).path("counts").path("compatible").asInt()).isEqualTo(2);
    }

    @Test
    void aBreakingChangeFailsNamingEachChange() throws Exception {
        commitSnapshot(wan("{}"));
        oxen.serveModel(WAN, Reply.json(200, wan(BREAKING)));

        CheckResult result = check(request(List.of(WAN), FailOn.BREAKING));

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(CheckReport.lines(result)).containsExactly(
                WAN + ": 2 changes: 2 breaking, 0 compatible, 0 cosmetic",
                "  BREAKING   /properties/duration/maximum  duration: maximum lowered from 15 to 10",
                "  BREAKING   /properties/seed  seed: property removed");
        assertThat(CheckReport.verdictLine(result))
                .isEqualTo("Contract check failed (fail-on breaking): " + WAN + " has 2 breaking changes");
        assertThat(jsonReport().path("verdict").asText()).isEqualTo("failed");
        assertThat(jsonReport().path("models").get(0).path("changes")).hasSize(2);
    }

    @Test
    void theCheckNeverTouchesASnapshot() throws Exception {
        Path snapshot = commitSnapshot(wan("{}"));
        Files.setLastModifiedTime(snapshot, FileTime.fromMillis(1_000_000_000_000L));
        byte[] before = Files.readAllBytes(snapshot);
        oxen.serveModel(WAN, Reply.json(200, wan(BREAKING))).serveModel(FLUX, Reply.json(200, flux()));

        check(request(List.of(WAN, FLUX), FailOn.NONE));

        assertThat(Files.readAllBytes(snapshot)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(snapshot).toMillis()).isEqualTo(1_000_000_000_000L);
        try (Stream<Path> files = Files.list(snapshots())) {
            assertThat(files).containsExactly(snapshot);
        }
    }

    @Test
    void theThresholdDecidesWhatFails() throws Exception {
        commitSnapshot(wan("{}"));
        oxen.serveModel(WAN, Reply.json(200, wan(COMPATIBLE)));
        assertThat(check(request(List.of(WAN), FailOn.COMPATIBLE)).verdict()).isEqualTo(Verdict.FAILED);
        assertThat(check(request(List.of(WAN), FailOn.ANY)).verdict()).isEqualTo(Verdict.FAILED);

        oxen.serveModel(WAN, Reply.json(200, wan(BREAKING)));
        CheckResult reportOnly = check(request(List.of(WAN), FailOn.NONE));
        assertThat(reportOnly.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(CheckReport.lines(reportOnly)).hasSize(3);
    }

    @Test
    void offlineNothingIsFetchedAndTheCheckSaysItCouldNotCheck() throws Exception {
        commitSnapshot(wan("{}"));
        commitSnapshot(flux());
        CheckRequest offline = CheckRequest.builder().models(List.of(WAN, FLUX))
                .snapshotDirectory(snapshots()).reportDirectory(reports())
                .fetchNothing("the build is offline").fetchFailureFails(true).build();

        CheckResult result = check(offline);

        assertThat(oxen.requests()).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(CheckReport.lines(result)).containsExactly(
                WAN + ": not checked: the build is offline",
                FLUX + ": not checked: the build is offline");
        assertThat(CheckReport.verdictLine(result)).isEqualTo("Contract check incomplete: could not check 2 of 2 models ("
                + WAN + ", " + FLUX + "): the build is offline; nothing is claimed about their contracts");
        assertThat(markdownReport()).doesNotContainIgnoringCase("no changes").contains("| `" + FLUX + "` | not checked |");
        assertThat(jsonReport().path("verdict").asText()).isEqualTo("incomplete");
        assertThat(jsonReport().path("models")).isEmpty();
        assertThat(jsonReport().path("notCompared")).hasSize(2);
    }

    @Test
    void aFailedFetchIsReportedAsNotCheckedAndFailsOnlyWhenFetchesMustSucceed() throws Exception {
        commitSnapshot(wan("{}"));
        commitSnapshot(flux());
        oxen.serveModel(FLUX, Reply.json(200, flux()));
        oxen.serveModel(WAN, Reply.json(500, "{}"));

        CheckResult lenient = check(request(List.of(WAN, FLUX), FailOn.BREAKING));

        assertThat(lenient.verdict()).isEqualTo(Verdict.INCOMPLETE);
        List<String> lines = CheckReport.lines(lenient);
        assertThat(lines.get(0)).startsWith(WAN + ": not checked: ").contains("500").contains("/api/ai/models/" + WAN);
        assertThat(lines.get(1)).isEqualTo(FLUX + ": no changes");
        assertThat(CheckReport.verdictLine(lenient)).isEqualTo("Contract check incomplete: could not check 1 of 2 models ("
                + WAN + "); nothing is claimed about their contracts; the 1 compared model has no changes that meet fail-on breaking");

        CheckResult strict = check(CheckRequest.builder().models(List.of(WAN, FLUX))
                .snapshotDirectory(snapshots()).reportDirectory(reports())
                .fetchSettings(settings()).fetchFailureFails(true).build());
        assertThat(strict.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(CheckReport.verdictLine(strict)).isEqualTo("Contract check failed (fail-on breaking): could not fetch"
                + " the current contract of " + WAN + ", and a failed fetch fails the check");
    }

    @Test
    void theApiKeyAppearsInNoReportWhenOxenRefusesIt() throws Exception {
        commitSnapshot(wan("{}"));
        oxen.serveModel(WAN, Reply.json(401, "{\"error\":{\"type\":\"unauthenticated\",\"title\":\"Unauthenticated\"},\"status\":\"error\"}"));

        CheckResult result = check(request(List.of(WAN), FailOn.BREAKING));

        assertThat(result.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(markdownReport()).contains("401").doesNotContain("sk-check-test-key");
        assertThat(Files.readString(reports().resolve(CheckReport.JSON_FILE))).doesNotContain("sk-check-test-key");
        assertThat(String.join("\n", CheckReport.lines(result))).doesNotContain("sk-check-test-key");
    }

    @Test
    void aModelWithoutSnapshotIsNewWithNothingToCompare() throws Exception {
        oxen.serveModel(FLUX, Reply.json(200, flux()));

        CheckResult result = check(request(List.of(FLUX), FailOn.ANY));

        assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(CheckReport.lines(result)).containsExactly(FLUX + ": new: nothing to compare: there is no snapshot at "
                + snapshots().resolve(FLUX + ".json") + " yet (the generate goal records it)");
        assertThat(CheckReport.verdictLine(result)).endsWith("; 1 new without a snapshot");
        assertThat(Files.exists(snapshots().resolve(FLUX + ".json"))).isFalse();
    }

    @Test
    void theOverlayIsAppliedToTheSnapshotAndTheCurrentContractAlike() throws Exception {
        Path overlay = Fixtures.path("overlays/" + WAN + ".documented-limits.json");
        commitSnapshot(wan("{}"));
        // Oxen now publishes the limits the overlay adds: with the overlay on both sides, nothing changed
        oxen.serveModel(WAN, Reply.json(200, wan(Files.readString(overlay))));

        CheckResult withOverlay = check(CheckRequest.builder().models(List.of(WAN)).overlays(Map.of(WAN, overlay))
                .snapshotDirectory(snapshots()).reportDirectory(reports()).fetchSettings(settings()).build());
        assertThat(CheckReport.lines(withOverlay)).containsExactly(WAN + ": no changes");

        CheckResult withoutOverlay = check(request(List.of(WAN), FailOn.BREAKING));
        assertThat(withoutOverlay.verdict()).isEqualTo(Verdict.FAILED);
    }

    @Test
    void modelsAreFetchedAtOnceAndReportedInTheOrderConfigured() throws Exception {
        commitSnapshot(wan("{}"));
        commitSnapshot(flux());
        oxen.serveModel(WAN, Reply.json(200, wan("{}"))).serveModel(FLUX, Reply.json(200, flux())).answerInGroupsOf(2);

        CheckResult result = check(request(List.of(FLUX, WAN), FailOn.BREAKING));

        assertThat(CheckReport.lines(result)).containsExactly(FLUX + ": no changes", WAN + ": no changes");
        assertThat(oxen.requests()).hasSize(2);
    }

    @Test
    void theSameInputWritesTheSameReportBytes() throws Exception {
        commitSnapshot(wan("{}"));
        oxen.serveModel(WAN, Reply.json(200, wan(BREAKING)));
        check(request(List.of(WAN), FailOn.BREAKING));
        byte[] markdown = Files.readAllBytes(reports().resolve(CheckReport.MARKDOWN_FILE));
        byte[] json = Files.readAllBytes(reports().resolve(CheckReport.JSON_FILE));

        check(request(List.of(WAN), FailOn.BREAKING));

        assertThat(Files.readAllBytes(reports().resolve(CheckReport.MARKDOWN_FILE))).isEqualTo(markdown);
        assertThat(Files.readAllBytes(reports().resolve(CheckReport.JSON_FILE))).isEqualTo(json);
    }

    @Test
    void aBrokenSnapshotStopsTheCheckNamingTheFileAndLeavesNoEarlierReport() throws Exception {
        commitSnapshot(wan("{}"));
        oxen.serveModel(WAN, Reply.json(200, wan("{}")));
        check(request(List.of(WAN), FailOn.BREAKING));
        assertThat(reports().resolve(CheckReport.MARKDOWN_FILE)).exists();
        Files.writeString(snapshots().resolve(WAN + ".json"), "{\"id\": \"" + WAN + "\",\n \"request_schema\": {]}");

        assertThatThrownBy(() -> check(request(List.of(WAN), FailOn.BREAKING)))
                .isInstanceOf(CheckException.class)
                .hasMessageContaining(WAN + ".json").hasMessageContaining("line 2");
        assertThat(reports().resolve(CheckReport.MARKDOWN_FILE)).doesNotExist();
        assertThat(reports().resolve(CheckReport.JSON_FILE)).doesNotExist();
    }

    @Test
    void aSnapshotOfAnotherModelStopsTheCheck() throws Exception {
        Path wrong = snapshots().resolve(WAN + ".json");
        Files.createDirectories(snapshots());
        Files.writeString(wrong, flux());
        oxen.serveModel(WAN, Reply.json(200, wan("{}")));

        assertThatThrownBy(() -> check(request(List.of(WAN), FailOn.BREAKING)))
                .isInstanceOf(CheckException.class)
                .hasMessageContaining("must hold the model '" + WAN + "' alone").hasMessageContaining(FLUX);
    }

    @Test
    void aMissingOverlayStopsTheCheckBeforeAnythingIsFetched() {
        Path missing = dir.resolve("limits.json");
        CheckRequest request = CheckRequest.builder().models(List.of(WAN)).overlays(Map.of(WAN, missing))
                .snapshotDirectory(snapshots()).reportDirectory(reports()).fetchSettings(settings()).build();

        assertThatThrownBy(() -> check(request)).isInstanceOf(CheckException.class)
                .hasMessage(missing + ", model '" + WAN + "': no such overlay file");
        assertThat(oxen.requests()).isEmpty();
    }

    @Test
    void aBaseUrlThatWouldLeakTheKeyStopsTheCheck() {
        CheckRequest request = CheckRequest.builder().models(List.of(WAN))
                .snapshotDirectory(snapshots()).reportDirectory(reports())
                .fetchSettings(settings().withBaseUrl(java.net.URI.create("http://oxen.example.com"))).build();

        assertThatThrownBy(() -> check(request)).isInstanceOf(CheckException.class).hasMessageContaining("plain http");
    }
}
