package io.github.oxencodegen.maven;

import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The active proxies of {@code settings.xml}, chosen for a URL the way Maven chooses them for a
 * repository: of the active proxies whose {@code nonProxyHosts} do not exclude the host, the first one
 * whose protocol is the URL's scheme, and for {@code https} URLs else the first {@code http} one.
 * {@code nonProxyHosts} is a {@code |}-separated list of host names in which {@code *} matches anything,
 * compared without regard to case. Passwords must already be decrypted.
 */
final class SettingsProxies extends ProxySelector {
    private final List<Entry> entries;

    private record Entry(org.apache.maven.settings.Proxy proxy, List<Pattern> nonProxyHosts) {
        boolean serves(String scheme, String host) {
            return proxy.getProtocol().equalsIgnoreCase(scheme)
                    && nonProxyHosts.stream().noneMatch(p -> host != null && p.matcher(host).matches());
        }
    }

    SettingsProxies(List<org.apache.maven.settings.Proxy> proxies) {
        List<Entry> active = new ArrayList<>();
        for (org.apache.maven.settings.Proxy proxy : proxies) {
            if (proxy.isActive()) {
                active.add(new Entry(proxy, patterns(proxy.getNonProxyHosts())));
            }
        }
        this.entries = List.copyOf(active);
    }

    /** The active proxies of {@code settings}, their passwords decrypted. */
    static SettingsProxies from(Settings settings, SettingsDecrypter decrypter) throws MojoExecutionException {
        if (settings == null || settings.getProxies().isEmpty()) {
            return new SettingsProxies(List.of());
        }
        SettingsDecryptionResult result =
                decrypter.decrypt(new DefaultSettingsDecryptionRequest().setProxies(settings.getProxies()));
        List<SettingsProblem> errors = SettingsCredentials.errors(result.getProblems());
        if (!errors.isEmpty()) {
            throw new MojoExecutionException("A proxy password in settings.xml cannot be decrypted: "
                    + SettingsCredentials.describe(errors));
        }
        return new SettingsProxies(result.getProxies());
    }

    /** True when there is no active proxy, so connections go direct. */
    boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public List<Proxy> select(URI uri) {
        org.apache.maven.settings.Proxy chosen = choose(uri.getScheme(), uri.getHost());
        if (chosen == null) {
            return List.of(Proxy.NO_PROXY);
        }
        return List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(chosen.getHost(), chosen.getPort())));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // nothing to fall back on: Maven settings name one proxy per protocol
    }

    /** Answers a proxy's request for credentials with the user name and password settings.xml gives for it. */
    Authenticator authenticator() {
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                if (getRequestorType() != RequestorType.PROXY) {
                    return null;
                }
                for (Entry entry : entries) {
                    org.apache.maven.settings.Proxy proxy = entry.proxy();
                    if (proxy.getUsername() != null && proxy.getPort() == getRequestingPort()
                            && proxy.getHost().equalsIgnoreCase(getRequestingHost())) {
                        String password = proxy.getPassword() == null ? "" : proxy.getPassword();
                        return new PasswordAuthentication(proxy.getUsername(), password.toCharArray());
                    }
                }
                return null;
            }
        };
    }

    private org.apache.maven.settings.Proxy choose(String scheme, String host) {
        String wanted = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
        for (Entry entry : entries) {
            if (entry.serves(wanted, host)) {
                return entry.proxy();
            }
        }
        if (wanted.equals("https")) {
            for (Entry entry : entries) {
                if (entry.serves("http", host)) {
                    return entry.proxy();
                }
            }
        }
        return null;
    }

    private static List<Pattern> patterns(String nonProxyHosts) {
        List<Pattern> patterns = new ArrayList<>();
        if (nonProxyHosts != null) {
            for (String host : nonProxyHosts.split("\\|")) {
                String trimmed = host.strip();
                if (!trimmed.isEmpty()) {
                    String regex = Pattern.quote(trimmed).replace("*", "\\E.*\\Q");
                    patterns.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
                }
            }
        }
        return patterns;
    }
}
