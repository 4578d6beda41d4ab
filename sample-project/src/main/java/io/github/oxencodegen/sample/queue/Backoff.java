package io.github.oxencodegen.sample.queue;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounded exponential backoff: the n-th wait (from 0) is {@code first * 2^n}, never more than
 * {@code longest}.
 *
 * @param first the first wait
 * @param longest the longest wait
 */
public record Backoff(Duration first, Duration longest) {
    /** Waits of 1, 2, 4, 8 and then 15 seconds: a video takes minutes, an image seconds. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(15));

    public Backoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(longest, "longest");
        if (first.isNegative() || first.isZero()) {
            throw new IllegalArgumentException("the first wait must be positive, not " + first);
        }
        if (longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("the longest wait " + longest + " is shorter than the first " + first);
        }
    }

    /** How long to wait after the {@code attempt}-th poll (counting from 0). */
    public Duration delay(int attempt) {
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt must not be negative: " + attempt);
        }
        Duration delay = first;
        for (int i = 0; i < attempt && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longest) < 0 ? delay : longest;
    }
}
