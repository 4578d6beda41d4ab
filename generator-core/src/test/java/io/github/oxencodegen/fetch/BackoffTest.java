package io.github.oxencodegen.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void theWaitDoublesFromTheInitialWaitUpToEightSeconds() {
        Duration initial = Duration.ofMillis(500);

        assertThat(Backoff.exponential(initial, 1)).isEqualTo(Duration.ofMillis(500));
        assertThat(Backoff.exponential(initial, 2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Backoff.exponential(initial, 5)).isEqualTo(Duration.ofSeconds(8));
        assertThat(Backoff.exponential(initial, 6)).isEqualTo(Duration.ofSeconds(8));
        assertThat(Backoff.exponential(Duration.ofSeconds(20), 1)).isEqualTo(Duration.ofSeconds(8));
        assertThat(Backoff.exponential(Duration.ZERO, 3)).isEqualTo(Duration.ZERO);
    }

    @Test
    void retryAfterInSecondsIsTakenAsIs() {
        assertThat(Backoff.retryAfter("7", NOW)).contains(Duration.ofSeconds(7));
        assertThat(Backoff.retryAfter(" 0 ", NOW)).contains(Duration.ZERO);
    }

    @Test
    void retryAfterAsAnHttpDateIsMeasuredFromNow() {
        assertThat(Backoff.retryAfter("Sat, 21 Nov 2026 10:00:42 GMT", NOW)).contains(Duration.ofSeconds(42));
    }

    @Test
    void aRetryAfterDateInThePastMeansNoWait() {
        assertThat(Backoff.retryAfter("Sat, 21 Nov 2026 09:59:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void retryAfterIsCappedAtOneMinuteInEitherForm() {
        assertThat(Backoff.retryAfter("61", NOW)).contains(Duration.ofSeconds(60));
        assertThat(Backoff.retryAfter("99999999999999999999999", NOW)).contains(Duration.ofSeconds(60));
        assertThat(Backoff.retryAfter("Sun, 22 Nov 2026 10:00:00 GMT", NOW)).contains(Duration.ofSeconds(60));
    }

    @Test
    void aRetryAfterInNeitherFormIsIgnored() {
        assertThat(Backoff.retryAfter("soon", NOW)).isEmpty();
        assertThat(Backoff.retryAfter("-5", NOW)).isEmpty();
        assertThat(Backoff.retryAfter("1.5", NOW)).isEmpty();
        assertThat(Backoff.retryAfter("", NOW)).isEmpty();
        assertThat(Backoff.retryAfter(null, NOW)).isEmpty();
    }
}
