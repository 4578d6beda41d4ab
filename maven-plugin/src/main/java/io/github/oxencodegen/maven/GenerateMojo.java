package io.github.oxencodegen.maven;

import io.github.oxencodegen.generate.BuildException;
import io.github.oxencodegen.generate.BuildLog;
import io.github.oxencodegen.generate.BuildRequest;
import io.github.oxencodegen.generate.FetchMode;
import io.github.oxencodegen.generate.UpdatePolicy;
import io.github.oxencodegen.fetch.FetchSettings;
import io.github.oxencodegen.jobs.Jobs;
import java.io.File;
import java.time.Clock;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Generates typed request classes, enums and validators for Oxen.ai models from their request schemas,
 * fetched from Oxen or read from the snapshots committed with the project, and adds them to the
 * compile sources.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
        requiresDependencyCollection = ResolutionScope.COMPILE)
public class GenerateMojo extends AbstractOxenMojo {
    /**
     * The Java package the generated code goes under; each model gets a sub-package of its own. Required; it
     * is checked by the goal rather than by Maven so that the error can say why it may be missing.
     */
    @Parameter(property = "oxen.packageName")
    private String packageName;

    /**
     * When to fetch the models' contracts: {@code auto} (fetch the models {@code updatePolicy} says are due,
     * and on failure warn and use the snapshot; with no API key configured, models that have a snapshot are
     * built from it without contacting Oxen, and those without one are fetched without a key; one warning
     * names both),
     * {@code always} (fetch every model whatever the update policy, fail the build on failure) or
     * {@code never} (snapshots only).
     */
    @Parameter(property = "oxen.fetch", defaultValue = "auto")
    private String fetch;

    /**
     * In the {@code auto} fetch mode, how often a contract fetched before is asked for again, as Maven's own
     * {@code updatePolicy}: {@code always}, {@code daily} (the first build of each day), {@code interval:MINUTES}
     * or {@code never} (only models this output directory has not fetched). When each model was last fetched
     * is remembered in the output directory ({@code .oxen-fetched}), so a clean build asks again; so does a
     * model whose snapshot changed since. {@code mvn -U} asks now, as {@code always} does.
     */
    @Parameter(property = "oxen.updatePolicy", defaultValue = "daily")
    private String updatePolicy;

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

    /**
     * The Jackson the generated code is written for: {@code 2} ({@code com.fasterxml.jackson.databind}),
     * {@code 3} ({@code tools.jackson.databind}, as Spring Boot 4 uses), or {@code auto}: 3 when the project's
     * compile dependencies, transitive ones included, hold {@code tools.jackson.core:jackson-databind} and
     * not {@code com.fasterxml.jackson.core:jackson-databind}, else 2. The build log says which and why.
     * Changing it regenerates every file.
     */
    @Parameter(property = "oxen.jackson", defaultValue = "auto")
    private String jackson;

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
            if (packageName == null) {
                throw new IllegalArgumentException("<packageName> is not set: name the Java package the generated"
                        + " code goes under, such as com.acme.oxen");
            }
            FetchMode mode = FetchMode.parse(fetch);
            JacksonChoice jacksonChoice = JacksonChoice.of(jackson, project.getArtifacts());
            getLog().info(jacksonChoice.reason());
            jacksonChoice.warning().ifPresent(getLog()::warn);
            boolean offline = session.isOffline();
            FetchSettings settings = !offline && mode != FetchMode.NEVER ? fetchSettingsWithCredentials() : fetchSettings();
            request = BuildRequest.builder().models(models).select(modelFilter()).overlays(overlaysByModel())
                    .basePackage(packageName)
                    .fetchMode(mode).offline(offline).snapshotDirectory(snapshotDirectory.toPath())
                    .outputDirectory(outputDirectory.toPath()).fetchSettings(settings)
                    .updatePolicy(updatePolicy(), Clock.systemDefaultZone()).client(generateClient)
                    .plainBuilders(plainBuilders).jackson(jacksonChoice.dialect()).build();
        } catch (IllegalArgumentException e) {
            throw invalidConfiguration(e);
        }
        try {
            Jobs.generate(request, buildLog());
        } catch (BuildException e) {
            throw failure(e.getMessage(), e);
        }
    }

    /** The configured update policy; {@code always} when Maven runs with {@code -U} (update snapshots). */
    private UpdatePolicy updatePolicy() {
        UpdatePolicy configured = UpdatePolicy.parse(updatePolicy);
        boolean forced = session.getRequest() != null && session.getRequest().isUpdateSnapshots();
        if (forced && !configured.asksEveryBuild()) {
            getLog().info("Asking Oxen for every contract (mvn -U), whatever the update policy " + configured);
            return UpdatePolicy.ALWAYS;
        }
        return configured;
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
