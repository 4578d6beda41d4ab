package io.github.oxencodegen.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How long to wait before a retry: exponential from the configured first wait, capped, unless the
 * server said how long in {@code Retry-After}, which is honoured up to a cap of its own.
 */
final class Backoff {
    /** The longest wait the exponential backoff reaches. */
    static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
    /** The longest wait a {@code Retry-After} header can ask for; longer asks are shortened to this. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private Backoff() {}

    /** The wait before retry number {@code retry} (1 for the first): {@code initial * 2^(retry - 1)}, at most 8 s. */
    static Duration exponential(Duration initial, int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry numbers start at 1, was " + retry);
        }
        Duration wait = initial;
        for (int i = 1; i < retry && wait.compareTo(MAX_BACKOFF) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    /**
     * The wait a {@code Retry-After} header value asks for: delay-seconds or an HTTP-date (RFC 9110),
     * measured from {@code now}; a date in the past means no wait. Empty when the value is absent or
     * is neither form.
     */
    static Optional<Duration> retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // more digits than a long holds is still "a very long time"
            Duration asked = text.length() > 9 ? MAX_RETRY_AFTER : Duration.ofSeconds(Long.parseLong(text));
            return Optional.of(capped(asked));
        }
        try {
            Instant until = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration asked = Duration.between(now, until);
            return Optional.of(asked.isNegative() ? Duration.ZERO : capped(asked));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Duration capped(Duration asked) {
        return asked.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : asked;
    }
}
