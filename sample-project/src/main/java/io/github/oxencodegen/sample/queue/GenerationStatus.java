package io.github.oxencodegen.sample.queue;

import java.util.Optional;

/** The states of a queued generation, with their exact wire values. */
public enum GenerationStatus {
    QUEUED("queued", false),
    PROCESSING("processing", false),
    SUCCEEDED("succeeded", true),
    FAILED("failed", true),
    CANCELLED("cancelled", true);

    private final String wireValue;
    private final boolean terminal;

    GenerationStatus(String wireValue, boolean terminal) {
        this.wireValue = wireValue;
        this.terminal = terminal;
    }

    /** The value as Oxen writes it, such as {@code succeeded}. */
    public String wireValue() {
        return wireValue;
    }

    /** Whether the generation will not change any more. */
    public boolean isTerminal() {
        return terminal;
    }

    /** The status written as {@code wireValue}, or empty for one this program does not know. */
    public static Optional<GenerationStatus> fromWire(String wireValue) {
        for (GenerationStatus status : values()) {
            if (status.wireValue.equals(wireValue)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
