package io.github.oxencodegen.sample.queue;

import java.util.Objects;
import java.util.Optional;

/**
 * One generation as the queue reports it.
 *
 * @param id the {@code generation_id}
 * @param status the {@code status} exactly as sent; see {@link #knownStatus()}
 * @param resultUrl the {@code result_url}, once the generation succeeded
 * @param errorMessage the {@code error_message}, once it failed
 */
public record Generation(String id, String status, Optional<String> resultUrl, Optional<String> errorMessage) {
    public Generation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(resultUrl, "resultUrl");
        Objects.requireNonNull(errorMessage, "errorMessage");
    }

    /** The status, or empty when Oxen sent one this program does not know (treated as still running). */
    public Optional<GenerationStatus> knownStatus() {
        return GenerationStatus.fromWire(status);
    }

    /** Whether the generation will not change any more. */
    public boolean isTerminal() {
        return knownStatus().map(GenerationStatus::isTerminal).orElse(false);
    }
}
