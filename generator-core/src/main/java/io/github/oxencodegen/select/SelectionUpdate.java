package io.github.oxencodegen.select;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a selection resolves to against a fresh list, compared with the lock of the last resolution: the new lock,
 * and which models came and went. Pure: decided from the filter, the list, the previous lock and which snapshots
 * exist.
 *
 * <ul>
 *   <li>{@code appeared}: selected now, not in the previous lock (every selected model when there was none);</li>
 *   <li>{@code removed}: in the previous lock, no longer in Oxen's list: locked as removed while its snapshot
 *       exists, so that it is still generated and reported until the user deletes the snapshot;</li>
 *   <li>{@code unselected}: in the previous lock and still listed, but the filter no longer selects it (the
 *       filter changed, or the model's endpoint or capabilities did): no longer generated;</li>
 *   <li>{@code forgotten}: locked as removed, and its snapshot was deleted: dropped from the lock.</li>
 * </ul>
 *
 * @param lock       the lock to write
 * @param selection  what the filter selected from the list
 * @param firstLock  true when there was no previous lock
 */
public record SelectionUpdate(ModelLock lock, ModelList.Selection selection, boolean firstLock, List<String> appeared,
                              List<String> removed, List<String> unselected, List<String> forgotten) {
    public SelectionUpdate {
        appeared = List.copyOf(appeared);
        removed = List.copyOf(removed);
        unselected = List.copyOf(unselected);
        forgotten = List.copyOf(forgotten);
    }

    /**
     * Resolves {@code filter} against {@code list}.
     *
     * @param snapshotExists whether a model's snapshot exists in the snapshot directory
     */
    public static SelectionUpdate of(ModelFilter filter, ModelList list, Optional<ModelLock> previous,
                                     Predicate<String> snapshotExists) {
        ModelList.Selection selection = list.select(filter);
        List<ModelLock.Entry> entries = new ArrayList<>();
        List<String> appeared = new ArrayList<>();
        for (ListedModel model : selection.selected()) {
            entries.add(ModelLock.Entry.of(model));
            if (previous.isEmpty() || previous.get().entry(model.id()).isEmpty()) {
                appeared.add(model.id());
            }
        }
        List<String> removed = new ArrayList<>();
        List<String> unselected = new ArrayList<>();
        List<String> forgotten = new ArrayList<>();
        for (ModelLock.Entry entry : previous.map(ModelLock::entries).orElse(List.of())) {
            if (list.find(entry.id()).isPresent()) {
                if (!selection.ids().contains(entry.id())) {
                    unselected.add(entry.id());
                }
            } else if (snapshotExists.test(entry.id())) {
                removed.add(entry.id());
                entries.add(entry.asRemoved());
            } else {
                (entry.removed() ? forgotten : removed).add(entry.id());
            }
        }
        return new SelectionUpdate(new ModelLock(filter.toString(), entries), selection, previous.isEmpty(), appeared,
                removed, unselected, forgotten);
    }

    /** True when no model came or went. */
    public boolean isQuiet() {
        return appeared.isEmpty() && removed.isEmpty() && unselected.isEmpty() && forgotten.isEmpty();
    }
}
