package io.github.oxencodegen.maven;

import io.github.oxencodegen.fetch.FetchSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The parts of a goal's configuration that every goal reads alike: how to reach Oxen (base URL,
 * timeouts, retries, then the API key and proxies from {@code settings.xml}) and the overlays by model.
 * The messages of the {@link IllegalArgumentException}s thrown here are meant for the user.
 */
final class GoalConfiguration {
    private GoalConfiguration() {}

    /** Fetch settings without key or proxies: what the POM says. */
    static FetchSettings fetchSettings(String baseUrl, int connectTimeoutSeconds, int requestTimeoutSeconds, int retries,
                                       String pluginVersion) {
        return FetchSettings.defaults(URI.create(baseUrl))
                .withConnectTimeout(Duration.ofSeconds(connectTimeoutSeconds))
                .withRequestTimeout(Duration.ofSeconds(requestTimeoutSeconds))
                .withMaxRetries(retries)
                .withUserAgent("oxen-maven-plugin/" + pluginVersion);
    }

    /**
     * Adds the API key (the {@code serverId} server's password in {@code settings.xml}, decrypted, else
     * {@code OXEN_API_KEY}) and the active proxies. Call it only when the goal will fetch, so that a build
     * that does not never trips over a password it cannot decrypt. The key is never logged; where it came
     * from is, at debug level.
     */
    static FetchSettings withCredentialsAndProxies(FetchSettings settings, MavenSession session, String serverId,
                                                   SettingsDecrypter decrypter, Log log) throws MojoExecutionException {
        SettingsCredentials.ApiKey key = SettingsCredentials.apiKey(session.getSettings(), serverId, decrypter, System::getenv);
        log.debug("Oxen API key: " + key.origin());
        SettingsProxies proxies = SettingsProxies.from(session.getSettings(), decrypter);
        FetchSettings withKey = settings.withApiKey(key.key()).withKeySources(keySources(serverId));
        return proxies.isEmpty() ? withKey
                : withKey.withProxySelector(proxies).withProxyAuthenticator(proxies.authenticator());
    }

    /** Where a goal reads the API key from, in the words the advice of a 401 or 403 uses. */
    static String keySources(String serverId) {
        return "the password of a <server> with id '" + serverId + "' in your Maven settings.xml, or the OXEN_API_KEY"
                + " environment variable";
    }

    /** The configured overlays by model id, each model at most once. */
    static Map<String, Path> overlaysByModel(List<Overlay> overlays) {
        Map<String, Path> byModel = new LinkedHashMap<>();
        for (Overlay overlay : overlays == null ? List.<Overlay>of() : overlays) {
            if (overlay.getModel() == null || overlay.getFile() == null) {
                throw new IllegalArgumentException("each <overlay> needs a <model> and a <file>");
            }
            if (byModel.put(overlay.getModel(), overlay.getFile().toPath()) != null) {
                throw new IllegalArgumentException("two overlays are given for the model '" + overlay.getModel() + "'");
            }
        }
        return byModel;
    }
}
