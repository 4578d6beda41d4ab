package io.github.oxencodegen.sample.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void theDefaultDoublesFromOneSecondUpToFifteen() {
        assertThat(IntStream.range(0, 7).mapToObj(Backoff.DEFAULT::delay).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 15L, 15L, 15L);
    }

    @Test
    void aVeryLateAttemptStaysAtTheLongestWait() {
        assertThat(Backoff.DEFAULT.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void aLongestWaitShorterThanTheFirstIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the longest wait PT1S is shorter than the first PT2S");
    }

    @Test
    void aZeroFirstWaitIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
