package io.github.oxencodegen.diff;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects changes in the order they are found, once each, applying the rule of the place they are
 * found in: where a {@link Location#conservative() conservative} reason holds, every validation change
 * is breaking and says why.
 */
final class ChangeLog {
    private final Set<Change> changes = new LinkedHashSet<>();

    /** A change that may reject a request accepted before. */
    void breaking(String pointer, Location at, String kind, String text) {
        validation(Severity.BREAKING, pointer, at, kind, text);
    }

    /** A change after which every request accepted before is still accepted. */
    void loosened(String pointer, Location at, String kind, String text) {
        validation(Severity.COMPATIBLE, pointer, at, kind, text);
    }

    /** A change of behaviour that validates the same requests (a default). */
    void behaviour(String pointer, Location at, String kind, String text) {
        add(Severity.COMPATIBLE, pointer, at, kind, text);
    }

    /** Documentation or display only. */
    void cosmetic(String pointer, Location at, String kind, String text) {
        add(Severity.COSMETIC, pointer, at, kind, text);
    }

    /**
     * A property read as renamed: breaking, at the new property's pointer, with the old one's in
     * {@link Change#renamedFrom()}, and labelled {@code old -> new?}.
     */
    void renamed(Location from, Location to, String text) {
        changes.add(new Change(Severity.BREAKING, to.newPointer(), to.instancePath(), Change.PROPERTY_RENAMED,
                from.label() + " -> " + to.label() + "?: " + text, new Change.Place(from.oldPointer(), from.instancePath())));
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }

    private void validation(Severity severity, String pointer, Location at, String kind, String text) {
        if (at.conservative() == null) {
            add(severity, pointer, at, kind, text);
        } else {
            add(Severity.BREAKING, pointer, at, kind, text + " (conservative: " + at.conservative() + ")");
        }
    }

    private void add(Severity severity, String pointer, Location at, String kind, String text) {
        changes.add(new Change(severity, pointer, at.instancePath(), kind, at.label() + ": " + text));
    }
}
