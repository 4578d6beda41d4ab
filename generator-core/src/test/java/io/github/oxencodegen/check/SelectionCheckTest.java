package io.github.oxencodegen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.oxencodegen.diff.FailOn;
import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.OxenPaths;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.fetch.FetchSettings;
import io.github.oxencodegen.schema.CanonicalJson;
import io.github.oxencodegen.select.ModelFilter;
import io.github.oxencodegen.select.ModelList;
import io.github.oxencodegen.select.ModelLock;
import io.github.oxencodegen.select.SelectionUpdate;
import io.github.oxencodegen.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check of a selection: the lock's models and the new matches, from one list request, with what came and went. */
class SelectionCheckTest {
    private static final ModelFilter WAN = ModelFilter.parse("id=wan-v2-7-*");

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

    private static ObjectNode list(Predicate<String> keep) {
        ObjectNode list = (ObjectNode) Fixtures.json("models-list.json").deepCopy();
        ArrayNode data = (ArrayNode) list.get("data");
        for (int i = data.size() - 1; i >= 0; i--) {
            if (!keep.test(data.get(i).get("id").asText())) {
                data.remove(i);
            }
        }
        return list;
    }

    /** Commits the snapshots and the lock of a generate run against the list with only {@code locked}. */
    private void commitLockOf(Predicate<String> locked) throws Exception {
        ModelList list = ModelList.of(list(locked), "list");
        SelectionUpdate update = SelectionUpdate.of(WAN, list, Optional.empty(), id -> true);
        Files.createDirectories(snapshots());
        for (String id : update.lock().ids()) {
            Files.copy(Fixtures.path("models/" + id + ".json"), snapshots().resolve(id + ".json"));
        }
        update.lock().writeTo(snapshots());
    }

    private CheckResult check() throws CheckException {
        FetchSettings settings = FetchSettings.defaults(oxen.baseUrl()).withApiKey("sk-check").withMaxRetries(0);
        return new ContractChecker(CheckRequest.builder().models(List.of()).select(WAN).snapshotDirectory(snapshots())
                .reportDirectory(dir.resolve("reports")).failOn(FailOn.BREAKING).fetchSettings(settings).build()).run();
    }

    @Test
    void aLockedModelGoneFromTheListIsABreakingRemovalAndANewMatchIsCheckedAndListed() throws Exception {
        commitLockOf(id -> id.equals("wan-v2-7-text-to-video") || id.equals("wan-v2-7-image-to-video"));
        oxen.serve("GET", OxenPaths.MODELS, Reply.json(200, CanonicalJson.toBytes(list(id -> !id.equals("wan-v2-7-text-to-video")))));
        byte[] kept = Files.readAllBytes(snapshots().resolve("wan-v2-7-text-to-video.json"));
        byte[] lock = Files.readAllBytes(snapshots().resolve(ModelLock.FILE_NAME));

        CheckResult result = check();

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.removed()).singleElement().satisfies(r -> {
            assertThat(r.modelId()).isEqualTo("wan-v2-7-text-to-video");
            assertThat(r.unlisted()).isTrue();
        });
        assertThat(result.models()).extracting(ModelCheck::modelId).containsExactly("wan-v2-7-image-to-video",
                "wan-v2-7-text-to-video", "wan-v2-7-reference-to-video");
        assertThat(result.models().get(2)).isInstanceOf(ModelCheck.NoSnapshot.class);
        assertThat(result.selection()).hasValueSatisfying(changes -> {
            assertThat(changes.appeared()).containsExactly("wan-v2-7-reference-to-video");
            assertThat(changes.removed()).containsExactly("wan-v2-7-text-to-video");
        });
        assertThat(CheckReport.verdictLine(result)).isEqualTo("Contract check failed (fail-on breaking):"
                + " wan-v2-7-text-to-video was removed from Oxen (no longer in Oxen's model list)");
        assertThat(CheckReport.selectionLines(result)).containsExactly("selection 'id=wan-v2-7-*': 1 appeared"
                + " (wan-v2-7-reference-to-video), 1 removed from Oxen's list (wan-v2-7-text-to-video), 0 no longer selected");
        assertThat(oxen.requests()).singleElement().satisfies(r -> assertThat(r.path()).isEqualTo(OxenPaths.MODELS));
        assertThat(Files.readAllBytes(snapshots().resolve("wan-v2-7-text-to-video.json"))).isEqualTo(kept);
        assertThat(Files.readAllBytes(snapshots().resolve(ModelLock.FILE_NAME))).isEqualTo(lock);
    }

    @Test
    void theReportsListWhatCameAndWentInMarkdownAndJson() throws Exception {
        commitLockOf(id -> id.equals("wan-v2-7-text-to-video"));
        oxen.serve("GET", OxenPaths.MODELS, Reply.json(200, CanonicalJson.toBytes(list(id -> !id.equals("wan-v2-7-text-to-video")))));

        check();

        String markdown = Files.readString(dir.resolve("reports").resolve(CheckReport.MARKDOWN_FILE));
        assertThat(markdown).contains("## Selection\n\n`id=wan-v2-7-*`: models that came and went since the lock file.\n",
                "| `wan-v2-7-image-to-video` | appeared: listed by Oxen and selected |",
                "| `wan-v2-7-text-to-video` | removed: no longer in Oxen's model list (breaking) |");
        JsonNode json = Fixtures.json(dir.resolve("reports").resolve(CheckReport.JSON_FILE));
        assertThat(json.get("removed")).hasToString("[\"wan-v2-7-text-to-video\"]");
        assertThat(json.get("selection")).hasToString("{\"select\":\"id=wan-v2-7-*\",\"firstLock\":false,"
                + "\"appeared\":[\"wan-v2-7-image-to-video\",\"wan-v2-7-reference-to-video\"],"
                + "\"removed\":[\"wan-v2-7-text-to-video\"],\"noLongerSelected\":[]}");
    }

    @Test
    void anUnchangedSelectionPassesAndSaysNoModelCameOrWent() throws Exception {
        commitLockOf(id -> true);
        oxen.serve("GET", OxenPaths.MODELS, Reply.json(200, Fixtures.path("models-list.json")));

        CheckResult result = check();

        assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(CheckReport.selectionLines(result))
                .containsExactly("selection 'id=wan-v2-7-*': no model came or went since the lock file");
    }

    @Test
    void aSelectionWithoutALockThatCannotBeResolvedIsAnErrorNeverAPass() {
        assertThatThrownBy(() -> new ContractChecker(CheckRequest.builder().models(List.of()).select(WAN)
                .snapshotDirectory(snapshots()).reportDirectory(dir.resolve("reports"))
                .fetchNothing("the build is offline").build()).run())
                .isInstanceOf(CheckException.class)
                .hasMessage("Nothing to check: no <models> are named, and the model selection 'id=wan-v2-7-*' has no lock"
                        + " file " + snapshots().resolve(ModelLock.FILE_NAME) + " and the build is offline. Run the generate"
                        + " goal once online to resolve the selection, and commit the lock file.");
    }

    @Test
    void offlineTheLockedModelsAreNamedAsNotCheckedAndNothingIsAsked() throws Exception {
        commitLockOf(id -> true);

        CheckResult result = new ContractChecker(CheckRequest.builder().models(List.of()).select(WAN)
                .snapshotDirectory(snapshots()).reportDirectory(dir.resolve("reports"))
                .fetchNothing("the build is offline").build()).run();

        assertThat(result.notChecked()).extracting(ModelCheck::modelId).containsExactly("wan-v2-7-image-to-video",
                "wan-v2-7-reference-to-video", "wan-v2-7-text-to-video");
        assertThat(result.selection()).isEmpty();
        assertThat(oxen.requests()).isEmpty();
    }
}
