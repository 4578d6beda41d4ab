package io.github.oxencodegen.maven;

import io.github.oxencodegen.build.BuildException;
import io.github.oxencodegen.build.BuildLog;
import io.github.oxencodegen.build.BuildRequest;
import io.github.oxencodegen.build.ContractBuild;
import io.github.oxencodegen.build.FetchMode;
import io.github.oxencodegen.fetch.FetchSettings;
import java.io.File;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
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
public class GenerateMojo extends AbstractOxenMojo {
    /** The Java package the generated code goes under; each model gets a sub-package of its own. */
    @Parameter(property = "oxen.packageName", required = true)
    private String packageName;

    /**
     * When to fetch the models' contracts: {@code auto} (fetch, and on failure warn and use the snapshot;
     * with no API key configured, models that have a snapshot are built from it without contacting Oxen, and
     * those without one are fetched without a key; one warning names both),
     * {@code always} (fetch, fail the build on failure) or {@code never} (snapshots only).
     */
    @Parameter(property = "oxen.fetch", defaultValue = "auto")
    private String fetch;

    /** Where the generated sources go; it is added to the compile source roots. */
    @Parameter(property = "oxen.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/oxen")
    private File outputDirectory;

    /**
     * Whether the Oxen client ({@code OxenClient}, results, errors, events) is generated in the base package
     * beside the support types, with every request class whose model names an endpoint implementing
     * {@code OxenRequest}; {@code false} generates only the models.
     */
    @Parameter(property = "oxen.generateClient", defaultValue = "true")
    private boolean generateClient;

    /** Skips generation; the output directory is still added to the compile source roots. */
    @Parameter(property = "oxen.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Inject
    public GenerateMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
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
            FetchSettings settings = !offline && mode != FetchMode.NEVER ? fetchSettingsWithCredentials() : fetchSettings();
            request = new BuildRequest(models, overlaysByModel(), packageName, mode, offline,
                    snapshotDirectory.toPath(), outputDirectory.toPath(), settings, generateClient);
        } catch (IllegalArgumentException e) {
            throw failure("Invalid oxen-maven-plugin configuration: " + e.getMessage(), e);
        }
        try {
            new ContractBuild(request, buildLog()).run();
        } catch (BuildException e) {
            throw failure(e.getMessage(), e);
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
