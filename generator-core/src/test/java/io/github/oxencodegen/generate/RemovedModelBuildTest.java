package io.github.oxencodegen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.OxenPaths;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.fetch.FetchSettings;
import io.github.oxencodegen.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change summary of generate when Oxen says it no longer has a model. */
class RemovedModelBuildTest {
    private static final String FLUX = "flux-1-dev";
    private static final Instant NOW = Instant.parse("2026-12-06T04:00:00Z");

    @TempDir
    Path temp;

    private final FakeOxen oxen = FakeOxen.start();
    private final RecordingLog log = new RecordingLog();

    @AfterEach
    void stopOxen() {
        oxen.close();
    }

    private Path snapshot() {
        return temp.resolve("src/main/oxen").resolve(FLUX + ".json");
    }

    private BuildResult buildAt(Instant now) throws BuildException {
        FetchSettings settings = FetchSettings.defaults(oxen.baseUrl()).withMaxRetries(0);
        BuildRequest request = BuildRequest.builder().models(List.of(FLUX)).basePackage("com.acme.oxen")
                .snapshotDirectory(snapshot().getParent()).outputDirectory(temp.resolve("generated"))
                .fetchSettings(settings)
                .updatePolicy(UpdatePolicy.DAILY, Clock.fixed(now, ZoneOffset.UTC)).build();
        return new ContractBuild(request, log).run();
    }

    private byte[] commitSnapshot() throws IOException {
        Files.createDirectories(snapshot().getParent());
        Files.copy(Fixtures.path("models/flux-1-dev.json"), snapshot());
        return Files.readAllBytes(snapshot());
    }

    @Test
    void aModelOxenNoLongerHasIsReportedAsABreakingRemovalAndBuiltFromItsSnapshotWhichIsKept() throws Exception {
        byte[] before = commitSnapshot();
        // no route: the fake answers as Oxen does, 404 {"error":{"message":"Model not found: flux-1-dev"}}

        BuildResult result = buildAt(NOW);

        assertThat(log.warnings()).startsWith("'flux-1-dev': the model was removed from Oxen since the snapshot:",
                "  BREAKING   (root)  model removed: Oxen answers 404 \"Model not found: flux-1-dev\"; every request for it"
                        + " will fail. The snapshot " + snapshot() + " is kept");
        assertThat(result.models()).singleElement().satisfies(model -> {
            assertThat(model.source()).isEqualTo(ContractSource.SNAPSHOT);
            assertThat(model.fetchFailure()).contains("there is no model 'flux-1-dev'");
        });
        assertThat(Files.readAllBytes(snapshot())).isEqualTo(before);
    }

    @Test
    void aRemovalIsNoContactSoTheNextBuildAsksAgainAndSaysItAgain() throws Exception {
        commitSnapshot();
        buildAt(NOW);

        buildAt(NOW.plusSeconds(60));

        assertThat(oxen.count("GET", OxenPaths.model(FLUX))).isEqualTo(2);
        assertThat(log.warnings()).filteredOn(line -> line.contains("the model was removed from Oxen")).hasSize(2);
    }

    @Test
    void a404ThatIsNotOxensModelNotFoundIsAFailedFetchNotARemoval() throws Exception {
        commitSnapshot();
        oxen.serveModel(FLUX, Reply.body(404, "text/html", "<h1>Not Found</h1>".getBytes(StandardCharsets.UTF_8)));

        buildAt(NOW);

        assertThat(log.warnings()).singleElement().asString().startsWith("Using the snapshot " + snapshot() + " for 'flux-1-dev':")
                .contains("The server answered 404 Not Found (Content-Type: text/html), which is not Oxen's answer for a missing model")
                .doesNotContain("removed");
    }
}
