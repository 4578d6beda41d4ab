package io.github.oxencodegen.build;

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

    /** True when, provided every model has a snapshot, the build contacts Oxen for none of them. */
    boolean fetchesNothingGivenEverySnapshot() {
        return whyFetchingIsOff() != null || keepsSnapshotsForWantOfKey();
    }

    /** Says why the contracts come from the snapshots: at info level when fetching is off, else as a warning. */
    void logReadingSnapshots(BuildLog log) {
        String why = whyFetchingIsOff();
        if (why != null) {
            log.info("Reading model contracts from the snapshots in " + request.snapshotDirectory() + " (" + why + ")");
        } else {
            log.warn("No Oxen API key is configured (a <server> in settings.xml, or the OXEN_API_KEY environment"
                    + " variable): building from the snapshots in " + request.snapshotDirectory()
                    + " without contacting Oxen. Give a key to refresh them.");
        }
    }
}
