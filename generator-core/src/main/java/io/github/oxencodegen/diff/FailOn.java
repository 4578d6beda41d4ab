package io.github.oxencodegen.diff;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The threshold at which a contract check fails the build. */
public enum FailOn {
    /** Fail when any change is breaking (the default). */
    BREAKING,
    /** Fail on breaking or compatible changes; cosmetic ones pass. */
    COMPATIBLE,
    /** Fail on any change at all, cosmetic ones included. */
    ANY,
    /** Never fail; report only. */
    NONE;

    /**
     * The threshold named by {@code value}, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the allowed values when {@code value} is none of them
     */
    public static FailOn parse(String value) {
        String wanted = value == null ? "" : value.trim();
        for (FailOn failOn : values()) {
            if (failOn.name().equalsIgnoreCase(wanted)) {
                return failOn;
            }
        }
        String allowed = Arrays.stream(values())
                .map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new IllegalArgumentException(
                "failOn must be one of " + allowed + "; found " + (value == null ? "nothing" : "'" + value + "'"));
    }

    /** True when {@code diff} has a change at or above this threshold. */
    public boolean isMetBy(ContractDiff diff) {
        return switch (this) {
            case BREAKING -> diff.has(Severity.BREAKING);
            case COMPATIBLE -> diff.has(Severity.BREAKING) || diff.has(Severity.COMPATIBLE);
            case ANY -> !diff.isEmpty();
            case NONE -> false;
        };
    }
}
