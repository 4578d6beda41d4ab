package io.github.oxencodegen.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.OxenPaths;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.fetch.FetchSettings;
import io.github.oxencodegen.schema.CanonicalJson;
import io.github.oxencodegen.select.ModelFilter;
import io.github.oxencodegen.select.ModelLock;
import io.github.oxencodegen.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build that selects its models from Oxen's list, and the lock file that records them. */
class SelectionBuildTest {
    private static final Instant NOW = Instant.parse("2026-12-06T04:00:00Z");
    private static final ModelFilter WAN_VIDEOS = ModelFilter.parse("id=wan-v2-7-*,endpoint=/videos/generate");
    private static final List<String> WAN = List.of("wan-v2-7-image-to-video", "wan-v2-7-reference-to-video",
            "wan-v2-7-text-to-video");

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

    private Path lockFile() {
        return snapshots().resolve(ModelLock.FILE_NAME);
    }

    private BuildRequest.Builder request() {
        return BuildRequest.builder().models(List.of()).select(WAN_VIDEOS).basePackage("com.acme.oxen")
                .snapshotDirectory(snapshots()).outputDirectory(temp.resolve("generated"))
                .fetchSettings(FetchSettings.defaults(oxen.baseUrl()).withMaxRetries(0))
                .updatePolicy(UpdatePolicy.ALWAYS, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private BuildResult build(UnaryOperator<BuildRequest.Builder> change) throws BuildException {
        return new ContractBuild(change.apply(request()).build(), log).run();
    }

    private void serveList(Predicate<String> keep, String... extraCopiesOfWanText) {
        ObjectNode list = (ObjectNode) Fixtures.json("models-list.json").deepCopy();
        ArrayNode data = (ArrayNode) list.get("data");
        for (int i = data.size() - 1; i >= 0; i--) {
            if (!keep.test(data.get(i).get("id").asText())) {
                data.remove(i);
            }
        }
        for (String id : extraCopiesOfWanText) {
            data.add(((ObjectNode) Fixtures.json("models/wan-v2-7-text-to-video.json").deepCopy()).put("id", id));
        }
        oxen.clearRoutes().serve("GET", OxenPaths.MODELS, Reply.json(200, CanonicalJson.toBytes(list)));
    }

    private List<String> generatedPackages() throws Exception {
        Path base = temp.resolve("generated/com/acme/oxen");
        try (var dirs = Files.list(base)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> lockedIds(Path snapshotDirectory) throws Exception {
        return ModelLock.read(snapshotDirectory).orElseThrow().ids();
    }

    @Test
    void aSelectionByGlobAndEndpointGeneratesTheMatchingModelsFromOneListRequestAndLocksThem() throws Exception {
        serveList(id -> true);

        BuildResult result = build(b -> b);

        assertThat(result.models()).extracting(ModelOutcome::modelId).containsExactlyElementsOf(WAN);
        assertThat(generatedPackages()).contains("wan_v2_7_image_to_video", "wan_v2_7_reference_to_video",
                "wan_v2_7_text_to_video").doesNotContain("flux_1_dev");
        assertThat(oxen.requests()).singleElement().satisfies(r -> assertThat(r.path()).isEqualTo(OxenPaths.MODELS));
        assertThat(lockedIds(snapshots())).containsExactlyElementsOf(WAN);
        assertThat(ModelLock.read(snapshots()).orElseThrow().select()).isEqualTo(WAN_VIDEOS.toString());
        assertThat(snapshots().resolve("wan-v2-7-text-to-video.json")).exists();
        assertThat(log.all()).contains("The selection 'id=wan-v2-7-*,endpoint=/videos/generate' matches 3 models in"
                + " Oxen's list: 'wan-v2-7-image-to-video', 'wan-v2-7-reference-to-video', 'wan-v2-7-text-to-video';"
                + " recording them in " + lockFile());
    }

    @Test
    void theLockIsReusedOfflineWithoutAKeyGeneratingExactlyTheLockedModels() throws Exception {
        serveList(id -> true);
        build(b -> b);
        oxen.clearRoutes();
        int before = oxen.requests().size();
        byte[] lock = Files.readAllBytes(lockFile());
        Files.delete(temp.resolve("generated/.oxen-inputs"));

        BuildResult offline = build(b -> b.offline(true).fetchSettings(FetchSettings.defaults(oxen.baseUrl())));

        assertThat(offline.models()).extracting(ModelOutcome::modelId).containsExactlyElementsOf(WAN);
        assertThat(offline.models()).allSatisfy(m -> assertThat(m.source()).isEqualTo(ContractSource.SNAPSHOT));
        assertThat(oxen.requests()).hasSize(before);
        assertThat(Files.readAllBytes(lockFile())).isEqualTo(lock);
    }

    @Test
    void offlineALockOfAnotherSelectionStillBuildsItsModelsAndSaysTheLockIsStale() throws Exception {
        serveList(id -> true);
        build(b -> b);
        ModelFilter narrower = ModelFilter.parse("id=wan-v2-7-*,endpoint=/videos/generate,exclude=*-text-to-video");

        BuildResult offline = build(b -> b.offline(true).select(narrower));

        assertThat(offline.models()).extracting(ModelOutcome::modelId).containsExactlyElementsOf(WAN);
        assertThat(log.warnings()).contains("Building the models of the lock file, although the lock file " + lockFile()
                + " was resolved for the selection 'id=wan-v2-7-*,endpoint=/videos/generate', and the selection is now '"
                + narrower + "' (the build is offline); build online to resolve the selection again");
    }

    @Test
    void aSelectionWithoutALockCannotBeBuiltOfflineAndSaysHowToMakeOne() {
        assertThatThrownBy(() -> build(b -> b.offline(true)))
                .isInstanceOf(BuildException.class)
                .hasMessage("The model selection 'id=wan-v2-7-*,endpoint=/videos/generate' cannot be resolved: there is"
                        + " no lock file " + lockFile() + " yet, and the build is offline. Run the build once online"
                        + " (with an Oxen API key) to write the lock file, and commit it.");
        assertThat(oxen.requests()).isEmpty();
    }

    @Test
    void aModelGoneFromTheListIsABreakingRemovalBuiltFromItsKeptSnapshotAndLockedAsRemoved() throws Exception {
        serveList(id -> true);
        build(b -> b);
        Path snapshot = snapshots().resolve("wan-v2-7-text-to-video.json");
        byte[] kept = Files.readAllBytes(snapshot);
        serveList(id -> !id.equals("wan-v2-7-text-to-video"));

        BuildResult result = build(b -> b);

        assertThat(log.warnings()).contains("'wan-v2-7-text-to-video': the model was removed from Oxen since the snapshot:",
                "  BREAKING   (root)  model removed: no longer in Oxen's model list (the lock file selected it); every"
                        + " request for it will fail. The snapshot " + snapshot + " is kept, and 'wan-v2-7-text-to-video'"
                        + " generated from it, until you delete it");
        assertThat(result.models()).extracting(ModelOutcome::modelId).containsExactlyElementsOf(WAN);
        assertThat(Files.readAllBytes(snapshot)).isEqualTo(kept);
        assertThat(ModelLock.read(snapshots()).orElseThrow().entry("wan-v2-7-text-to-video"))
                .hasValueSatisfying(e -> assertThat(e.removed()).isTrue());

        Files.delete(snapshot);
        BuildResult afterDeletion = build(b -> b);

        assertThat(afterDeletion.models()).extracting(ModelOutcome::modelId).doesNotContain("wan-v2-7-text-to-video");
        assertThat(lockedIds(snapshots())).doesNotContain("wan-v2-7-text-to-video");
    }

    @Test
    void aNewlyListedMatchingModelIsFetchedGeneratedReportedAndLocked() throws Exception {
        serveList(id -> true);
        build(b -> b);
        serveList(id -> true, "wan-v2-7-speech-to-video");

        BuildResult result = build(b -> b);

        assertThat(result.models()).extracting(ModelOutcome::modelId).contains("wan-v2-7-speech-to-video");
        assertThat(generatedPackages()).contains("wan_v2_7_speech_to_video");
        assertThat(log.all()).contains("'wan-v2-7-speech-to-video': new in Oxen's list and matching the selection"
                + " 'id=wan-v2-7-*,endpoint=/videos/generate': fetched, generated and added to " + lockFile());
        assertThat(lockedIds(snapshots())).contains("wan-v2-7-speech-to-video");
    }

    @Test
    void aNarrowerSelectionStopsGeneratingTheModelsItNoLongerMatchesAndKeepsTheirSnapshots() throws Exception {
        serveList(id -> true);
        build(b -> b);

        build(b -> b.select(ModelFilter.parse("id=wan-v2-7-*,endpoint=/videos/generate,exclude=*-text-to-video")));

        assertThat(generatedPackages()).doesNotContain("wan_v2_7_text_to_video");
        assertThat(snapshots().resolve("wan-v2-7-text-to-video.json")).exists();
        assertThat(lockedIds(snapshots())).containsExactly("wan-v2-7-image-to-video", "wan-v2-7-reference-to-video");
        assertThat(log.all()).contains("'wan-v2-7-text-to-video': no longer matches the selection");
    }

    @Test
    void withinTheUpdateIntervalANoOpBuildOfALockedSelectionContactsNobody() throws Exception {
        serveList(id -> true);
        build(b -> b.updatePolicy(UpdatePolicy.DAILY, Clock.fixed(NOW, ZoneOffset.UTC)));
        int before = oxen.requests().size();

        BuildResult again = build(b -> b.updatePolicy(UpdatePolicy.DAILY, Clock.fixed(NOW.plusSeconds(600), ZoneOffset.UTC)));

        assertThat(oxen.requests()).hasSize(before);
        assertThat(again.upToDate()).isTrue();
        assertThat(again.models()).extracting(ModelOutcome::modelId).containsExactlyElementsOf(WAN);
    }

    @Test
    void manyNamedModelsAreFetchedWithOneListRequest() throws Exception {
        String[] copies = new String[CatalogFetch.LIST_THRESHOLD];
        for (int i = 0; i < copies.length; i++) {
            copies[i] = String.format("copy-%02d", i);
        }
        serveList(id -> false, copies);

        BuildResult result = build(b -> b.select(null).models(List.of(copies)));

        assertThat(result.models()).hasSize(CatalogFetch.LIST_THRESHOLD)
                .allSatisfy(m -> assertThat(m.source()).isEqualTo(ContractSource.FETCHED));
        assertThat(oxen.requests()).singleElement().satisfies(r -> assertThat(r.path()).isEqualTo(OxenPaths.MODELS));
        assertThat(lockFile()).doesNotExist();
    }

    @Test
    void aNamedModelMissingFromTheListIsAskedForAloneSoThatOxensOwn404ProvesTheRemoval() throws Exception {
        String[] copies = new String[CatalogFetch.LIST_THRESHOLD];
        for (int i = 0; i < copies.length; i++) {
            copies[i] = String.format("copy-%02d", i);
        }
        serveList(id -> false, copies);
        List<String> models = new java.util.ArrayList<>(List.of(copies));
        models.add("flux-1-dev");
        Files.createDirectories(snapshots());
        Files.copy(Fixtures.path("models/flux-1-dev.json"), snapshots().resolve("flux-1-dev.json"));

        build(b -> b.select(null).models(models));

        assertThat(oxen.requests()).extracting(r -> r.path()).containsExactly(OxenPaths.MODELS, OxenPaths.model("flux-1-dev"));
        assertThat(log.warnings()).contains("'flux-1-dev': the model was removed from Oxen since the snapshot:");
    }

    @Test
    void aListThatCannotBeFetchedLeavesTheLockedModelsBuiltFromTheirSnapshotsAndTheLockAsItWas() throws Exception {
        serveList(id -> true);
        build(b -> b);
        byte[] lock = Files.readAllBytes(lockFile());
        oxen.clearRoutes().otherwise(Reply.json(500, "{}"));
        int before = oxen.requests().size();

        BuildResult result = build(b -> b);

        assertThat(result.models()).extracting(ModelOutcome::modelId).containsExactlyElementsOf(WAN);
        assertThat(result.models()).allSatisfy(m -> assertThat(m.source()).isEqualTo(ContractSource.SNAPSHOT));
        assertThat(Files.readAllBytes(lockFile())).isEqualTo(lock);
        assertThat(oxen.requests().subList(before, oxen.requests().size())).extracting(r -> r.path())
                .containsExactlyInAnyOrder(OxenPaths.MODELS, OxenPaths.model(WAN.get(0)), OxenPaths.model(WAN.get(1)),
                        OxenPaths.model(WAN.get(2)));
        assertThat(log.warnings()).anySatisfy(w -> assertThat(w).startsWith("Oxen's model list could not be fetched, so"
                + " each model was asked for alone and the selection was not resolved again: The model list from "));
    }

    @Test
    void manyNamedModelsFromAServerWithoutTheListAreAskedForOneByOne() throws Exception {
        String[] copies = new String[CatalogFetch.LIST_THRESHOLD];
        for (int i = 0; i < copies.length; i++) {
            copies[i] = String.format("copy-%02d", i);
            String model = Files.readString(Fixtures.path("models/flux-1-dev.json")).replace("\"flux-1-dev\"",
                    "\"" + copies[i] + "\"");
            oxen.serveModel(copies[i], Reply.json(200, model));
        }
        // no list route: the fake answers 404 resource_not_found, as a mirror serving only models might

        BuildResult result = build(b -> b.select(null).models(List.of(copies)));

        assertThat(result.models()).hasSize(copies.length)
                .allSatisfy(m -> assertThat(m.source()).isEqualTo(ContractSource.FETCHED));
        assertThat(oxen.requests()).hasSize(copies.length + 1);
        assertThat(log.warnings()).anySatisfy(w -> assertThat(w).contains("there is no model list at this URL"));
    }

    @Test
    void aFailedGenerationLeavesNoLockBehind() throws Exception {
        serveList(id -> true);

        assertThatThrownBy(() -> build(b -> b.basePackage("com.acme.oxen").overlays(java.util.Map.of(
                "wan-v2-7-text-to-video", temp.resolve("no-such-overlay.json")))))
                .isInstanceOf(BuildException.class);

        assertThat(lockFile()).doesNotExist();
        assertThat(snapshots().resolve("wan-v2-7-text-to-video.json")).doesNotExist();
    }

    @Test
    void aSelectionMatchingNothingFailsTheBuildSayingSo() {
        serveList(id -> true);

        assertThatThrownBy(() -> build(b -> b.select(ModelFilter.parse("id=no-such-*"))))
                .isInstanceOf(BuildException.class)
                .hasMessageStartingWith("The selection 'id=no-such-*' matches no model with a request schema in Oxen's list");
    }
}
