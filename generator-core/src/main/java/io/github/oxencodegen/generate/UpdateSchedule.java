package io.github.oxencodegen.generate;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which models a build in the {@code auto} fetch mode asks Oxen for, under its {@link UpdatePolicy}: a model
 * is due when the output folder has no {@link FetchRecord} entry for it (never fetched here, or fetched from
 * another server), when its snapshot is missing or is no longer the one that fetch left, or when the policy
 * says its time has come. The others are built from their snapshots without contacting Oxen, and one log
 * line says so and until when. Decided from bytes and times alone, before any JSON is parsed.
 */
final class UpdateSchedule {
    /** How many models the log line names; past that it counts the rest, so that 300 models make one short line. */
    private static final int NAMED = 3;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);

    private final UpdatePolicy policy;
    private final ZoneId zone;
    private final List<String> due;
    private final List<String> waiting;
    private final Instant lastFetched;
    private final Optional<Instant> nextCheck;

    private UpdateSchedule(UpdatePolicy policy, ZoneId zone, List<String> due, List<String> waiting, Instant lastFetched,
                           Optional<Instant> nextCheck) {
        this.policy = policy;
        this.zone = zone;
        this.due = List.copyOf(due);
        this.waiting = List.copyOf(waiting);
        this.lastFetched = lastFetched;
        this.nextCheck = nextCheck;
    }

    /** The schedule of the request's models at {@code now}, from what the output folder remembers and the snapshots read. */
    static UpdateSchedule of(BuildRequest request, FetchRecord record, InputFiles files, Instant now) {
        UpdatePolicy policy = request.updatePolicy();
        ZoneId zone = request.clock().getZone();
        List<String> due = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        Instant lastFetched = null;
        Optional<Instant> nextCheck = Optional.empty();
        for (String id : request.models()) {
            Optional<FetchRecord.Entry> entry = record.entry(id);
            Optional<byte[]> snapshot = files.snapshot(id);
            boolean current = entry.isPresent() && snapshot.isPresent()
                    && entry.get().snapshotChecksum().equals(FetchRecord.checksum(snapshot.get()))
                    && !policy.isDue(entry.get().fetchedAt(), now, zone);
            if (!current) {
                due.add(id);
                continue;
            }
            waiting.add(id);
            Instant fetched = entry.get().fetchedAt();
            if (lastFetched == null || fetched.isBefore(lastFetched)) {
                lastFetched = fetched;
            }
            Optional<Instant> next = policy.nextCheck(fetched, zone);
            if (next.isPresent() && (nextCheck.isEmpty() || next.get().isBefore(nextCheck.get()))) {
                nextCheck = next;
            }
        }
        return new UpdateSchedule(policy, zone, due, waiting, lastFetched, nextCheck);
    }

    /** The models to ask Oxen for, in the request's order. */
    List<String> due() {
        return due;
    }

    /** The models built from their snapshots, since the policy does not ask for them yet. */
    List<String> waiting() {
        return waiting;
    }

    /** True when the build asks Oxen for no model. */
    boolean asksNobody() {
        return due.isEmpty();
    }

    /** Says, when some models are not asked for, which, since when and until when; nothing otherwise. */
    void logWaiting(BuildLog log) {
        if (waiting.isEmpty()) {
            return;
        }
        String names = waiting.stream().limit(NAMED).map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        if (waiting.size() > NAMED) {
            names = waiting.size() + " models (" + names + " and " + (waiting.size() - NAMED) + " more)";
        }
        boolean one = waiting.size() == 1;
        String until = nextCheck.map(next -> "Oxen is asked again from " + shown(next))
                .orElse("Oxen is asked only for models this output folder has not fetched, so again after a clean build");
        log.info("Not contacting Oxen for " + names + " (update policy " + policy + "): built from "
                + (one ? "its snapshot, whose contract was fetched at " : "their snapshots, whose contracts were fetched at ")
                + (one ? "" : "the earliest at ") + shown(lastFetched) + "; " + until
                + " (-Doxen.updatePolicy=always or mvn -U asks now)");
    }

    private String shown(Instant instant) {
        return SHOWN.format(instant.atZone(zone));
    }
}
