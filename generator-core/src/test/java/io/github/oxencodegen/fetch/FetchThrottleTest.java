package io.github.oxencodegen.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The shared pace of a fetchAll: the limit's AIMD arithmetic and the pause, on a clock the test moves. */
class FetchThrottleTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final FetchThrottle throttle = new FetchThrottle(8, now::get);

    @Test
    void theLimitStartsAtTheParallelism() throws Exception {
        for (int i = 0; i < 8; i++) {
            throttle.enter();
        }

        assertThat(throttle.limit()).isEqualTo(8);
        assertThat(throttle.pauseLeft()).isZero();
    }

    @Test
    void aSlowDownHalvesTheLimitAndPausesForTheWaitAsked() throws Exception {
        FetchThrottle.Slot slot = throttle.enter();

        throttle.leaveSlowingDown(slot, Duration.ofSeconds(3));

        assertThat(throttle.limit()).isEqualTo(4);
        assertThat(throttle.pauseLeft()).isEqualTo(Duration.ofSeconds(3));
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(throttle.pauseLeft()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void slowDownsToRequestsThatWereInFlightTogetherHalveTheLimitOnce() throws Exception {
        FetchThrottle.Slot first = throttle.enter();
        FetchThrottle.Slot second = throttle.enter();
        FetchThrottle.Slot third = throttle.enter();

        throttle.leaveSlowingDown(first, Duration.ofSeconds(1));
        throttle.leaveSlowingDown(second, Duration.ofSeconds(1));
        throttle.leaveSlowingDown(third, Duration.ofSeconds(1));

        assertThat(throttle.limit()).isEqualTo(4);
    }

    @Test
    void aLaterSlowDownToARequestSentAtTheReducedLimitHalvesItAgainDownToOne() throws Exception {
        for (int expected : new int[] {4, 2, 1, 1}) {
            throttle.leaveSlowingDown(throttle.enter(), Duration.ZERO); // no wait: no pause to sit out
            assertThat(throttle.limit()).isEqualTo(expected);
        }
    }

    @Test
    void aShorterWaitNeverShortensThePause() throws Exception {
        FetchThrottle.Slot first = throttle.enter();
        FetchThrottle.Slot second = throttle.enter();

        throttle.leaveSlowingDown(first, Duration.ofSeconds(5));
        throttle.leaveSlowingDown(second, Duration.ofSeconds(1));

        assertThat(throttle.pauseLeft()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aLongerWaitLengthensThePause() throws Exception {
        FetchThrottle.Slot first = throttle.enter();
        FetchThrottle.Slot second = throttle.enter();

        throttle.leaveSlowingDown(first, Duration.ofSeconds(1));
        throttle.leaveSlowingDown(second, Duration.ofSeconds(4));

        assertThat(throttle.pauseLeft()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void asManyCalmAnswersAsTheLimitRaiseItByOneUpToTheParallelism() throws Exception {
        throttle.leaveSlowingDown(throttle.enter(), Duration.ZERO);
        assertThat(throttle.limit()).isEqualTo(4);

        int[] expected = {5, 6, 7, 8, 8};
        for (int limitAfter : expected) {
            int window = throttle.limit();
            for (int i = 0; i < window; i++) {
                throttle.leaveCalmly(throttle.enter());
            }
            assertThat(throttle.limit()).isEqualTo(limitAfter);
        }
    }

    @Test
    void answersToRequestsSentBeforeTheDecreaseDoNotRaiseTheLimit() throws Exception {
        FetchThrottle.Slot[] early = new FetchThrottle.Slot[7];
        for (int i = 0; i < early.length; i++) {
            early[i] = throttle.enter();
        }
        throttle.leaveSlowingDown(throttle.enter(), Duration.ZERO);

        for (FetchThrottle.Slot slot : early) {
            throttle.leaveCalmly(slot);
        }

        assertThat(throttle.limit()).isEqualTo(4);
    }

    @Test
    void aSlotGivenBackTwiceCountsOnce() throws Exception {
        FetchThrottle one = new FetchThrottle(1, now::get);
        FetchThrottle.Slot slot = one.enter();
        one.leaveCalmly(slot);
        one.leaveUnanswered(slot);

        FetchThrottle.Slot taken = one.enter();
        CompletableFuture<FetchThrottle.Slot> second = CompletableFuture.supplyAsync(() -> enterUnchecked(one));

        assertThat(second).failsWithin(200, TimeUnit.MILLISECONDS); // the limit of 1 is taken
        one.leaveCalmly(taken);
        assertThat(second).succeedsWithin(5, TimeUnit.SECONDS);
    }

    @Test
    void aWorkerWaitsForAFreeSlotAndIsLetInWhenOneIsGivenBack() throws Exception {
        FetchThrottle one = new FetchThrottle(1, now::get);
        FetchThrottle.Slot taken = one.enter();
        CompletableFuture<FetchThrottle.Slot> waiting = CompletableFuture.supplyAsync(() -> enterUnchecked(one));
        assertThat(waiting).isNotDone();

        one.leaveCalmly(taken);

        assertThat(waiting).succeedsWithin(5, TimeUnit.SECONDS);
    }

    @Test
    void aParallelismBelowOneIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FetchThrottle(0))
                .withMessage("parallelism must be at least 1, was 0");
    }

    private static FetchThrottle.Slot enterUnchecked(FetchThrottle throttle) {
        try {
            return throttle.enter();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
