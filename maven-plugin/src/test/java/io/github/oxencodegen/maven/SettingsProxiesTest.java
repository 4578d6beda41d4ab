package io.github.oxencodegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsProxiesTest {
    private static org.apache.maven.settings.Proxy proxy(String protocol, String host, int port, String nonProxyHosts) {
        org.apache.maven.settings.Proxy proxy = new org.apache.maven.settings.Proxy();
        proxy.setProtocol(protocol);
        proxy.setHost(host);
        proxy.setPort(port);
        proxy.setNonProxyHosts(nonProxyHosts);
        return proxy;
    }

    private static String chosen(SettingsProxies proxies, String url) {
        Proxy proxy = proxies.select(URI.create(url)).get(0);
        if (proxy.type() == Proxy.Type.DIRECT) {
            return "direct";
        }
        InetSocketAddress address = (InetSocketAddress) proxy.address();
        return address.getHostString() + ":" + address.getPort();
    }

    @Test
    void choosesTheProxyOfTheUrlsProtocol() {
        SettingsProxies proxies = new SettingsProxies(List.of(
                proxy("http", "plain.example", 3128, null), proxy("https", "secure.example", 3129, null)));

        assertThat(chosen(proxies, "https://hub.oxen.ai/api/ai/models/m")).isEqualTo("secure.example:3129");
        assertThat(chosen(proxies, "http://hub.oxen.ai/api/ai/models/m")).isEqualTo("plain.example:3128");
    }

    @Test
    void usesAnHttpProxyForHttpsUrlsWhenThereIsNoHttpsOneAsMavenDoes() {
        SettingsProxies proxies = new SettingsProxies(List.of(proxy("http", "plain.example", 3128, null)));

        assertThat(chosen(proxies, "https://hub.oxen.ai/")).isEqualTo("plain.example:3128");
    }

    @Test
    void goesDirectToHostsThatNonProxyHostsNamesWithWildcardsAndInAnyCase() {
        SettingsProxies proxies = new SettingsProxies(List.of(
                proxy("https", "corp.example", 8080, "localhost|*.Oxen.ai|10.0.*")));

        assertThat(chosen(proxies, "https://hub.oxen.ai/")).isEqualTo("direct");
        assertThat(chosen(proxies, "https://localhost/")).isEqualTo("direct");
        assertThat(chosen(proxies, "https://10.0.3.4/")).isEqualTo("direct");
        assertThat(chosen(proxies, "https://oxen.ai.evil.example/")).isEqualTo("corp.example:8080");
    }

    @Test
    void skipsAProxyThatExcludesTheHostInFavourOfTheNextOne() {
        SettingsProxies proxies = new SettingsProxies(List.of(
                proxy("https", "first.example", 1, "hub.oxen.ai"), proxy("https", "second.example", 2, null)));

        assertThat(chosen(proxies, "https://hub.oxen.ai/")).isEqualTo("second.example:2");
    }

    @Test
    void ignoresInactiveProxies() {
        org.apache.maven.settings.Proxy inactive = proxy("https", "off.example", 1, null);
        inactive.setActive(false);
        SettingsProxies proxies = new SettingsProxies(List.of(inactive));

        assertThat(proxies.isEmpty()).isTrue();
        assertThat(chosen(proxies, "https://hub.oxen.ai/")).isEqualTo("direct");
    }

    @Test
    void givesTheProxysCredentialsOnlyToThatProxy() {
        org.apache.maven.settings.Proxy withLogin = proxy("https", "corp.example", 8080, null);
        withLogin.setUsername("alice");
        withLogin.setPassword("s3cret");
        Authenticator authenticator = new SettingsProxies(List.of(withLogin)).authenticator();

        PasswordAuthentication forProxy = authenticator.requestPasswordAuthenticationInstance("corp.example", null, 8080,
                "http", "proxy", "basic", null, Authenticator.RequestorType.PROXY);
        PasswordAuthentication forServer = authenticator.requestPasswordAuthenticationInstance("corp.example", null, 8080,
                "http", "server", "basic", null, Authenticator.RequestorType.SERVER);
        PasswordAuthentication forOtherProxy = authenticator.requestPasswordAuthenticationInstance("other.example", null,
                8080, "http", "proxy", "basic", null, Authenticator.RequestorType.PROXY);

        assertThat(forProxy.getUserName()).isEqualTo("alice");
        assertThat(forProxy.getPassword()).containsExactly("s3cret".toCharArray());
        assertThat(forServer).isNull();
        assertThat(forOtherProxy).isNull();
    }
}
