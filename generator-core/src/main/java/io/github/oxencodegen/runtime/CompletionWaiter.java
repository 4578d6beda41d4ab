package io.github.oxencodegen.runtime;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Waits for generations through the event stream, polling as the fallback: while the stream is open
 * and heard nothing, a generation is polled at its cadence's longest interval (Oxen sends no event
 * for a cancelled one); once the stream broke it is polled at once and then at the cadence, until
 * the stream is back. A matching {@code media_generation_completed} event ends the wait at once.
 */
final class CompletionWaiter implements EventListener {
    private final Map<String, Generation> completed = new HashMap<>();
    private boolean connected;
    private boolean droppedSincePoll;

    @Override
    public synchronized void onEvent(OxenEvent event) {
        event.completedGeneration().ifPresent(generation -> {
            completed.put(generation.id(), generation);
            notifyAll();
        });
    }

    @Override
    public synchronized void onConnected() {
        connected = true;
    }

    @Override
    public synchronized void onDisconnected(OxenException why) {
        connected = false;
        droppedSincePoll = true;
        notifyAll();
    }

    /** Waits until {@code queued} ends or {@code deadlineNanos} passes; asks {@code client} when it must poll. */
    Generation await(OxenClient client, Generation queued, PollingCadence cadence, long deadlineNanos, Duration timeout) {
        Duration previous = null;
        while (true) {
            Duration wait;
            synchronized (this) {
                if (connected && !droppedSincePoll) {
                    wait = cadence.longest();
                } else {
                    wait = cadence.next(previous);
                    previous = wait;
                }
            }
            Generation heard = waitForEvent(client, queued.id(), wait, deadlineNanos);
            if (heard != null) {
                Generation full = client.generation(queued.id());
                return full.isFinal() ? full : heard;
            }
            synchronized (this) {
                droppedSincePoll = false;
            }
            Generation polled = client.generation(queued.id());
            if (polled.isFinal()) {
                return polled;
            }
            if (System.nanoTime() - deadlineNanos >= 0) {
                throw OxenException.ofTimeout(client.generationCall(queued.id()), queued.model().isEmpty() ? null : queued.model(),
                        "generation " + queued.id() + " still " + polled.status() + " after " + timeout);
            }
        }
    }

    private synchronized Generation waitForEvent(OxenClient client, String id, Duration wait, long deadlineNanos) {
        long until = Math.min(System.nanoTime() + wait.toNanos(), deadlineNanos);
        boolean dropped = droppedSincePoll;
        while (!completed.containsKey(id) && droppedSincePoll == dropped) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw OxenException.ofTransport(client.eventsCall(), null, new java.io.InterruptedIOException("interrupted while waiting for generation " + id));
            }
        }
        return completed.get(id);
    }
}
