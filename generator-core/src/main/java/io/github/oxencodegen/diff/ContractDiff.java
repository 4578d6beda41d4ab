package io.github.oxencodegen.diff;

import java.util.List;
import java.util.Objects;

/**
 * Every change between two versions of one model's request contract, in schema order (the order of
 * the new schema, then keyword order within each subschema).
 *
 * @param modelId   the model both contracts belong to
 * @param oldSha256 hash of the old normalised schema, as the contract carried it
 * @param newSha256 hash of the new normalised schema
 * @param changes   the changes; empty when the contracts say the same thing
 */
public record ContractDiff(String modelId, String oldSha256, String newSha256, List<Change> changes) {
    public ContractDiff {
        Objects.requireNonNull(modelId, "modelId");
        changes = List.copyOf(changes);
    }

    /** True when nothing changed. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** True when at least one change has this severity. */
    public boolean has(Severity severity) {
        return changes.stream().anyMatch(c -> c.severity() == severity);
    }

    /** The gravest severity among the changes, or null when there are none. */
    public Severity worst() {
        for (Severity severity : Severity.values()) {
            if (has(severity)) {
                return severity;
            }
        }
        return null;
    }

    /** How many changes have this severity. */
    public long count(Severity severity) {
        return changes.stream().filter(c -> c.severity() == severity).count();
    }
}
