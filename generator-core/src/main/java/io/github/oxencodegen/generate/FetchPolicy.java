package io.github.oxencodegen.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether a build asks Oxen for its contracts, decided from the request alone: never when the build
 * is offline or the fetch mode is {@code never}; in {@code auto} mode without an API key and with a
 * base URL that is not loopback, not for the models that have a snapshot; otherwise for every model.
 * Also what the build says when it reads the snapshots instead. Knows nothing of JSON, so that a build
 * can decide before loading any parser.
 */
final class FetchPolicy {
    private final BuildRequest request;

    FetchPolicy(BuildRequest request) {
        this.request = request;
    }

    /** Why no model is fetched whatever the snapshots: the build is offline, or the mode is never; else null. */
    String whyFetchingIsOff() {
        if (request.offline()) {
            return "the build is offline";
        }
        return request.fetchMode() == FetchMode.NEVER ? "the fetch mode is 'never'" : null;
    }

    /** True when the models that have a snapshot are built from it for want of an API key, without asking Oxen. */
    boolean keepsSnapshotsForWantOfKey() {
        return whyFetchingIsOff() == null && request.fetchMode() == FetchMode.AUTO
                && request.fetchSettings().apiKey() == null && !request.fetchSettings().targetsLoopback();
    }

    /**
     * True when the build asks Oxen only for the models its {@link UpdatePolicy} says are due: the
     * {@code auto} mode, fetching on, and a key (or a loopback server) to fetch with.
     */
    boolean followsUpdatePolicy() {
        return whyFetchingIsOff() == null && request.fetchMode() == FetchMode.AUTO && !keepsSnapshotsForWantOfKey();
    }

    /** True when, provided every model has a snapshot, the build contacts Oxen for none of them. */
    boolean fetchesNothingGivenEverySnapshot() {
        return whyFetchingIsOff() != null || keepsSnapshotsForWantOfKey();
    }

    /** Says why the contracts come from the snapshots, when every model is built from its snapshot. */
    void logReadingSnapshots(BuildLog log) {
        logReadingSnapshots(log, request.models(), List.of());
    }

    /**
     * Says why the contracts of {@code fromSnapshots} come from the snapshots: at info level when fetching
     * is off; else as a warning that also names the models without a snapshot, {@code fetchedAnyway},
     * which are fetched without a key.
     */
    void logReadingSnapshots(BuildLog log, List<String> fromSnapshots, List<String> fetchedAnyway) {
        String why = whyFetchingIsOff();
        if (why != null) {
            log.info("Reading model contracts from the snapshots in " + request.snapshotDirectory() + " (" + why + ")");
            return;
        }
        List<String> parts = new ArrayList<>();
        if (!fromSnapshots.isEmpty()) {
            parts.add(names(fromSnapshots) + (fromSnapshots.size() == 1 ? " is built from its snapshot in "
                    : " are built from their snapshots in ") + request.snapshotDirectory() + " without contacting Oxen");
        }
        if (!fetchedAnyway.isEmpty()) {
            parts.add(names(fetchedAnyway) + (fetchedAnyway.size() == 1 ? " has no snapshot and is fetched"
                    : " have no snapshot and are fetched") + " from Oxen without a key");
        }
        log.warn("No Oxen API key is configured (a <server> in settings.xml, or the OXEN_API_KEY environment"
                + " variable): " + String.join("; ", parts) + ". Give a key to refresh the snapshots.");
    }

    private static String names(List<String> ids) {
        return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
    }
}
