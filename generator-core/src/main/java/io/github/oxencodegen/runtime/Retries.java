package io.github.oxencodegen.runtime;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed call is sent again, and after how long. GET and DELETE are retried on a connection
 * failure (refused, reset, or an answer cut off) and on 408, 429, 502, 503 and 504; a POST only when
 * the connection could not even be opened, so a POST that may have reached Oxen is never sent twice.
 * A timeout is not retried. The wait is {@code Retry-After} when the answer gives one (a longer one
 * than {@code longestRetryAfter} ends the retries), else a full-jitter exponential backoff: a random
 * time up to {@code base * 2^attempt}, capped at {@code cap}.
 *
 * @param maxRetries        how many times a call is sent again at most (0: never)
 * @param base              the backoff of the first retry
 * @param cap               the longest backoff
 * @param longestRetryAfter the longest {@code Retry-After} that is waited for
 */
record Retries(int maxRetries, Duration base, Duration cap, Duration longestRetryAfter) {
    Retries {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("the retry limit cannot be negative: " + maxRetries);
        }
        if (base.isNegative() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("the backoff needs 0 <= base <= cap, not " + base + " and " + cap);
        }
    }

    /** Whether the answer {@code status} to {@code method} is worth sending again. */
    boolean retriesStatus(String method, int status) {
        return idempotent(method) && (status == 408 || status == 429 || status == 502 || status == 503 || status == 504);
    }

    /** Whether {@code failure} of {@code method} is worth sending again. */
    boolean retriesFailure(String method, IOException failure) {
        if (failure instanceof HttpTimeoutException) {
            return false;
        }
        return idempotent(method) || failure instanceof ConnectException;
    }

    /** The wait before retry number {@code attempt} (1 for the first), or {@code Retry-After} when given. */
    Duration delay(int attempt, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter;
        }
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    /** Whether Oxen's {@code Retry-After} is short enough to wait for. */
    boolean waitsFor(Duration retryAfter) {
        return retryAfter == null || retryAfter.compareTo(longestRetryAfter) <= 0;
    }

    /** A {@code Retry-After} value (seconds or an HTTP date) as a duration; {@code null} when absent or unreadable. */
    static Duration parseRetryAfter(String value, ZonedDateTime now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            long seconds = Long.parseLong(text);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(now, ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static boolean idempotent(String method) {
        return method.equals("GET") || method.equals("DELETE");
    }
}
