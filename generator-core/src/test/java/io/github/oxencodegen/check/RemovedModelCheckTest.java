package io.github.oxencodegen.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.diff.FailOn;
import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.fetch.FetchSettings;
import io.github.oxencodegen.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model Oxen answers "Model not found" for is a breaking removal; any other 404 is only a failed fetch. */
class RemovedModelCheckTest {
    private static final String GONE = "kling-video-o3-pro";
    private static final String FLUX = "flux-2-pro";

    @TempDir
    Path dir;

    private final FakeOxen oxen = FakeOxen.start();

    @AfterEach
    void stopServer() {
        oxen.close();
    }

    private Path snapshots() {
        return dir.resolve("snapshots");
    }

    private Path reports() {
        return dir.resolve("reports");
    }

    /** Commits a snapshot of {@code id}: the flux-2-pro fixture under that id. */
    private Path commitSnapshot(String id) throws IOException {
        Files.createDirectories(snapshots());
        String model = text("real/" + FLUX + ".json").replace("\"" + FLUX + "\"", "\"" + id + "\"");
        return Files.writeString(snapshots().resolve(id + ".json"), model);
    }

    private static String text(String fixture) {
        return new String(Fixtures.bytes(fixture), StandardCharsets.UTF_8);
    }

    /** Oxen's own 404 for a missing model, as recorded, naming {@code id}. */
    private static Reply modelNotFound(String id) {
        return Reply.json(404, text("errors/get-model-404-model-not-found.json").replace("wan-v9-9-does-not-exist", id));
    }

    private CheckResult check(FailOn failOn, boolean fetchFailureFails, String... models) throws CheckException {
        FetchSettings settings = FetchSettings.defaults(oxen.baseUrl()).withApiKey("sk-check-test-key").withMaxRetries(0);
        return new ContractChecker(CheckRequest.builder().models(List.of(models))
                .snapshotDirectory(snapshots()).reportDirectory(reports()).failOn(failOn)
                .fetchSettings(settings).fetchFailureFails(fetchFailureFails).build()).run();
    }

    private String markdownReport() throws IOException {
        return Files.readString(reports().resolve(CheckReport.MARKDOWN_FILE));
    }

    private JsonNode jsonReport() {
        return Fixtures.json(reports().resolve(CheckReport.JSON_FILE));
    }

    @Test
    void aModelOxenSaysItNoLongerHasIsABreakingRemovalInTheLogTheMarkdownAndTheJson() throws Exception {
        Path snapshot = commitSnapshot(GONE);
        byte[] before = Files.readAllBytes(snapshot);
        commitSnapshot(FLUX);
        oxen.serveModel(GONE, modelNotFound(GONE));
        oxen.serveModel(FLUX, Reply.json(200, Fixtures.path("real/" + FLUX + ".json")));

        CheckResult result = check(FailOn.BREAKING, false, GONE, FLUX);

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.notChecked()).isEmpty();
        String removal = "model removed: Oxen answers 404 \"Model not found: " + GONE + "\"; every request for it will fail."
                + " The snapshot " + snapshot + " is kept";
        assertThat(CheckReport.lines(result)).containsExactly(
                GONE + ": 1 change: 1 breaking, 0 compatible, 0 cosmetic",
                "  BREAKING   (root)  " + removal,
                FLUX + ": no changes");
        assertThat(CheckReport.verdictLine(result)).isEqualTo("Contract check failed (fail-on breaking): " + GONE
                + " was removed from Oxen (Oxen answers 404 \"Model not found\")");
        assertThat(markdownReport()).contains("| (root) | (root) | `model-removed` | model removed: Oxen answers 404")
                .doesNotContain("## Not compared").doesNotContain("not checked");
        JsonNode json = jsonReport();
        assertThat(json.path("verdict").asText()).isEqualTo("failed");
        assertThat(json.path("removed")).hasSize(1);
        assertThat(json.path("removed").get(0).asText()).isEqualTo(GONE);
        assertThat(json.path("models").get(0).path("modelId").asText()).isEqualTo(GONE);
        assertThat(json.path("models").get(0).path("newSha256").isNull()).isTrue();
        assertThat(json.path("models").get(0).path("oldSha256").asText()).hasSize(64);
        assertThat(json.path("models").get(0).path("changes").get(0).path("kind").asText()).isEqualTo("model-removed");
        assertThat(json.path("models").get(0).path("changes").get(0).path("severity").asText()).isEqualTo("breaking");
        assertThat(json.path("notCompared")).isEmpty();
        assertThat(Files.readAllBytes(snapshot)).as("the snapshot is kept as it was").isEqualTo(before);
    }

    @Test
    void underFailOnNoneTheCheckPassesAndStillNamesTheRemovedModel() throws Exception {
        commitSnapshot(GONE);
        oxen.serveModel(GONE, modelNotFound(GONE));

        CheckResult result = check(FailOn.NONE, false, GONE);

        assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(CheckReport.verdictLine(result)).isEqualTo("Contract check passed: 0 models compared with their snapshots,"
                + " no changes that meet fail-on none; 1 removed from Oxen (" + GONE + ")");
    }

    @Test
    void aRemovalIsAFindingNotAFailedFetchEvenWhenEveryFetchMustSucceed() throws Exception {
        commitSnapshot(GONE);
        oxen.serveModel(GONE, modelNotFound(GONE));

        CheckResult result = check(FailOn.BREAKING, true, GONE);

        assertThat(CheckReport.verdictLine(result)).isEqualTo("Contract check failed (fail-on breaking): " + GONE
                + " was removed from Oxen (Oxen answers 404 \"Model not found\")");
    }

    @Test
    void aModelWithoutASnapshotThatOxenDoesNotKnowIsRemovedAndTheReportSaysToCheckTheId() throws Exception {
        oxen.serveModel(GONE, modelNotFound(GONE));

        CheckResult result = check(FailOn.BREAKING, false, GONE);

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(CheckReport.lines(result)).contains("  BREAKING   (root)  model removed: Oxen answers 404 \"Model not found: "
                + GONE + "\"; every request for it will fail. There is no snapshot at " + snapshots().resolve(GONE + ".json")
                + " either: check the model id");
        assertThat(jsonReport().path("models").get(0).path("oldSha256").isNull()).isTrue();
    }

    @Test
    void a404ThatIsNotOxensModelNotFoundIsNotCheckedNeverRemoved() throws Exception {
        commitSnapshot(GONE);
        commitSnapshot(FLUX);
        oxen.serveModel(GONE, Reply.body(404, "text/html", "<html>Not Found</html>".getBytes(StandardCharsets.UTF_8)));
        oxen.serveModel(FLUX, Reply.json(404, Fixtures.path("errors/queue-404-resource-not-found.json")));

        CheckResult result = check(FailOn.BREAKING, false, GONE, FLUX);

        assertThat(result.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(result.removed()).isEmpty();
        assertThat(CheckReport.lines(result)).allSatisfy(line -> assertThat(line).contains(": not checked: Model '")
                .contains(": The server answered 404 Not Found").contains("which is not Oxen's answer for a missing model"));
        assertThat(jsonReport().path("removed")).isEmpty();
    }
}
