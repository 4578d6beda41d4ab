package io.github.oxencodegen.fetch;

import java.time.Duration;

/** Waits between attempts; tests replace it to record the waits instead of sleeping. */
@FunctionalInterface
interface Sleeper {
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
