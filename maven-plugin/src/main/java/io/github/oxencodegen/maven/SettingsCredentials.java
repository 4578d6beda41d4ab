package io.github.oxencodegen.maven;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Finds the Oxen API key: the password of the {@code settings.xml} server with the configured id
 * (decrypted when it is encrypted with Maven's master password), else the environment variable
 * {@value #ENVIRONMENT_VARIABLE}. Never from the POM, and never written to the log.
 */
final class SettingsCredentials {
    static final String ENVIRONMENT_VARIABLE = "OXEN_API_KEY";

    /**
     * An API key and where it came from.
     *
     * @param key    the key; null when none was found
     * @param origin where it came from, for the debug log (never the key itself)
     */
    record ApiKey(String key, String origin) {
        @Override
        public String toString() {
            return "ApiKey[" + origin + "]";
        }
    }

    private SettingsCredentials() {}

    static ApiKey apiKey(Settings settings, String serverId, SettingsDecrypter decrypter,
                         UnaryOperator<String> environment) throws MojoExecutionException {
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server != null) {
            SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            List<SettingsProblem> problems = errors(result.getProblems());
            if (!problems.isEmpty()) {
                throw new MojoExecutionException("The password of the server '" + serverId + "' in settings.xml cannot"
                        + " be decrypted (" + describe(problems) + "); check ~/.m2/settings-security.xml, or give the"
                        + " Oxen API key in the " + ENVIRONMENT_VARIABLE + " environment variable instead");
            }
            String password = result.getServer().getPassword();
            if (password != null && !password.isBlank()) {
                return new ApiKey(password, "the password of the server '" + serverId + "' in settings.xml");
            }
        }
        String fromEnvironment = environment.apply(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new ApiKey(fromEnvironment, "the environment variable " + ENVIRONMENT_VARIABLE);
        }
        return new ApiKey(null, "none: no server '" + serverId + "' with a password in settings.xml and no "
                + ENVIRONMENT_VARIABLE + " in the environment");
    }

    static List<SettingsProblem> errors(List<SettingsProblem> problems) {
        return problems.stream().filter(p -> p.getSeverity() != SettingsProblem.Severity.WARNING).toList();
    }

    static String describe(List<SettingsProblem> problems) {
        return problems.stream().map(SettingsProblem::getMessage).collect(Collectors.joining("; "));
    }
}
