package io.github.oxencodegen.check;

import io.github.oxencodegen.diff.ContractDiff;
import io.github.oxencodegen.diff.FailOn;
import io.github.oxencodegen.diff.Severity;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The changes of one model's contract diff that meet a fail-on threshold, counted by severity: what a
 * failed check says about that model, such as {@code 3 breaking changes}.
 *
 * @param modelId the model
 * @param failOn  the threshold that was met
 * @param counts  how many changes of each severity at or above the threshold, only severities that occur,
 *                gravest first
 */
public record ThresholdBreach(String modelId, FailOn failOn, Map<Severity, Long> counts) {
    public ThresholdBreach {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(failOn, "failOn");
        counts = Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    /** The breach of {@code failOn} by {@code diff}; empty when the diff stays below the threshold. */
    public static Optional<ThresholdBreach> of(ContractDiff diff, FailOn failOn) {
        if (!failOn.isMetBy(diff)) {
            return Optional.empty();
        }
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            if (covers(failOn, severity) && diff.has(severity)) {
                counts.put(severity, diff.count(severity));
            }
        }
        return Optional.of(new ThresholdBreach(diff.modelId(), failOn, counts));
    }

    /** True when a change of {@code severity} counts towards {@code failOn}. */
    static boolean covers(FailOn failOn, Severity severity) {
        return switch (failOn) {
            case BREAKING -> severity == Severity.BREAKING;
            case COMPATIBLE -> severity != Severity.COSMETIC;
            case ANY -> true;
            case NONE -> false;
        };
    }

    /** How many changes meet the threshold. */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@code 3 breaking changes}, or {@code 3 changes: 1 breaking, 2 compatible} when severities mix. */
    public String describe() {
        long total = total();
        String noun = total == 1 ? " change" : " changes";
        if (counts.size() == 1) {
            return total + " " + label(counts.keySet().iterator().next()) + noun;
        }
        return total + noun + ": " + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + label(e.getKey()))
                .collect(Collectors.joining(", "));
    }

    /** {@code fail-on breaking}. */
    public String threshold() {
        return "fail-on " + failOn.name().toLowerCase(Locale.ROOT);
    }

    private static String label(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }
}
