package io.github.oxencodegen.fetch;

import io.github.oxencodegen.schema.ModelIds;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The server root that model URLs are built on, checked once: HTTPS, or plain HTTP to this machine
 * only (a test server or a local proxy), since the API key travels in every request.
 */
final class BaseUrl {
    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final URI root;

    private BaseUrl(URI root) {
        this.root = root;
    }

    /** Checks {@code url}; throws {@link IllegalArgumentException} saying what is wrong and what to write instead. */
    static BaseUrl of(URI url) {
        String shown = withoutUserInfo(url);
        if (!url.isAbsolute() || url.isOpaque() || url.getHost() == null) {
            throw new IllegalArgumentException("The Oxen base URL '" + shown
                    + "' is not an absolute http(s) URL with a host; use the server root, such as https://hub.oxen.ai");
        }
        if (url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("The Oxen base URL '" + shown + "' carries user credentials;"
                    + " remove them from the URL and give the API key through the settings instead");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("The Oxen base URL '" + shown
                    + "' has a query or fragment; use the server root alone, such as https://hub.oxen.ai");
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") && !isLoopback(url.getHost())) {
            throw new IllegalArgumentException("The Oxen base URL '" + shown + "' uses plain http to another machine,"
                    + " which would send the API key unencrypted; use https (plain http is accepted only for"
                    + " localhost, 127.0.0.0/8 and ::1)");
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("The Oxen base URL '" + shown + "' has the scheme '" + scheme
                    + "'; only https is supported (and http for localhost)");
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        try {
            return new BaseUrl(new URI(scheme + "://" + url.getRawAuthority() + path));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "The Oxen base URL '" + shown + "' cannot be used: " + e.getMessage(), e);
        }
    }

    /** {@code {root}/api/ai/models}: Oxen's list of every model. */
    URI modelListUrl() {
        return URI.create(root + "/api/ai/models");
    }

    /** {@code {root}/api/ai/models/{id}}; the id is checked first. */
    URI modelUrl(String modelId) {
        // a valid id holds only unreserved characters, so it is its own percent-encoding as one path segment
        return URI.create(root + "/api/ai/models/" + ModelIds.requireValid(modelId));
    }

    /**
     * True for {@code localhost} and for loopback address literals; never resolves a name. The host is
     * as {@link URI#getHost()} gives it: an IPv4 literal there is well-formed, an IPv6 one bracketed.
     */
    static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost")) {
            return true;
        }
        if (IPV4_LITERAL.matcher(name).matches()) {
            return name.startsWith("127.");
        }
        if (name.startsWith("[") && name.endsWith("]")) {
            try {
                // a literal with ':' is parsed as an IPv6 address, never looked up
                return InetAddress.getByName(name.substring(1, name.length() - 1)).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    /** The URL as it may be shown in messages: without any user-info part. */
    static String withoutUserInfo(URI url) {
        if (url.getRawUserInfo() == null) {
            return url.toString();
        }
        return url.toString().replace(url.getRawUserInfo() + "@", "");
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
