package io.github.oxencodegen.maven;

import io.github.oxencodegen.build.BuildException;
import io.github.oxencodegen.build.BuildLog;
import io.github.oxencodegen.build.BuildRequest;
import io.github.oxencodegen.build.ContractBuild;
import io.github.oxencodegen.build.FetchMode;
import io.github.oxencodegen.fetch.FetchSettings;
import java.io.File;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Generates typed request classes, enums and validators for Oxen.ai models from their request schemas,
 * fetched from Oxen or read from the snapshots committed with the project, and adds them to the
 * compile sources.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {
    /** The Java package the generated code goes under; each model gets a sub-package of its own. */
    @Parameter(property = "oxen.packageName", required = true)
    private String packageName;

    /** Ids of the Oxen models to generate, such as {@code wan-v2-7-text-to-video}. */
    @Parameter(property = "oxen.models")
    private List<String> models;

    /**
     * JSON Merge Patches (RFC 7396) applied to some models' request schemas before generation, each given as
     * {@code <overlay><model>wan-v2-7-reference-to-video</model><file>src/main/oxen/overlays/wan.json</file></overlay>}.
     */
    @Parameter
    private List<Overlay> overlays;

    /** The Oxen server; a model is read from the path {@code /api/ai/models/} and its id below it. */
    @Parameter(property = "oxen.baseUrl", defaultValue = "https://hub.oxen.ai")
    private String baseUrl;

    /**
     * When to fetch the models' contracts: {@code auto} (fetch, and on failure warn and use the snapshot),
     * {@code always} (fetch, fail the build on failure) or {@code never} (snapshots only).
     */
    @Parameter(property = "oxen.fetch", defaultValue = "auto")
    private String fetch;

    /** Where each model's contract is kept, one file per model named after its id, such as {@code flux-1-dev.json}; commit it. */
    @Parameter(property = "oxen.snapshotDirectory", defaultValue = "${project.basedir}/src/main/oxen")
    private File snapshotDirectory;

    /** Where the generated sources go; it is added to the compile source roots. */
    @Parameter(property = "oxen.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/oxen")
    private File outputDirectory;

    /** The id of the {@code settings.xml} server whose password is the Oxen API key. */
    @Parameter(property = "oxen.serverId", defaultValue = "oxen")
    private String serverId;

    /** Skips generation; the output directory is still added to the compile source roots. */
    @Parameter(property = "oxen.skip", defaultValue = "false")
    private boolean skip;

    /** Seconds to wait for a connection to Oxen. */
    @Parameter(property = "oxen.connectTimeout", defaultValue = "10")
    private int connectTimeoutSeconds;

    /** Seconds one request to Oxen may take, up to the last byte of the response. */
    @Parameter(property = "oxen.requestTimeout", defaultValue = "30")
    private int requestTimeoutSeconds;

    /** How often a request that failed in a way that may pass (connection, timeout, 429, 502-504) is retried. */
    @Parameter(property = "oxen.retries", defaultValue = "3")
    private int retries;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    private final SettingsDecrypter settingsDecrypter;

    @Inject
    public GenerateMojo(SettingsDecrypter settingsDecrypter) {
        this.settingsDecrypter = settingsDecrypter;
    }

    @Override
    public void execute() throws MojoExecutionException {
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        if (skip) {
            getLog().info("Skipping Oxen code generation (oxen.skip)");
            return;
        }
        BuildRequest request;
        try {
            FetchMode mode = FetchMode.parse(fetch);
            boolean offline = session.isOffline();
            FetchSettings settings = GoalConfiguration.fetchSettings(baseUrl, connectTimeoutSeconds, requestTimeoutSeconds,
                    retries, plugin.getVersion());
            if (!offline && mode != FetchMode.NEVER) {
                settings = GoalConfiguration.withCredentialsAndProxies(settings, session, serverId, settingsDecrypter, getLog());
            }
            request = new BuildRequest(models, GoalConfiguration.overlaysByModel(overlays), packageName, mode, offline,
                    snapshotDirectory.toPath(), outputDirectory.toPath(), settings);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid oxen-maven-plugin configuration: " + e.getMessage(), e);
        }
        try {
            new ContractBuild(request, buildLog()).run();
        } catch (BuildException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private BuildLog buildLog() {
        return new BuildLog() {
            @Override
            public void info(String message) {
                getLog().info(message);
            }

            @Override
            public void warn(String message) {
                getLog().warn(message);
            }

            @Override
            public void debug(String message) {
                getLog().debug(message);
            }
        };
    }
}
