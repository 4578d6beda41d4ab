package io.github.oxencodegen.fake;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Bounded waits that end early when the server closes. */
final class Waits {
    private Waits() {}

    /** Waits until {@code closed} opens or {@code atMost} passes; true if the server closed. */
    static boolean untilClosed(CountDownLatch closed, Duration atMost) throws InterruptedException {
        return closed.await(atMost.toNanos(), TimeUnit.NANOSECONDS);
    }
}
