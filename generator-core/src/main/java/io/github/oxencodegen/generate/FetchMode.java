package io.github.oxencodegen.generate;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** When a build asks Oxen for the models' contracts, and what it does when it cannot get them. */
public enum FetchMode {
    /** Fetch; on any failure warn and use the committed snapshot, failing only when there is none. */
    AUTO("fetch, fall back to the snapshot when the fetch fails"),
    /** Fetch; any failure fails the build. */
    ALWAYS("fetch, fail the build when the fetch fails"),
    /** Never touch the network: snapshots only. */
    NEVER("use the snapshots only");

    private final String meaning;

    FetchMode(String meaning) {
        this.meaning = meaning;
    }

    /** The lower-case name used in configuration. */
    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The mode named by {@code value} (case and surrounding spaces ignored).
     *
     * @throws IllegalArgumentException naming the value and every allowed one
     */
    public static FetchMode parse(String value) {
        String wanted = value == null ? "" : value.strip();
        for (FetchMode mode : values()) {
            if (mode.configValue().equalsIgnoreCase(wanted)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a fetch mode; use one of "
                + Arrays.stream(values()).map(m -> m.configValue() + " (" + m.meaning + ")")
                        .collect(Collectors.joining(", ")));
    }
}
