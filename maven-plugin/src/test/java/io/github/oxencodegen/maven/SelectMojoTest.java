package io.github.oxencodegen.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.when;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.OxenPaths;
import io.github.oxencodegen.fake.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.invocation.Invocation;

/** The {@code <select>} parameter, as the generate and check goals pass it to the jobs. */
@MojoTest
class SelectMojoTest {
    private static final Path LIST = Path.of(System.getProperty("oxen.fixtures"), "models-list.json");

    @Inject
    private MavenSession session;

    @Inject
    private Log log;

    @TempDir
    Path temp;

    private final FakeOxen oxen = FakeOxen.start();

    @AfterEach
    void stopOxen() {
        oxen.close();
    }

    private Path snapshots() {
        return temp.resolve("src/main/oxen");
    }

    private static Select wanVideos() {
        Select select = new Select();
        select.setIds(List.of("wan-v2-7-*"));
        select.setEndpoints(List.of("/videos/generate"));
        return select;
    }

    private void configure(AbstractOxenMojo mojo, Select select) throws IllegalAccessException {
        setVariableValueToObject(mojo, "select", select);
        setVariableValueToObject(mojo, "snapshotDirectory", snapshots().toFile());
        setVariableValueToObject(mojo, "baseUrl", oxen.baseUrl().toString());
        when(session.getSettings()).thenReturn(new Settings());
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
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "packageName", value = "com.acme.oxen")
    void generateWithOnlyASelectionGeneratesWhatItMatchesAndWritesTheLock(GenerateMojo mojo) throws Exception {
        configure(mojo, wanVideos());
        setVariableValueToObject(mojo, "outputDirectory", temp.resolve("generated").toFile());
        oxen.serve("GET", OxenPaths.MODELS, Reply.json(200, LIST));

        mojo.execute();

        assertThat(temp.resolve("generated/com/acme/oxen/wan_v2_7_image_to_video")).isDirectory();
        assertThat(temp.resolve("generated/com/acme/oxen/flux_1_dev")).doesNotExist();
        String lock = Files.readString(snapshots().resolve("oxen-models.lock"), StandardCharsets.UTF_8);
        assertThat(lock).contains("\"select\": \"id=wan-v2-7-*,endpoint=/videos/generate\"",
                "\"id\": \"wan-v2-7-reference-to-video\"");
        assertThat(logged()).contains("Wrote " + snapshots().resolve("oxen-models.lock") + " (3 models selected);"
                + " commit it with the snapshots");
        assertThat(oxen.requests()).singleElement().satisfies(r -> assertThat(r.path()).isEqualTo(OxenPaths.MODELS));
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "packageName", value = "com.acme.oxen")
    void aSelectionWithNothingToSelectByIsAConfigurationError(GenerateMojo mojo) throws Exception {
        Select select = new Select();
        select.setExcludes(List.of("wan-*"));
        configure(mojo, select);
        setVariableValueToObject(mojo, "outputDirectory", temp.resolve("generated").toFile());

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Invalid oxen-maven-plugin configuration: The model selection has no filter");
        assertThat(oxen.requests()).isEmpty();
    }

    @Test
    @InjectMojo(goal = "check")
    void checkReportsALockedModelGoneFromTheListAsARemovalAndLogsWhatCameAndWent(CheckMojo mojo) throws Exception {
        configure(mojo, wanVideos());
        setVariableValueToObject(mojo, "reportDirectory", temp.resolve("target/oxen").toFile());
        Files.createDirectories(snapshots());
        Files.writeString(snapshots().resolve("oxen-models.lock"), """
                {
                  "lockVersion": 1,
                  "select": "id=wan-v2-7-*,endpoint=/videos/generate",
                  "models": [
                    { "id": "wan-v2-7-retired", "endpoint": "/videos/generate", "requestSchemaSha256": "00" }
                  ]
                }
                """);
        String text = Files.readString(Path.of(System.getProperty("oxen.fixtures"), "models", "wan-v2-7-text-to-video.json"));
        Files.writeString(snapshots().resolve("wan-v2-7-retired.json"),
                text.replace("\"wan-v2-7-text-to-video\"", "\"wan-v2-7-retired\""));
        oxen.serve("GET", OxenPaths.MODELS, Reply.json(200, LIST));

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Contract check failed (fail-on breaking): wan-v2-7-retired was removed from Oxen"
                        + " (no longer in Oxen's model list)");
        assertThat(logged()).contains("selection 'id=wan-v2-7-*,endpoint=/videos/generate': 3 appeared (wan-v2-7-image-to-video,"
                + " wan-v2-7-reference-to-video, wan-v2-7-text-to-video), 1 removed from Oxen's list (wan-v2-7-retired),"
                + " 0 no longer selected");
        assertThat(snapshots().resolve("wan-v2-7-retired.json")).exists();
    }
}
