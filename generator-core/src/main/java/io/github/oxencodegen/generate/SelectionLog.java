package io.github.oxencodegen.generate;

import io.github.oxencodegen.select.ModelLock;
import io.github.oxencodegen.select.SelectionUpdate;
import io.github.oxencodegen.snapshot.SnapshotStore;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What generate's change summary says of a selection resolved against Oxen's list: which models it matched the
 * first time, which came, which no longer match, which cannot be selected and why, and whether the lock file
 * changed. Removals are said model by model by the resolver, as a breaking change.
 */
final class SelectionLog {
    private SelectionLog() {}

    static void log(SelectionUpdate update, String filter, Path lockFile, SnapshotStore snapshots, BuildLog log) {
        if (update.firstLock()) {
            log.info("The selection '" + filter + "' matches " + count(update.selection().ids().size())
                    + " in Oxen's list: " + names(update.selection().ids()) + "; recording them in " + lockFile);
        } else {
            update.appeared().forEach(id -> log.info("'" + id + "': new in Oxen's list and matching the selection '"
                    + filter + "': fetched, generated and added to " + lockFile));
        }
        update.unselected().forEach(id -> log.info("'" + id + "': no longer matches the selection '" + filter
                + "': no longer generated from it (its snapshot " + snapshots.pathOf(id) + " is kept)"));
        update.forgotten().forEach(id -> log.info("'" + id + "': removed from Oxen and its snapshot deleted: dropped from "
                + lockFile));
        if (!update.selection().withoutSchema().isEmpty()) {
            log.info("The selection also matches " + names(update.selection().withoutSchema()) + ", which "
                    + (update.selection().withoutSchema().size() == 1 ? "publishes" : "publish")
                    + " no request schema (chat models): nothing to generate");
        }
        if (!update.selection().withoutCapabilities().isEmpty()) {
            log.info(count(update.selection().withoutCapabilities().size()) + " in Oxen's list "
                    + (update.selection().withoutCapabilities().size() == 1 ? "lists" : "list")
                    + " no capabilities, so the selection's input or output filter does not select "
                    + (update.selection().withoutCapabilities().size() == 1 ? "it" : "them") + ": "
                    + names(update.selection().withoutCapabilities()) + " (name one in <models> to generate it)");
        }
    }

    /** The lines a lock file change adds to a review, for the log. */
    static void logLockWritten(ModelLock lock, Path lockFile, boolean existed, BuildLog log) {
        long removed = lock.entries().stream().filter(ModelLock.Entry::removed).count();
        log.info((existed ? "Updated " : "Wrote ") + lockFile + " (" + count(lock.ids().size()) + " selected"
                + (removed == 0 ? "" : ", " + removed + " of them removed from Oxen") + "); commit it with the snapshots");
    }

    private static String count(int n) {
        return n + (n == 1 ? " model" : " models");
    }

    static String names(List<String> ids) {
        return ids.isEmpty() ? "none" : ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
    }
}
