package io.github.oxencodegen.generate;

import io.github.oxencodegen.schema.SchemaException;
import io.github.oxencodegen.select.ModelFilter;
import io.github.oxencodegen.select.ModelLock;
import io.github.oxencodegen.snapshot.SnapshotStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The models a build starts from before asking Oxen anything: those named in {@code <models>}, then those the
 * lock file records for the {@code <select>} (sorted by id; a model locked as removed only while its snapshot
 * exists). Says whether the lock must be resolved again: when there is none, or it was resolved for another filter.
 */
final class LockedSelection {
    private final BuildRequest request;
    private final Optional<ModelLock> lock;
    private final List<String> ids;

    private LockedSelection(BuildRequest request, Optional<ModelLock> lock, List<String> ids) {
        this.request = request;
        this.lock = lock;
        this.ids = List.copyOf(ids);
    }

    /** Reads the lock when the request has a selection; a lock that cannot be read fails the build. */
    static LockedSelection read(BuildRequest request, SnapshotStore snapshots) throws BuildException {
        Set<String> ids = new LinkedHashSet<>(request.models());
        Optional<ModelLock> lock = Optional.empty();
        if (request.selection().isPresent()) {
            try {
                lock = ModelLock.read(request.snapshotDirectory());
            } catch (SchemaException e) {
                throw new BuildException("The lock file of the model selection cannot be used: " + e.getMessage(), e);
            }
            for (ModelLock.Entry entry : lock.map(ModelLock::entries).orElse(List.of())) {
                if (!entry.removed() || Files.isRegularFile(snapshots.pathOf(entry.id()))) {
                    ids.add(entry.id());
                }
            }
        }
        return new LockedSelection(request, lock, new ArrayList<>(ids));
    }

    /** The request with {@link #ids()} as its models. */
    BuildRequest request() {
        return ids.equals(request.models()) ? request : request.toBuilder().models(ids).build();
    }

    /** The models named in {@code <models>}, then the locked ones. */
    List<String> ids() {
        return ids;
    }

    Optional<ModelFilter> filter() {
        return request.selection();
    }

    Optional<ModelLock> lock() {
        return lock;
    }

    /** True when the models named explicitly include {@code id}. */
    boolean isExplicit(String id) {
        return request.models().contains(id);
    }

    /** True when the lock is locked as removed from Oxen for {@code id}. */
    boolean isLockedAsRemoved(String id) {
        return lock.flatMap(l -> l.entry(id)).map(ModelLock.Entry::removed).orElse(false);
    }

    /** True when the selection must be resolved against Oxen's list: it has no lock, or a lock of another filter. */
    boolean mustList() {
        return request.selection().isPresent()
                && (lock.isEmpty() || !lock.get().select().equals(request.selection().get().toString()));
    }

    /** Why the lock cannot stand for the selection; null when it can (or there is no selection). */
    String whyLockIsStale() {
        if (!mustList()) {
            return null;
        }
        return lock.isEmpty()
                ? "there is no lock file " + ModelLock.pathIn(request.snapshotDirectory()) + " yet"
                : "the lock file " + ModelLock.pathIn(request.snapshotDirectory()) + " was resolved for the selection '"
                        + lock.get().select() + "', and the selection is now '" + request.selection().get() + "'";
    }

    /**
     * Stores the lock file of the selection as a build resolved it, after the snapshots it names: a build that
     * failed before this point leaves the previous lock as it was. Nothing when the build did not read the list.
     */
    static void store(Optional<ModelLock> lock, Path snapshotDirectory, BuildLog log) throws BuildException {
        if (lock.isEmpty()) {
            return;
        }
        Path file = ModelLock.pathIn(snapshotDirectory);
        boolean existed = Files.exists(file);
        try {
            if (lock.get().writeTo(snapshotDirectory)) {
                SelectionLog.logLockWritten(lock.get(), file, existed, log);
            }
        } catch (IOException e) {
            throw new BuildException("Could not write the lock file " + file + ": " + e, e);
        }
    }
}
