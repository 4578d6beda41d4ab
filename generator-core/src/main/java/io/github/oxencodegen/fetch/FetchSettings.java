package io.github.oxencodegen.fetch;

import java.net.Authenticator;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Oxen: where, with which key, how patiently and through which proxy.
 *
 * <p>The API key is kept out of {@link #toString()}; it is sent only in the {@code Authorization}
 * header. A blank key counts as no key, and surrounding whitespace (a trailing newline from a file
 * or an environment variable) is dropped.
 *
 * @param baseUrl            the server root, such as {@code https://hub.oxen.ai}; models are read from
 *                           {@code {baseUrl}/api/ai/models/{id}}
 * @param apiKey             the Oxen API key; null to send none
 * @param connectTimeout     how long to wait for a connection
 * @param requestTimeout     how long one attempt may take, from sending the request to the last byte of the body
 * @param maxRetries         how many times a failed attempt is retried when the failure is transient (0 to 10)
 * @param initialBackoff     the wait before the first retry; it doubles with each further retry, up to 8 s
 * @param proxySelector      the proxies to use; null for a direct connection
 * @param proxyAuthenticator credentials for the proxy; null for none. It should answer only
 *                           {@link Authenticator.RequestorType#PROXY} requests: Oxen's own
 *                           authentication is the API key
 * @param userAgent          the {@code User-Agent} header
 * @param parallelism        how many requests {@link ModelFetcher#fetchAll} has in flight at most (1 to 64);
 *                           fewer while Oxen asks it to slow down
 * @param keySources         where the caller reads the API key from, as the advice in a 401 or 403 error
 *                           names it (such as "the OXEN_API_KEY environment variable")
 */
public record FetchSettings(URI baseUrl, String apiKey, Duration connectTimeout, Duration requestTimeout,
                            int maxRetries, Duration initialBackoff, ProxySelector proxySelector,
                            Authenticator proxyAuthenticator, String userAgent, int parallelism, String keySources) {
    static final int MAX_RETRIES_LIMIT = 10;
    static final int PARALLELISM_LIMIT = 64;

    public FetchSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(userAgent, "userAgent");
        if (keySources == null || keySources.isBlank()) {
            throw new IllegalArgumentException("keySources must say where the API key is read from");
        }
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        if (apiKey != null && !isAsciiBetween(apiKey, 0x21, 0x7e)) {
            // never echo the key, not even in this message
            throw new IllegalArgumentException("The Oxen API key holds characters that cannot go into an HTTP header"
                    + " (spaces, line breaks or non-ASCII characters); check how it was copied.");
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        if (initialBackoff.isNegative()) {
            throw new IllegalArgumentException("initialBackoff must not be negative, was " + initialBackoff);
        }
        if (maxRetries < 0 || maxRetries > MAX_RETRIES_LIMIT) {
            throw new IllegalArgumentException(
                    "maxRetries must be between 0 and " + MAX_RETRIES_LIMIT + ", was " + maxRetries);
        }
        if (parallelism < 1 || parallelism > PARALLELISM_LIMIT) {
            throw new IllegalArgumentException(
                    "parallelism must be between 1 and " + PARALLELISM_LIMIT + ", was " + parallelism);
        }
        if (userAgent.isBlank() || !isAsciiBetween(userAgent, 0x20, 0x7e)) {
            throw new IllegalArgumentException("userAgent must be non-blank printable ASCII, was '" + userAgent + "'");
        }
    }

    /** True when the base URL names this machine (a local mirror or a test server), which may need no key. */
    public boolean targetsLoopback() {
        return BaseUrl.isLoopback(baseUrl.getHost());
    }

    /**
     * 10 s to connect, 30 s per attempt, 3 retries from 500 ms, 8 requests at once, no key, no proxy; the
     * key, when one is set, from the {@code OXEN_API_KEY} environment variable.
     */
    public static FetchSettings defaults(URI baseUrl) {
        return new FetchSettings(baseUrl, null, Duration.ofSeconds(10), Duration.ofSeconds(30), 3,
                Duration.ofMillis(500), null, null, "oxen-codegen", 8, "the OXEN_API_KEY environment variable");
    }

    public FetchSettings withBaseUrl(URI value) {
        return new FetchSettings(value, apiKey, connectTimeout, requestTimeout, maxRetries, initialBackoff,
                proxySelector, proxyAuthenticator, userAgent, parallelism, keySources);
    }

    public FetchSettings withApiKey(String value) {
        return new FetchSettings(baseUrl, value, connectTimeout, requestTimeout, maxRetries, initialBackoff,
                proxySelector, proxyAuthenticator, userAgent, parallelism, keySources);
    }

    public FetchSettings withConnectTimeout(Duration value) {
        return new FetchSettings(baseUrl, apiKey, value, requestTimeout, maxRetries, initialBackoff,
                proxySelector, proxyAuthenticator, userAgent, parallelism, keySources);
    }

    public FetchSettings withRequestTimeout(Duration value) {
        return new FetchSettings(baseUrl, apiKey, connectTimeout, value, maxRetries, initialBackoff,
                proxySelector, proxyAuthenticator, userAgent, parallelism, keySources);
    }

    public FetchSettings withMaxRetries(int value) {
        return new FetchSettings(baseUrl, apiKey, connectTimeout, requestTimeout, value, initialBackoff,
                proxySelector, proxyAuthenticator, userAgent, parallelism, keySources);
    }

    public FetchSettings withInitialBackoff(Duration value) {
        return new FetchSettings(baseUrl, apiKey, connectTimeout, requestTimeout, maxRetries, value,
                proxySelector, proxyAuthenticator, userAgent, parallelism, keySources);
    }

    public FetchSettings withProxySelector(ProxySelector value) {
        return new FetchSettings(baseUrl, apiKey, connectTimeout, requestTimeout, maxRetries, initialBackoff,
                value, proxyAuthenticator, userAgent, parallelism, keySources);
    }

    public FetchSettings withProxyAuthenticator(Authenticator value) {
        return new FetchSettings(baseUrl, apiKey, connectTimeout, requestTimeout, maxRetries, initialBackoff,
                proxySelector, value, userAgent, parallelism, keySources);
    }

    public FetchSettings withUserAgent(String value) {
        return new FetchSettings(baseUrl, apiKey, connectTimeout, requestTimeout, maxRetries, initialBackoff,
                proxySelector, proxyAuthenticator, value, parallelism, keySources);
    }

    public FetchSettings withParallelism(int value) {
        return new FetchSettings(baseUrl, apiKey, connectTimeout, requestTimeout, maxRetries, initialBackoff,
                proxySelector, proxyAuthenticator, userAgent, value, keySources);
    }

    public FetchSettings withKeySources(String value) {
        return new FetchSettings(baseUrl, apiKey, connectTimeout, requestTimeout, maxRetries, initialBackoff,
                proxySelector, proxyAuthenticator, userAgent, parallelism, value);
    }

    /** Shows whether a key is set, never the key. */
    @Override
    public String toString() {
        return "FetchSettings[baseUrl=" + BaseUrl.withoutUserInfo(baseUrl)
                + ", apiKey=" + (apiKey == null ? "none" : "(set)")
                + ", connectTimeout=" + connectTimeout
                + ", requestTimeout=" + requestTimeout
                + ", maxRetries=" + maxRetries
                + ", initialBackoff=" + initialBackoff
                + ", proxySelector=" + (proxySelector == null ? "none" : proxySelector.getClass().getName())
                + ", proxyAuthenticator=" + (proxyAuthenticator == null ? "none" : "(set)")
                + ", userAgent=" + userAgent
                + ", parallelism=" + parallelism + "]";
    }

    /**
     * True when every char of {@code text} is between {@code low} and {@code high}, inclusive. A loop
     * rather than a stream with a lambda: every build makes these settings, and in Maven's cold JVM the
     * first run of a lambda spins a class.
     */
    private static boolean isAsciiBetween(String text, int low, int high) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < low || c > high) {
                return false;
            }
        }
        return true;
    }

    private static void requirePositive(Duration value, String name) {
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
