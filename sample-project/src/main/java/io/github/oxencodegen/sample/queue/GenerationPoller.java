package io.github.oxencodegen.sample.queue;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Polls one generation until it succeeds, fails or is cancelled, waiting longer between polls
 * each time (a {@link Backoff}) and giving up after an overall timeout.
 */
public final class GenerationPoller {
    private final QueueClient client;
    private final Backoff backoff;
    private final Duration timeout;
    private final Sleeper sleeper;
    private final InstantSource clock;

    /**
     * @param client where to poll
     * @param backoff the waits between polls
     * @param timeout how long to poll one generation before giving up
     * @param sleeper how to wait
     * @param clock what time it is (the same clock the sleeper advances, in tests)
     */
    public GenerationPoller(QueueClient client, Backoff backoff, Duration timeout, Sleeper sleeper, InstantSource clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Polls {@code generationId} until its status is terminal and returns that last state;
     * {@code onChange} hears every state whose status differs from the one before.
     */
    public Generation awaitTerminal(String generationId, Consumer<Generation> onChange) throws QueueException {
        Instant deadline = clock.instant().plus(timeout);
        String lastStatus = null;
        for (int attempt = 0; ; attempt++) {
            Generation generation = client.get(generationId);
            if (!generation.status().equals(lastStatus)) {
                onChange.accept(generation);
                lastStatus = generation.status();
            }
            if (generation.isTerminal()) {
                return generation;
            }
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw new QueueException("Gave up on generation " + generationId + " after " + describe(timeout)
                        + " (still " + lastStatus + "); it may yet finish: GET " + client.generationUri(generationId));
            }
            Duration wait = backoff.delay(attempt);
            try {
                sleeper.sleep(wait.compareTo(left) < 0 ? wait : left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new QueueException("Interrupted while waiting for generation " + generationId + ".");
            }
        }
    }

    private static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }
}
