package io.github.oxencodegen.runtime;

import java.util.Objects;

/**
 * The status of a queued generation, as Oxen spells it. The five Oxen documents are constants; a
 * status Oxen adds later is kept as it is (not final, so an await keeps polling) instead of failing.
 *
 * @param value the wire value, such as {@code processing}
 */
public record GenerationStatus(String value) {
    /** {@code queued}: waiting for a worker. */
    public static final GenerationStatus QUEUED = new GenerationStatus("queued");
    /** {@code processing}: being generated. */
    public static final GenerationStatus PROCESSING = new GenerationStatus("processing");
    /** {@code succeeded}: ended with a result URL. */
    public static final GenerationStatus SUCCEEDED = new GenerationStatus("succeeded");
    /** {@code failed}: ended with an error message. */
    public static final GenerationStatus FAILED = new GenerationStatus("failed");
    /** {@code cancelled}: ended by a cancel before it finished. */
    public static final GenerationStatus CANCELLED = new GenerationStatus("cancelled");

    /**
     * A status of any wire value, known or not.
     *
     * @param value the wire value
     * @throws NullPointerException if {@code value} is {@code null}
     */
    public GenerationStatus {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Whether the generation has ended: succeeded, failed or cancelled. A status Oxen does not
     * document is not final.
     *
     * @return {@code true} for {@link #SUCCEEDED}, {@link #FAILED} and {@link #CANCELLED}
     */
    public boolean isFinal() {
        return equals(SUCCEEDED) || equals(FAILED) || equals(CANCELLED);
    }

    /**
     * Whether it is one of the five statuses Oxen documents.
     *
     * @return {@code true} for the five constants of this type
     */
    public boolean isKnown() {
        return isFinal() || equals(QUEUED) || equals(PROCESSING);
    }

    @Override
    public String toString() {
        return value;
    }
}
