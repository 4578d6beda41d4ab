package io.github.oxencodegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.Test;

class SettingsCredentialsTest {
    /** Decrypts nothing: hands back the servers as they are, as Maven does with passwords that are not encrypted. */
    private static final SettingsDecrypter PLAIN = request -> new SettingsDecryptionResult() {
        @Override
        public Server getServer() {
            return request.getServers().isEmpty() ? null : request.getServers().get(0);
        }

        @Override
        public List<Server> getServers() {
            return request.getServers();
        }

        @Override
        public Proxy getProxy() {
            return request.getProxies().isEmpty() ? null : request.getProxies().get(0);
        }

        @Override
        public List<Proxy> getProxies() {
            return request.getProxies();
        }

        @Override
        public List<SettingsProblem> getProblems() {
            return List.of();
        }
    };

    private static Settings withServer(String id, String password) {
        Server server = new Server();
        server.setId(id);
        server.setPassword(password);
        Settings settings = new Settings();
        settings.addServer(server);
        return settings;
    }

    private static UnaryOperator<String> environment(Map<String, String> variables) {
        return variables::get;
    }

    @Test
    void prefersThePasswordOfTheConfiguredServer() throws Exception {
        SettingsCredentials.ApiKey key = SettingsCredentials.apiKey(withServer("oxen", "from-settings"), "oxen", PLAIN,
                environment(Map.of("OXEN_API_KEY", "from-environment")));

        assertThat(key.key()).isEqualTo("from-settings");
        assertThat(key.origin()).contains("server 'oxen'").doesNotContain("from-settings");
    }

    @Test
    void fallsBackToTheEnvironmentWhenNoServerHasTheId() throws Exception {
        SettingsCredentials.ApiKey key = SettingsCredentials.apiKey(withServer("other", "x"), "oxen", PLAIN,
                environment(Map.of("OXEN_API_KEY", "from-environment")));

        assertThat(key.key()).isEqualTo("from-environment");
        assertThat(key.origin()).isEqualTo("the environment variable OXEN_API_KEY");
    }

    @Test
    void fallsBackToTheEnvironmentWhenTheServerHasNoPassword() throws Exception {
        SettingsCredentials.ApiKey key = SettingsCredentials.apiKey(withServer("oxen", null), "oxen", PLAIN,
                environment(Map.of("OXEN_API_KEY", "from-environment")));

        assertThat(key.key()).isEqualTo("from-environment");
    }

    @Test
    void findsNoKeyWhenNeitherGivesOne() throws Exception {
        SettingsCredentials.ApiKey key = SettingsCredentials.apiKey(new Settings(), "oxen", PLAIN, environment(Map.of("OXEN_API_KEY", " ")));

        assertThat(key.key()).isNull();
        assertThat(key.origin()).startsWith("none");
    }

    @Test
    void neverShowsTheKeyInItsTextForm() throws Exception {
        SettingsCredentials.ApiKey key = SettingsCredentials.apiKey(withServer("oxen", "sk-top-secret"), "oxen", PLAIN, name -> null);

        assertThat(key.toString()).doesNotContain("sk-top-secret");
    }
}
