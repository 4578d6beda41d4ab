package io.github.oxencodegen.fetch;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The pace of one {@link ModelFetcher#fetchAll}, shared by all its workers: how many requests may be in
 * flight at once, and whether Oxen asked everyone to wait. The policy (AIMD, as TCP's congestion control):
 *
 * <ul>
 *   <li>at most {@link #limit()} requests in flight; the limit starts at the configured parallelism;</li>
 *   <li>when Oxen asks to slow down (a 429, or a retryable answer with {@code Retry-After}), no request
 *       starts until the wait it asked for has passed (requests already in flight finish), and the limit
 *       halves, at least 1 (multiplicative decrease). Answers to requests that were sent before that
 *       decrease do not halve it again, they can only make the pause longer: a burst of 429s to requests
 *       that were in flight together is one signal;</li>
 *   <li>each time as many answers as the limit arrive without such a signal (to requests sent since the
 *       last decrease), the limit grows by one, up to the configured parallelism (additive increase).</li>
 * </ul>
 *
 * Which model is asked for next is not this class's business: workers take models in the order given.
 * Thread-safe; a waiting worker is woken by an interrupt.
 */
final class FetchThrottle {
    private final int ceiling;
    private final LongSupplier nanoClock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private int limit;
    private int inFlight;
    private int calmAnswers;
    private long generation;
    private long pausedUntil;
    private boolean paused;

    /** A permission to send one request, taken by {@link #enter} and given back by one of the leave methods. */
    static final class Slot {
        private final long generation;
        private boolean left;

        private Slot(long generation) {
            this.generation = generation;
        }
    }

    FetchThrottle(int parallelism) {
        this(parallelism, System::nanoTime);
    }

    FetchThrottle(int parallelism, LongSupplier nanoClock) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
        }
        this.ceiling = parallelism;
        this.limit = parallelism;
        this.nanoClock = nanoClock;
    }

    /** Waits until no pause is on and fewer than {@link #limit()} requests are in flight, then takes a slot. */
    Slot enter() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (true) {
                long wait = paused ? pausedUntil - nanoClock.getAsLong() : 0;
                if (wait > 0) {
                    changed.awaitNanos(wait);
                    continue;
                }
                paused = false;
                if (inFlight < limit) {
                    inFlight++;
                    return new Slot(generation);
                }
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The slot's request got an answer that asks nobody to slow down (a success, or a failure of its own). */
    void leaveCalmly(Slot slot) {
        lock.lock();
        try {
            // only answers to requests sent at the current limit show that it holds
            if (release(slot) && slot.generation == generation && ++calmAnswers >= limit) {
                calmAnswers = 0;
                limit = Math.min(ceiling, limit + 1);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The slot's request failed without an answer (a timeout, a broken connection, an interrupt): no signal
     * either way. Giving back a slot that was given back already does nothing.
     */
    void leaveUnanswered(Slot slot) {
        lock.lock();
        try {
            release(slot);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Oxen asked to slow down in answer to the slot's request: nobody starts a request for {@code wait},
     * and the limit halves unless it already did since that request was sent.
     *
     * @return the halved limit; 0 when this answer did not halve it (a signal already taken)
     */
    int leaveSlowingDown(Slot slot, Duration wait) {
        lock.lock();
        try {
            release(slot);
            long until = nanoClock.getAsLong() + wait.toNanos();
            if (!paused || until - pausedUntil > 0) {
                pausedUntil = until;
            }
            paused = paused || !wait.isZero();
            int halved = 0;
            if (slot.generation == generation) {
                generation++;
                limit = Math.max(1, limit / 2);
                calmAnswers = 0;
                halved = limit;
            }
            changed.signalAll();
            return halved;
        } finally {
            lock.unlock();
        }
    }

    /** How many requests may be in flight now. */
    int limit() {
        lock.lock();
        try {
            return limit;
        } finally {
            lock.unlock();
        }
    }

    /** How long from now no request may start; zero when none is paused. */
    Duration pauseLeft() {
        lock.lock();
        try {
            long left = paused ? pausedUntil - nanoClock.getAsLong() : 0;
            return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
        } finally {
            lock.unlock();
        }
    }

    /** @return true the first time a slot is given back */
    private boolean release(Slot slot) {
        if (slot.left) {
            return false;
        }
        slot.left = true;
        inFlight--;
        return true;
    }

    @Override
    public String toString() {
        return "FetchThrottle[limit=" + limit() + " of " + ceiling + ", pause left " + pauseLeft().toMillis() + " ms]";
    }
}
