package io.github.oxencodegen.runtime;

import java.time.Duration;

/**
 * How often a wait asks Oxen for a generation's status: first after {@code first}, then each wait
 * half as long again as the one before, up to {@code longest}. Oxen recommends images every 2 to 5 s
 * and videos every 10 to 30 s.
 *
 * @param first   the first wait
 * @param longest the longest wait
 */
public record PollingCadence(Duration first, Duration longest) {
    /** Images: every 2 s at first, then up to every 5 s. */
    public static final PollingCadence IMAGES = new PollingCadence(Duration.ofSeconds(2), Duration.ofSeconds(5));
    /** Videos: every 10 s at first, then up to every 30 s. */
    public static final PollingCadence VIDEOS = new PollingCadence(Duration.ofSeconds(10), Duration.ofSeconds(30));

    /**
     * A cadence of {@code first} growing to {@code longest}.
     *
     * @param first   the first wait; positive
     * @param longest the longest wait; at least {@code first}
     * @throws IllegalArgumentException unless {@code 0 < first <= longest}
     */
    public PollingCadence {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("a polling cadence needs 0 < first <= longest, not " + first + " and " + longest);
        }
    }

    /**
     * The wait after {@code previous}: one and a half times it, capped at {@code longest}.
     *
     * @param previous the wait before; {@code null} for none
     * @return the next wait; {@code first} when {@code previous} is {@code null}
     */
    public Duration next(Duration previous) {
        if (previous == null) {
            return first;
        }
        Duration grown = previous.plus(previous.dividedBy(2));
        return grown.compareTo(longest) > 0 ? longest : grown;
    }
}
