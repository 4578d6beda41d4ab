package io.github.oxencodegen.check;

import java.util.List;
import java.util.Objects;

/**
 * Which models of a selection came and went since its lock file was written, as a check found them against
 * Oxen's list. A removed model is also a finding of its own ({@link ModelCheck.Removed}, breaking); a model that
 * appeared is checked like any other (new, without a snapshot, until generate records it).
 *
 * @param select     the selection, in its text form
 * @param firstLock  true when there is no lock file yet, so that every selected model counts as appeared
 * @param appeared   selected now and not in the lock
 * @param removed    in the lock and no longer in Oxen's list
 * @param unselected in the lock, still listed, but no longer selected
 */
public record SelectionChanges(String select, boolean firstLock, List<String> appeared, List<String> removed,
                               List<String> unselected) {
    public SelectionChanges {
        Objects.requireNonNull(select, "select");
        appeared = List.copyOf(appeared);
        removed = List.copyOf(removed);
        unselected = List.copyOf(unselected);
    }

    /** True when no model came or went. */
    public boolean isQuiet() {
        return appeared.isEmpty() && removed.isEmpty() && unselected.isEmpty();
    }
}
