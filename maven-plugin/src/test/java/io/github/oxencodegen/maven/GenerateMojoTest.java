package io.github.oxencodegen.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.Reply;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.invocation.Invocation;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;

@MojoTest
class GenerateMojoTest {
    @Inject
    private MavenSession session;

    @Inject
    private MavenProject project;

    @Inject
    private Log log;

    @TempDir
    Path temp;

    private Path output() {
        return temp.resolve("generated");
    }

    private Path snapshots() {
        return temp.resolve("snapshots");
    }

    private void configure(GenerateMojo mojo, String... models) throws IllegalAccessException {
        setVariableValueToObject(mojo, "models", List.of(models));
        setVariableValueToObject(mojo, "outputDirectory", output().toFile());
        setVariableValueToObject(mojo, "snapshotDirectory", snapshots().toFile());
    }

    /** Everything the mojo logged, at any level. */
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
    @MojoParameter(name = "skip", value = "true")
    void registersTheOutputDirectoryAsASourceRootEvenWhenSkipping(GenerateMojo mojo) throws Exception {
        configure(mojo, "flux-1-dev");

        mojo.execute();

        assertThat(project.getCompileSourceRoots()).contains(output().toAbsolutePath().toString());
        assertThat(output()).doesNotExist();
        assertThat(logged()).contains("Skipping Oxen code generation");
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "packageName", value = "com.acme.oxen")
    @MojoParameter(name = "fetch", value = "sometimes")
    void refusesAnUnknownFetchModeNamingTheAllowedOnes(GenerateMojo mojo) throws Exception {
        configure(mojo, "flux-1-dev");

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("'sometimes' is not a fetch mode")
                .hasMessageContaining("auto")
                .hasMessageContaining("always")
                .hasMessageContaining("never");
        assertThat(project.getCompileSourceRoots()).contains(output().toAbsolutePath().toString());
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "packageName", value = "com.acme.oxen")
    void refusesAConfigurationWithoutModels(GenerateMojo mojo) throws Exception {
        configure(mojo);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("No models to generate");
    }

    @Test
    @InjectMojo(goal = "generate")
    void refusesAMissingPackageNameNamingTheParameter(GenerateMojo mojo) throws Exception {
        configure(mojo, "flux-1-dev");

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("Invalid oxen-maven-plugin configuration: <packageName> is not set: name the Java package"
                        + " the generated code goes under, such as com.acme.oxen");
        assertThat(output()).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "packageName", value = "com.acme.oxen")
    void failsOfflineWithoutASnapshotSayingHowToFixIt(GenerateMojo mojo) throws Exception {
        configure(mojo, "flux-1-dev");
        when(session.isOffline()).thenReturn(true);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("There is no snapshot of the model 'flux-1-dev'")
                .hasMessageContaining("the build is offline")
                .hasMessageContaining("commit the model's contract as " + snapshots().resolve("flux-1-dev.json"));
        assertThat(output()).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "packageName", value = "com.acme.oxen")
    @MojoParameter(name = "fetch", value = "never")
    @MojoParameter(name = "baseUrl", value = "http://127.0.0.1:9")
    void generatesFromTheCommittedSnapshotWhenFetchIsNever(GenerateMojo mojo) throws Exception {
        configure(mojo, "flux-1-dev");
        Files.createDirectories(snapshots());
        Files.copy(Path.of(System.getProperty("oxen.fixtures"), "models", "flux-1-dev.json"), snapshots().resolve("flux-1-dev.json"));

        mojo.execute();

        assertThat(output().resolve("com/acme/oxen/flux_1_dev/Flux1DevRequest.java")).isRegularFile();
        assertThat(project.getCompileSourceRoots()).contains(output().toAbsolutePath().toString());
        assertThat(logged()).contains("the fetch mode is 'never'").contains("Generated 1 model(s)");
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "packageName", value = "com.acme.oxen")
    @MojoParameter(name = "fetch", value = "never")
    @MojoParameter(name = "baseUrl", value = "http://127.0.0.1:9")
    void generateClientFalseBuildsOnlyTheModelsAndRemovesAClientGeneratedBefore(GenerateMojo mojo) throws Exception {
        configure(mojo, "flux-1-dev");
        Files.createDirectories(snapshots());
        Files.copy(Path.of(System.getProperty("oxen.fixtures"), "models", "flux-1-dev.json"), snapshots().resolve("flux-1-dev.json"));
        setVariableValueToObject(mojo, "generateClient", true);
        mojo.execute();
        assertThat(output().resolve("com/acme/oxen/OxenClient.java")).isRegularFile();

        setVariableValueToObject(mojo, "generateClient", false);
        mojo.execute();

        assertThat(output().resolve("com/acme/oxen/OxenClient.java")).doesNotExist();
        assertThat(output().resolve("com/acme/oxen/Violation.java")).isRegularFile();
        assertThat(output().resolve("com/acme/oxen/flux_1_dev/Flux1DevRequest.java")).content().doesNotContain("OxenRequest");
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "packageName", value = "com.acme.oxen")
    @MojoParameter(name = "fetch", value = "never")
    @MojoParameter(name = "baseUrl", value = "http://127.0.0.1:9")
    void plainBuildersTrueRegeneratesStagedBuildersAsPlainOnes(GenerateMojo mojo) throws Exception {
        configure(mojo, "flux-1-dev");
        Files.createDirectories(snapshots());
        Files.copy(Path.of(System.getProperty("oxen.fixtures"), "models", "flux-1-dev.json"), snapshots().resolve("flux-1-dev.json"));
        Path request = output().resolve("com/acme/oxen/flux_1_dev/Flux1DevRequest.java");
        mojo.execute();
        assertThat(request).content().contains("public static PromptStep builder()");

        setVariableValueToObject(mojo, "plainBuilders", true);
        mojo.execute();

        assertThat(request).content().contains("public static Builder builder()").doesNotContain("PromptStep");
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "packageName", value = "com.acme.oxen")
    @MojoParameter(name = "fetch", value = "never")
    @MojoParameter(name = "baseUrl", value = "http://127.0.0.1:9")
    void aSecondBuildFromUnchangedSnapshotsIsUpToDateWithoutParsingAndWithoutReadingTheSettings(GenerateMojo mojo)
            throws Exception {
        configure(mojo, "flux-1-dev");
        Files.createDirectories(snapshots());
        Files.copy(Path.of(System.getProperty("oxen.fixtures"), "models", "flux-1-dev.json"), snapshots().resolve("flux-1-dev.json"));
        mojo.execute();
        assertThat(logged()).doesNotContain("no contract was parsed");

        mojo.execute();

        assertThat(logged()).contains("no contract was parsed").contains("Generated sources are up to date (1 model(s))");
        verify(session, never()).getSettings();
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "packageName", value = "com.acme.oxen")
    @MojoParameter(name = "retries", value = "0")
    void sendsTheDecryptedSettingsPasswordAsTheKeyAndNeverLogsIt(GenerateMojo mojo) throws Exception {
        String key = "sk-oxen-unit-test-9f8e7d6c";
        String master = "master-of-this-test";
        DefaultPlexusCipher cipher = new DefaultPlexusCipher();
        Path security = temp.resolve("settings-security.xml");
        Files.writeString(security, "<settingsSecurity><master>" + cipher.encryptAndDecorate(master, "settings.security")
                + "</master></settingsSecurity>");
        Server server = new Server();
        server.setId("oxen");
        server.setPassword(cipher.encryptAndDecorate(key, master));
        Settings settings = new Settings();
        settings.addServer(server);
        when(session.getSettings()).thenReturn(settings);

        FakeOxen oxen = FakeOxen.start()
                .otherwise(Reply.json(401, "{\"error\":{\"title\":\"You are not authenticated.\",\"type\":\"unauthenticated\"}}"));
        String previousLocation = System.getProperty("settings.security");
        System.setProperty("settings.security", security.toString());
        try {
            configure(mojo, "flux-1-dev");
            setVariableValueToObject(mojo, "baseUrl", oxen.baseUrl().toString());

            assertThatThrownBy(mojo::execute)
                    .isInstanceOf(MojoExecutionException.class)
                    .hasMessageContaining("401")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(key));
        } finally {
            oxen.close();
            if (previousLocation == null) {
                System.clearProperty("settings.security");
            } else {
                System.setProperty("settings.security", previousLocation);
            }
        }
        assertThat(oxen.requests()).isNotEmpty().allSatisfy(request -> {
            assertThat(request.header("Authorization")).contains("Bearer " + key);
            assertThat(request.header("User-Agent")).hasValueSatisfying(agent -> assertThat(agent).matches("oxen-maven-plugin/\\d.*"));
        });
        assertThat(logged()).doesNotContain(key).contains("server 'oxen' in settings.xml");
        assertThat(snapshots()).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "packageName", value = "com.acme.oxen")
    @MojoParameter(name = "updatePolicy", value = "interval:600")
    void aSecondBuildWithinTheUpdateIntervalAsksOxenNothingAndSaysUntilWhen(GenerateMojo mojo) throws Exception {
        configure(mojo, "flux-1-dev");
        when(session.getSettings()).thenReturn(new Settings());
        try (FakeOxen oxen = FakeOxen.start().serveModel("flux-1-dev",
                Reply.json(200, Path.of(System.getProperty("oxen.fixtures"), "models", "flux-1-dev.json")))) {
            setVariableValueToObject(mojo, "baseUrl", oxen.baseUrl().toString());
            mojo.execute();

            mojo.execute();

            assertThat(oxen.requests()).hasSize(1);
        }
        assertThat(logged()).contains("Not contacting Oxen for 'flux-1-dev' (update policy interval:600): built from its snapshot,"
                + " whose contract was fetched at ").contains("; Oxen is asked again from ")
                .contains("Generated sources are up to date (1 model(s))");
        assertThat(output().resolve(".oxen-fetched")).content().contains("flux-1-dev ");
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "packageName", value = "com.acme.oxen")
    @MojoParameter(name = "updatePolicy", value = "never")
    void mavensUpdateFlagAsksOxenWhateverThePolicy(GenerateMojo mojo) throws Exception {
        configure(mojo, "flux-1-dev");
        when(session.getSettings()).thenReturn(new Settings());
        try (FakeOxen oxen = FakeOxen.start().serveModel("flux-1-dev",
                Reply.json(200, Path.of(System.getProperty("oxen.fixtures"), "models", "flux-1-dev.json")))) {
            setVariableValueToObject(mojo, "baseUrl", oxen.baseUrl().toString());
            mojo.execute();
            when(session.getRequest()).thenReturn(new DefaultMavenExecutionRequest().setUpdateSnapshots(true));

            mojo.execute();

            assertThat(oxen.requests()).hasSize(2);
        }
        assertThat(logged()).contains("Asking Oxen for every contract (mvn -U), whatever the update policy never");
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "packageName", value = "com.acme.oxen")
    @MojoParameter(name = "updatePolicy", value = "hourly")
    void refusesAnUnknownUpdatePolicyNamingTheAllowedOnes(GenerateMojo mojo) throws Exception {
        configure(mojo, "flux-1-dev");

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Invalid oxen-maven-plugin configuration: 'hourly' is not an update policy; use always")
                .hasMessageContaining("interval:MINUTES");
    }

    @Test
    void declaresTheMavenVersionItNeedsAndItsGoalPrefix() throws Exception {
        String descriptor = Files.readString(new File(getClass().getResource("/META-INF/maven/plugin.xml").toURI()).toPath());

        assertThat(descriptor).contains("<goalPrefix>oxen</goalPrefix>").contains("<requiredMavenVersion>3.8.7</requiredMavenVersion>");
        assertThat(descriptor).as("the default update policy, as Maven's own").contains("<updatePolicy implementation=\"java.lang.String\""
                + " default-value=\"daily\">${oxen.updatePolicy}</updatePolicy>");
    }
}
