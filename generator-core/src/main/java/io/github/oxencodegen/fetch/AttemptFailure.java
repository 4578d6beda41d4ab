package io.github.oxencodegen.fetch;

import java.net.URI;
import java.time.Duration;

/**
 * Why one attempt failed, and whether another attempt could help. Turned into a
 * {@link FetchException} once no attempt is left, which is where the model id, the URL, the number of
 * attempts and the removal of the API key come in.
 */
final class AttemptFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private static final String REDACTED = "[API key]";

    private final FetchException.Kind kind;
    private final int status;
    private final String reason;
    private final String advice;
    private final boolean retryable;
    private final Duration retryAfter;

    /**
     * @param reason     what happened, as a clause without a final period
     * @param advice     what to do, as whole sentences; empty for none
     * @param retryAfter the wait the server asked for; null when it did not
     */
    AttemptFailure(FetchException.Kind kind, int status, String reason, String advice, boolean retryable,
                   Duration retryAfter, Throwable cause) {
        super(reason, cause, false, false);
        this.kind = kind;
        this.status = status;
        this.reason = reason;
        this.advice = advice;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    boolean retryable() {
        return retryable;
    }

    /** The HTTP status of the answer; -1 when none arrived (a timeout, a broken connection). */
    int status() {
        return status;
    }

    /**
     * Whether the server asked the client to slow down: a 429, or a retryable answer that says how long
     * to wait ({@code Retry-After} on a 503, say). The whole {@code fetchAll} then waits, not just this model.
     */
    boolean asksToSlowDown() {
        return status == 429 || (retryable && retryAfter != null);
    }

    /** Whether attempt number {@code attempt} may be followed by another: a failure that may pass, within the retries allowed. */
    boolean allowsAnotherAttempt(int attempt, FetchSettings settings) {
        return retryable && attempt <= settings.maxRetries();
    }

    /** How long to wait before the next attempt: what the server asked for, else the exponential backoff. */
    Duration waitBeforeNextAttempt(int attempt, FetchSettings settings) {
        return retryAfter != null ? retryAfter : Backoff.exponential(settings.initialBackoff(), attempt);
    }

    /**
     * The exception for the caller. Every occurrence of {@code apiKey} is removed from the message
     * (a server may echo the request), and a cause whose text holds the key is left out.
     */
    FetchException toException(String modelId, URI url, int attempts, String apiKey) {
        return toException("Model '" + modelId + "'", modelId, url, attempts, apiKey);
    }

    /** The exception for the caller, its message starting with {@code subject} (such as "The model list"). */
    FetchException toException(String subject, String modelId, URI url, int attempts, String apiKey) {
        StringBuilder message = new StringBuilder()
                .append(subject).append(" from ").append(url).append(": ").append(reason);
        if (attempts > 1) {
            message.append(retryable ? "; gave up after " + attempts + " attempts" : " (on attempt " + attempts + ")");
        }
        message.append('.');
        if (!advice.isEmpty()) {
            message.append(' ').append(advice);
        }
        String text = message.toString();
        Throwable cause = getCause();
        if (apiKey != null) {
            text = text.replace(apiKey, REDACTED);
            if (mentions(cause, apiKey)) {
                cause = null;
            }
        }
        return new FetchException(kind, modelId, url, status, text, cause);
    }

    private static boolean mentions(Throwable error, String text) {
        Throwable t = error;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains(text) || t.toString().contains(text)) {
                return true;
            }
        }
        return t != null; // a chain this deep is not inspected further, so it is not kept either
    }
}
