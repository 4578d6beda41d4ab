package io.github.oxencodegen.generate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How often a build in the {@code auto} fetch mode asks Oxen again for a contract it fetched before, in
 * the words of Maven's own {@code updatePolicy} for remote repositories: {@code always}, {@code daily}
 * (once a calendar day in the build's time zone, the default), {@code interval:MINUTES}, or {@code never}
 * (once, then not again while the output folder remembers it). A model the output folder has no record of
 * is always asked for.
 */
public final class UpdatePolicy {
    /** Ask Oxen on every build. */
    public static final UpdatePolicy ALWAYS = new UpdatePolicy(Kind.ALWAYS, 0);
    /** Ask Oxen on the first build of each calendar day (Maven's default for repositories). */
    public static final UpdatePolicy DAILY = new UpdatePolicy(Kind.DAILY, 0);
    /** Ask Oxen only for models this output folder has never fetched. */
    public static final UpdatePolicy NEVER = new UpdatePolicy(Kind.NEVER, 0);

    private static final String INTERVAL_PREFIX = "interval:";

    private enum Kind { ALWAYS, DAILY, INTERVAL, NEVER }

    private final Kind kind;
    private final long minutes;

    private UpdatePolicy(Kind kind, long minutes) {
        this.kind = kind;
        this.minutes = minutes;
    }

    /** Ask Oxen again once {@code minutes} have passed since the last fetch. */
    public static UpdatePolicy interval(long minutes) {
        if (minutes < 1) {
            throw new IllegalArgumentException("an update interval must be at least 1 minute, not " + minutes);
        }
        return new UpdatePolicy(Kind.INTERVAL, minutes);
    }

    /**
     * The policy named by {@code value}, case and surrounding blanks ignored: {@code always}, {@code daily},
     * {@code interval:MINUTES} or {@code never}.
     *
     * @throws IllegalArgumentException naming the value and every allowed form
     */
    public static UpdatePolicy parse(String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        switch (wanted) {
            case "always" -> {
                return ALWAYS;
            }
            case "daily" -> {
                return DAILY;
            }
            case "never" -> {
                return NEVER;
            }
            default -> {
                if (wanted.startsWith(INTERVAL_PREFIX)) {
                    String number = wanted.substring(INTERVAL_PREFIX.length()).strip();
                    try {
                        long minutes = Long.parseLong(number);
                        if (minutes >= 1 && minutes <= Duration.ofDays(365 * 100).toMinutes()) {
                            return interval(minutes);
                        }
                    } catch (NumberFormatException e) {
                        // reported below with the allowed forms
                    }
                }
                throw new IllegalArgumentException("'" + value + "' is not an update policy; use always (ask Oxen on every"
                        + " build), daily (on the first build of each day, the default), interval:MINUTES (such as"
                        + " interval:60, a whole number of minutes from 1) or never (only for models this output"
                        + " folder has never fetched)");
            }
        }
    }

    /** True for {@code always}: every build asks Oxen. */
    public boolean asksEveryBuild() {
        return kind == Kind.ALWAYS;
    }

    /**
     * When a contract fetched at {@code lastFetched} is to be asked for again: that instant for
     * {@code always}, the next midnight in {@code zone} for {@code daily}, {@code lastFetched} plus the
     * interval, or empty for {@code never}.
     */
    public Optional<Instant> nextCheck(Instant lastFetched, ZoneId zone) {
        Objects.requireNonNull(lastFetched, "lastFetched");
        return switch (kind) {
            case ALWAYS -> Optional.of(lastFetched);
            case DAILY -> Optional.of(LocalDate.ofInstant(lastFetched, zone).plusDays(1).atStartOfDay(zone).toInstant());
            case INTERVAL -> Optional.of(lastFetched.plus(Duration.ofMinutes(minutes)));
            case NEVER -> Optional.empty();
        };
    }

    /** True when a contract fetched at {@code lastFetched} is to be asked for again at {@code now}. */
    public boolean isDue(Instant lastFetched, Instant now, ZoneId zone) {
        return nextCheck(lastFetched, zone).map(next -> !now.isBefore(next)).orElse(false);
    }

    /** The configuration form: {@code always}, {@code daily}, {@code interval:60} or {@code never}. */
    @Override
    public String toString() {
        return kind == Kind.INTERVAL ? INTERVAL_PREFIX + minutes : kind.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UpdatePolicy that && kind == that.kind && minutes == that.minutes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, minutes);
    }
}
