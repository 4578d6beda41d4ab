package io.github.oxencodegen.maven;

import io.github.oxencodegen.fetch.FetchSettings;
import io.github.oxencodegen.select.ModelFilter;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * What every goal of the plugin is configured with alike: the models (named, and selected from Oxen's list) and
 * their overlays, where the
 * snapshots are, and how to reach Oxen (base URL, timeouts, retries, and the API key and proxies of
 * {@code settings.xml}). Declaring the plugin once configures {@code generate} and {@code check}.
 */
abstract class AbstractOxenMojo extends AbstractMojo {
    /** Ids of the Oxen models, such as {@code wan-v2-7-text-to-video}. */
    @Parameter(property = "oxen.models")
    protected List<String> models;

    /**
     * Filters that pick further models from Oxen's list ({@code GET /api/ai/models}): id globs, endpoints, input
     * and output capabilities, excludes (see {@link Select}). What they resolve to is recorded in the lock file
     * {@code oxen-models.lock} in the snapshot directory: commit it. Either {@code <models>} or {@code <select>}
     * (or both) must be given.
     */
    @Parameter
    protected Select select;

    /**
     * JSON Merge Patches (RFC 7396) applied to some models' request schemas before anything reads them, each
     * given as {@code <overlay><model>wan-v2-7-reference-to-video</model><file>src/main/oxen/overlays/wan.json</file></overlay>}.
     */
    @Parameter
    protected List<Overlay> overlays;

    /** The Oxen server; a model is read from the path {@code /api/ai/models/} and its id below it. */
    @Parameter(property = "oxen.baseUrl", defaultValue = "https://hub.oxen.ai")
    protected String baseUrl;

    /** Where each model's contract is kept, one file per model named after its id, such as {@code flux-1-dev.json}; commit it. */
    @Parameter(property = "oxen.snapshotDirectory", defaultValue = "${project.basedir}/src/main/oxen")
    protected File snapshotDirectory;

    /** The id of the {@code settings.xml} server whose password is the Oxen API key. */
    @Parameter(property = "oxen.serverId", defaultValue = "oxen")
    protected String serverId;

    /** Seconds to wait for a connection to Oxen. */
    @Parameter(property = "oxen.connectTimeout", defaultValue = "10")
    protected int connectTimeoutSeconds;

    /** Seconds one request to Oxen may take, up to the last byte of the response. */
    @Parameter(property = "oxen.requestTimeout", defaultValue = "30")
    protected int requestTimeoutSeconds;

    /** How often a request that failed in a way that may pass (connection, timeout, 429, 502-504) is retried. */
    @Parameter(property = "oxen.retries", defaultValue = "3")
    protected int retries;

    /**
     * Whether builders stay plain: {@code build()} is offered at once and a missing required property is
     * refused when it runs. By default ({@code false}) builders are staged: {@code builder()} asks for the
     * required properties first, in schema order, so code that leaves one out (or that predates a
     * property Oxen has made required) does not compile. Plain builders compile whatever Oxen adds, at
     * the cost of finding out only when the request is built. {@code oxen:check} reads it too, to say
     * what a newly required property does to callers' code.
     */
    @Parameter(property = "oxen.plainBuilders", defaultValue = "false")
    protected boolean plainBuilders;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    protected MojoExecution mojoExecution;

    private final SettingsDecrypter settingsDecrypter;

    protected AbstractOxenMojo(SettingsDecrypter settingsDecrypter) {
        this.settingsDecrypter = settingsDecrypter;
    }

    /** Fetch settings from the POM alone: no key, no proxies. */
    protected FetchSettings fetchSettings() {
        return GoalConfiguration.fetchSettings(baseUrl, connectTimeoutSeconds, requestTimeoutSeconds, retries, plugin.getVersion());
    }

    /**
     * Fetch settings with the API key and proxies of {@code settings.xml}. Call it only when the goal will
     * fetch, so that a build that does not never trips over a password it cannot decrypt.
     */
    protected FetchSettings fetchSettingsWithCredentials() throws MojoExecutionException {
        return GoalConfiguration.withCredentialsAndProxies(fetchSettings(), session, serverId, settingsDecrypter, getLog());
    }

    /**
     * The failure Maven reports for {@code cause}: its one-line message and nothing more. Maven appends to
     * the error line the message of every cause the line does not already contain, so a parser's exception
     * chained below ours would print the same JSON error a second time, with the parser's internals. The
     * cause therefore travels as a suppressed exception: {@code mvn -e} still shows its stack trace.
     */
    protected static MojoExecutionException failure(String message, Exception cause) {
        MojoExecutionException failure = new MojoExecutionException(message);
        failure.addSuppressed(cause);
        return failure;
    }

    /** A configuration error for the user, with a hint when the cause is a configuration this goal does not see. */
    protected MojoExecutionException invalidConfiguration(IllegalArgumentException e) {
        String hint = CommandLineConfigurationHint.of(mojoExecution, plugin, session.getCurrentProject());
        return failure("Invalid oxen-maven-plugin configuration: " + e.getMessage() + hint, e);
    }

    /** The configured selection's filter; null when there is no {@code <select>}. */
    protected ModelFilter modelFilter() {
        return select == null ? null : select.toFilter();
    }

    /** The configured overlays by model id. */
    protected Map<String, Path> overlaysByModel() {
        return GoalConfiguration.overlaysByModel(overlays);
    }
}
