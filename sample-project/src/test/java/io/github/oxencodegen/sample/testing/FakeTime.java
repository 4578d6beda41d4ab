package io.github.oxencodegen.sample.testing;

import io.github.oxencodegen.sample.queue.Sleeper;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when someone sleeps on it, remembering every sleep. */
public final class FakeTime implements Sleeper, InstantSource {
    private Instant now = Instant.parse("2026-04-02T00:00:00Z");
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Every sleep so far, in order. */
    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
