package io.github.oxencodegen.fetch;

import static io.github.oxencodegen.fetch.FetchException.Kind.CONNECTION;
import static io.github.oxencodegen.fetch.FetchException.Kind.TIMEOUT;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * Failures before any response arrived: no connection, no answer in time, or a TLS handshake that
 * failed. All but the TLS failure are worth another attempt; a certificate does not change by itself.
 */
final class TransportFailures {
    private static final String NETWORK_ADVICE = "Check the base URL, the network and any proxy settings.";

    private TransportFailures() {}

    static AttemptFailure requestTimedOut(Duration timeout) {
        return new AttemptFailure(TIMEOUT, -1, "no complete response within " + describe(timeout),
                "Oxen may be slow or unreachable; try again later, or allow a longer request timeout.",
                true, null, null);
    }

    /** What an exception from the HTTP client means; anything but an {@link IOException} is a bug, rethrown. */
    static AttemptFailure of(Throwable error, URI url, FetchSettings settings) {
        String server = url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort());
        String detail = firstMessage(error);
        if (error instanceof HttpConnectTimeoutException) {
            return new AttemptFailure(TIMEOUT, -1, "could not connect to " + server + " within "
                    + describe(settings.connectTimeout()), NETWORK_ADVICE, true, null, error);
        }
        if (error instanceof HttpTimeoutException) {
            return requestTimedOut(settings.requestTimeout());
        }
        if (causedBy(error, SSLException.class)) {
            return new AttemptFailure(CONNECTION, -1, "the TLS handshake with " + server + " failed ("
                    + (detail == null ? "no reason given" : detail) + ")",
                    "Check that the base URL's port speaks https, and that Java trusts the server's certificate"
                            + " (a company proxy may need its certificate in the trust store).",
                    false, null, error);
        }
        if (error instanceof ConnectException && detail == null) {
            // how the HTTP client reports a refused connection: no message anywhere in the chain
            return new AttemptFailure(CONNECTION, -1, "could not connect to " + server
                    + " (the connection was refused or could not be made)", NETWORK_ADVICE, true, null, error);
        }
        if (error instanceof IOException) {
            String shown = detail == null ? deepestCause(error).getClass().getSimpleName() : detail;
            return new AttemptFailure(CONNECTION, -1, "could not reach " + server + " (" + shown + ")",
                    NETWORK_ADVICE, true, null, error);
        }
        if (error instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (error instanceof Error fatal) {
            throw fatal;
        }
        throw new IllegalStateException("Unexpected failure of the HTTP client", error);
    }

    /** "30 s" or "250 ms". */
    static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        Throwable t = error;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The first message along the cause chain, where the HTTP client often hides it; null when none. */
    private static String firstMessage(Throwable error) {
        Throwable t = error;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage().replaceAll("\\s+", " ").strip();
            }
        }
        return null;
    }

    private static Throwable deepestCause(Throwable error) {
        Throwable t = error;
        for (int depth = 0; t.getCause() != null && depth < 20; depth++) {
            t = t.getCause();
        }
        return t;
    }
}
