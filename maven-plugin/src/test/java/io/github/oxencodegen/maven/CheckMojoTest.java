package io.github.oxencodegen.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.when;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.invocation.Invocation;

/** The check goal's wiring: parameters, settings, offline flag and verdict mapped to a build result. */
@MojoTest
class CheckMojoTest {
    private static final String MODEL = "flux-1-dev";
    private static final String KEY = "sk-oxen-check-unit-test-5b4a3c2d";

    @Inject
    private MavenSession session;

    @Inject
    private Log log;

    @TempDir
    Path temp;

    private FakeOxen oxen;

    @BeforeEach
    void startOxen() {
        oxen = FakeOxen.start();
    }

    @AfterEach
    void stopOxen() {
        oxen.close();
    }

    private Path snapshots() {
        return temp.resolve("src/main/oxen");
    }

    private Path reports() {
        return temp.resolve("target/oxen");
    }

    private static String fixture() throws IOException {
        return Files.readString(Path.of(System.getProperty("oxen.fixtures"), "models", MODEL + ".json"));
    }

    /** Commits the fixture as the snapshot and has Oxen serve it with {@code from} replaced by {@code to}. */
    private Path oxenChanges(String from, String to) throws IOException {
        Files.createDirectories(snapshots());
        Path snapshot = Files.writeString(snapshots().resolve(MODEL + ".json"), fixture());
        String current = fixture().replace(from, to);
        assertThat(current).as("the replacement applies").isNotEqualTo(fixture());
        oxen.serveModel(MODEL, Reply.json(200, current));
        return snapshot;
    }

    private void configure(CheckMojo mojo) throws IllegalAccessException {
        setVariableValueToObject(mojo, "models", List.of(MODEL));
        setVariableValueToObject(mojo, "snapshotDirectory", snapshots().toFile());
        setVariableValueToObject(mojo, "reportDirectory", reports().toFile());
        setVariableValueToObject(mojo, "baseUrl", oxen.baseUrl().toString());
        Server server = new Server();
        server.setId("oxen");
        server.setPassword(KEY);
        Settings settings = new Settings();
        settings.addServer(server);
        when(session.getSettings()).thenReturn(settings);
    }

    private String logged() {
        StringBuilder all = new StringBuilder();
        for (Invocation call : mockingDetails(log).getInvocations()) {
            for (Object argument : call.getArguments()) {
                all.append(argument).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    @InjectMojo(goal = "check")
    void aCompatibleChangePassesLogsEachChangeAndWritesTheReports(CheckMojo mojo) throws Exception {
        configure(mojo);
        oxenChanges("\"maximum\": 50", "\"maximum\": 60");

        mojo.execute();

        assertThat(logged())
                .contains(MODEL + ": 1 change: 0 breaking, 1 compatible, 0 cosmetic")
                .contains("  COMPATIBLE /properties/num_inference_steps/maximum  num_inference_steps: maximum raised from 50 to 60")
                .contains("Contract check passed")
                .doesNotContain(KEY);
        assertThat(reports().resolve("contract-report.md")).content().contains("maximum raised from 50 to 60");
        assertThat(reports().resolve("contract-report.json")).content().contains("\"verdict\": \"passed\"");
        assertThat(oxen.requests()).extracting(request -> request.header("Authorization")).containsExactly(Optional.of("Bearer " + KEY));
    }

    @Test
    @InjectMojo(goal = "check")
    void withoutAnApiKeyTheGoalDoesNotContactOxenAndSaysEachModelWasNotChecked(CheckMojo mojo) throws Exception {
        configure(mojo);
        oxenChanges("\"maximum\": 50", "\"maximum\": 40");
        when(session.getSettings()).thenReturn(new Settings());
        // not loopback, so the key is required; an attempt to reach it would be logged as a failed fetch
        setVariableValueToObject(mojo, "baseUrl", "https://hub.oxen.invalid");

        mojo.execute();

        assertThat(logged()).contains(MODEL + ": not checked: no Oxen API key is configured")
                .contains("so Oxen was not contacted")
                .contains("Contract check incomplete");
        assertThat(oxen.requests()).isEmpty();
    }

    @Test
    @InjectMojo(goal = "check")
    void aBreakingChangeFailsTheBuildAndLeavesTheSnapshotAlone(CheckMojo mojo) throws Exception {
        configure(mojo);
        Path snapshot = oxenChanges("\"maximum\": 50", "\"maximum\": 40");
        byte[] before = Files.readAllBytes(snapshot);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Contract check failed (fail-on breaking): " + MODEL + " has 1 breaking change.")
                .hasMessageContaining(reports().resolve("contract-report.md").toString());
        assertThat(logged()).contains("  BREAKING   /properties/num_inference_steps/maximum"
                + "  num_inference_steps: maximum lowered from 50 to 40");
        assertThat(Files.readAllBytes(snapshot)).isEqualTo(before);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOn", value = "compatible")
    void failOnCompatibleFailsOnACompatibleChange(CheckMojo mojo) throws Exception {
        configure(mojo);
        oxenChanges("\"maximum\": 50", "\"maximum\": 60");

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Contract check failed (fail-on compatible): " + MODEL + " has 1 compatible change.");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOn", value = "sometimes")
    void refusesAnUnknownThresholdNamingTheAllowedOnes(CheckMojo mojo) throws Exception {
        configure(mojo);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("failOn must be one of breaking, compatible, any, none; found 'sometimes'");
        assertThat(oxen.requests()).isEmpty();
    }

    @Test
    @InjectMojo(goal = "check")
    void offlineItSaysItCouldNotCheckAndAsksNobody(CheckMojo mojo) throws Exception {
        configure(mojo);
        oxenChanges("\"maximum\": 50", "\"maximum\": 40");
        when(session.isOffline()).thenReturn(true);

        mojo.execute();

        assertThat(oxen.requests()).isEmpty();
        assertThat(logged()).contains(MODEL + ": not checked: the build is offline")
                .contains("Contract check incomplete: could not check 1 of 1 models (" + MODEL + "): the build is offline;"
                        + " nothing is claimed about their contracts")
                .doesNotContain("no changes");
        assertThat(reports().resolve("contract-report.json")).content().contains("\"verdict\": \"incomplete\"");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "fetch", value = "never")
    void withFetchNeverItSaysItCouldNotCheckAndAsksNobody(CheckMojo mojo) throws Exception {
        configure(mojo);
        oxenChanges("\"maximum\": 50", "\"maximum\": 40");

        mojo.execute();

        assertThat(oxen.requests()).isEmpty();
        assertThat(logged()).contains(MODEL + ": not checked: the fetch mode is 'never'")
                .contains("Contract check incomplete");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "fetch", value = "always")
    void aFailedFetchFailsTheBuildWhenEveryFetchMustSucceed(CheckMojo mojo) throws Exception {
        configure(mojo);
        oxenChanges("\"maximum\": 50", "\"maximum\": 40");
        oxen.clearRoutes();

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("could not fetch the current contract of " + MODEL);
        assertThat(logged()).contains(MODEL + ": not checked: ").contains("404");
    }

    @Test
    @InjectMojo(goal = "check")
    void aFailedFetchInAutoModeIsReportedAsNotCheckedAndTheBuildGoesOn(CheckMojo mojo) throws Exception {
        configure(mojo);
        oxenChanges("\"maximum\": 50", "\"maximum\": 40");
        oxen.clearRoutes();

        mojo.execute();

        assertThat(logged()).contains(MODEL + ": not checked: ").contains("Contract check incomplete");
    }
}
