package io.github.oxencodegen.sample.queue;

import java.time.Duration;

/** Waits between polls; tests pass one that only advances a fake clock. */
@FunctionalInterface
public interface Sleeper {
    /** The real one. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
