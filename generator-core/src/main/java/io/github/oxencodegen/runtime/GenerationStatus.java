package io.github.oxencodegen.runtime;

import java.util.Objects;

/**
 * The status of a queued generation, as Oxen spells it. The five Oxen documents are constants; a
 * status Oxen adds later is kept as it is (not final, so an await keeps polling) instead of failing.
 *
 * @param value the wire value, such as {@code processing}
 */
public record GenerationStatus(String value) {
    public static final GenerationStatus QUEUED = new GenerationStatus("queued");
    public static final GenerationStatus PROCESSING = new GenerationStatus("processing");
    public static final GenerationStatus SUCCEEDED = new GenerationStatus("succeeded");
    public static final GenerationStatus FAILED = new GenerationStatus("failed");
    public static final GenerationStatus CANCELLED = new GenerationStatus("cancelled");

    public GenerationStatus {
        Objects.requireNonNull(value, "value");
    }

    /** Whether the generation has ended: succeeded, failed or cancelled. */
    public boolean isFinal() {
        return equals(SUCCEEDED) || equals(FAILED) || equals(CANCELLED);
    }

    /** Whether it is one of the five statuses Oxen documents. */
    public boolean isKnown() {
        return isFinal() || equals(QUEUED) || equals(PROCESSING);
    }

    @Override
    public String toString() {
        return value;
    }
}
