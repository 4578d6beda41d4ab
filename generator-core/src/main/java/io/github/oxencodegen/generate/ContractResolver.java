package io.github.oxencodegen.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.oxencodegen.diff.Change;
import io.github.oxencodegen.diff.ContractDiff;
import io.github.oxencodegen.diff.ContractReport;
import io.github.oxencodegen.fetch.FetchOutcome;
import io.github.oxencodegen.fetch.FetchedModel;
import io.github.oxencodegen.schema.CanonicalJson;
import io.github.oxencodegen.schema.ModelDocument;
import io.github.oxencodegen.schema.ModelDocumentReader;
import io.github.oxencodegen.schema.SchemaException;
import io.github.oxencodegen.select.ModelLock;
import io.github.oxencodegen.select.SelectionUpdate;
import io.github.oxencodegen.snapshot.SnapshotStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds each model's contract following the fetch mode: from Oxen (all models at once, with one list request
 * when {@link CatalogFetch} says so), from the snapshot when the build is offline or the mode is {@code never},
 * or in {@code auto} mode when the update policy does not ask for the model yet, and from the snapshot in place
 * of a failed fetch in {@code auto} mode. With a selection, the models are those named and those locked; when
 * the list is read, the selection is resolved again: new matches are added, locked models gone from the list
 * are removals built from their kept snapshots, models no longer matched are dropped. Writes nothing: snapshot
 * updates and the new lock are handed back, to be stored only once generation has succeeded.
 */
final class ContractResolver {
    private final BuildRequest request;
    private final BuildLog log;
    private final SnapshotStore snapshots;
    private final ModelDocumentReader reader = new ModelDocumentReader();
    private final UpdateSchedule schedule;
    private final LockedSelection selection;
    private Optional<ModelLock> lockUpdate = Optional.empty();

    /**
     * @param schedule  which models the update policy asks Oxen for; null when it does not apply
     * @param selection the models named and locked, and the selection's filter
     */
    ContractResolver(BuildRequest request, BuildLog log, SnapshotStore snapshots, UpdateSchedule schedule,
                     LockedSelection selection) {
        this.request = request;
        this.log = log;
        this.snapshots = snapshots;
        this.schedule = schedule;
        this.selection = selection;
    }

    /** The lock file to store once generation succeeded: present when this resolution read Oxen's list. */
    Optional<ModelLock> lockUpdate() {
        return lockUpdate;
    }

    List<ResolvedModel> resolve() throws BuildException {
        FetchPolicy policy = new FetchPolicy(request);
        String why = policy.whyFetchingIsOff();
        if (why != null) {
            requireLock(why, null);
            policy.logReadingSnapshots(log);
            List<ResolvedModel> resolved = new ArrayList<>();
            for (String id : request.models()) {
                resolved.add(fromSnapshot(id, null, why));
            }
            return resolved;
        }
        List<String> toFetch = request.models();
        List<String> keptFromSnapshot = List.of();
        if (policy.keepsSnapshotsForWantOfKey()) {
            keptFromSnapshot = request.models().stream().filter(id -> Files.isRegularFile(snapshots.pathOf(id))).toList();
            toFetch = request.models().stream().filter(id -> !Files.isRegularFile(snapshots.pathOf(id))).toList();
            policy.logReadingSnapshots(log, keptFromSnapshot, toFetch);
        }
        List<String> waiting = List.of();
        if (schedule != null) {
            waiting = schedule.waiting();
            toFetch = schedule.due();
            schedule.logWaiting(log);
        }
        boolean listing = selection.mustList()
                || (!toFetch.isEmpty() && CatalogFetch.usesList(toFetch.size(), selection.filter().isPresent()));
        if (listing) {
            // the list holds every model: none waits for the policy, none is kept for want of a key
            toFetch = request.models();
            keptFromSnapshot = List.of();
            waiting = List.of();
        }
        CatalogFetch.Result catalog = listing || !toFetch.isEmpty() ? fetchAll(toFetch)
                : new CatalogFetch.Result(Map.of(), Optional.empty(), List.of(), Optional.empty());
        if (catalog.listFailure().isPresent()) {
            requireLock(null, catalog.listFailure().get().getMessage());
            log.warn("Oxen's model list could not be fetched, so each model was asked for alone"
                    + (selection.filter().isPresent() ? " and the selection was not resolved again" : "") + ": "
                    + catalog.listFailure().get().getMessage());
        }
        Map<String, FetchOutcome> outcomes = catalog.outcomes();
        Optional<SelectionUpdate> update = catalog.selection();
        List<String> order = new ArrayList<>(request.models());
        if (update.isPresent()) {
            SelectionLog.log(update.get(), selection.filter().orElseThrow().toString(),
                    ModelLock.pathIn(request.snapshotDirectory()), snapshots, log);
            update.get().selection().ids().stream().filter(id -> !order.contains(id)).forEach(order::add);
            order.removeIf(id -> update.get().unselected().contains(id) && !selection.isExplicit(id));
            lockUpdate = Optional.of(update.get().lock());
        }
        List<ResolvedModel> resolved = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String id : order) {
            if (catalog.unlisted().contains(id)) {
                boolean kept = Files.isRegularFile(snapshots.pathOf(id));
                logRemoval(id, ModelRemoval.unlisted(id, snapshots.pathOf(id), kept));
                if (kept) {
                    resolved.add(fromSnapshot(id, "the model is no longer in Oxen's model list", null));
                }
                continue;
            }
            if (keptFromSnapshot.contains(id)) {
                resolved.add(fromSnapshot(id, null, "no API key is configured"));
                continue;
            }
            if (waiting.contains(id)) {
                resolved.add(fromSnapshot(id, null, "the update policy " + request.updatePolicy() + " does not ask Oxen yet"));
                continue;
            }
            FetchOutcome outcome = outcomes.get(id);
            if (outcome instanceof FetchOutcome.Fetched fetched) {
                resolved.add(fromFetch(fetched.model()));
            } else if (outcome instanceof FetchOutcome.Failed failed) {
                String reason = failed.error().getMessage();
                if (request.fetchMode() == FetchMode.ALWAYS) {
                    failures.add(reason);
                } else if (!Files.isRegularFile(snapshots.pathOf(id))) {
                    failures.add(reason + " There is no snapshot at " + snapshots.pathOf(id) + " to fall back on.");
                } else {
                    if (ModelRemoval.isRemoval(failed.error())) {
                        logRemoval(id, ModelRemoval.change(id, snapshots.pathOf(id), true));
                    }
                    log.warn("Using the snapshot " + snapshots.pathOf(id) + " for '" + id + "': " + reason);
                    resolved.add(fromSnapshot(id, reason, null));
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new BuildException(String.join(System.lineSeparator(), failures));
        }
        if (resolved.isEmpty()) {
            throw new BuildException("The selection '" + selection.filter().map(Object::toString).orElse("")
                    + "' matches no model with a request schema in Oxen's list, and no <models> are named: nothing to"
                    + " generate. Widen the selection, or name models in <models>.");
        }
        List<String> ids = resolved.stream().map(ResolvedModel::modelId).toList();
        request.overlays().keySet().stream().filter(id -> !ids.contains(id)).forEach(id -> log.warn("The overlay "
                + request.overlays().get(id) + " is for '" + id + "', which is neither in <models> nor selected: unused"));
        return resolved;
    }

    private CatalogFetch.Result fetchAll(List<String> ids) throws BuildException {
        long start = System.nanoTime();
        try {
            CatalogFetch.Result result = CatalogFetch.fetch(request.fetchSettings(), ids, selection.filter().orElse(null),
                    selection.lock(), id -> Files.isRegularFile(snapshots.pathOf(id)), log::info);
            log.debug("Asked Oxen for " + result.outcomes().size() + " model(s)"
                    + (CatalogFetch.usesList(ids.size(), selection.filter().isPresent()) ? " with one list request" : "")
                    + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return result;
        } catch (IllegalArgumentException e) {
            throw new BuildException(e.getMessage(), e);
        }
    }

    /**
     * Fails when the selection has no lock to build from, for want of a fetch ({@code whyNoFetch}) or because the
     * list could not be fetched ({@code listFailure}); warns when the lock is of another selection and is used.
     */
    private void requireLock(String whyNoFetch, String listFailure) throws BuildException {
        String stale = selection.whyLockIsStale();
        if (stale == null) {
            return;
        }
        String why = whyNoFetch != null ? whyNoFetch : "Oxen's model list could not be fetched: " + listFailure;
        if (selection.lock().isEmpty()) {
            throw new BuildException("The model selection '" + selection.filter().orElseThrow() + "' cannot be resolved: "
                    + stale + ", and " + why + ". Run the build once online (with an Oxen API key) to write the lock"
                    + " file, and commit it.");
        }
        log.warn("Building the models of the lock file, although " + stale + " (" + why + "); build online to resolve"
                + " the selection again");
    }

    /** Says, as the change summary of a changed contract does, that Oxen no longer has the model. */
    private void logRemoval(String id, Change removal) {
        log.warn("'" + id + "': the model was removed from Oxen since the snapshot:");
        ContractReport.summaryLines(new ContractDiff(id, null, null, List.of(removal))).stream().skip(1).forEach(log::warn);
    }

    private ResolvedModel fromFetch(FetchedModel fetched) throws BuildException {
        ModelDocument model = fetched.model();
        JsonNode snapshot = snapshotOf(model);
        Path path = snapshots.pathOf(model.id());
        Optional<JsonNode> previous;
        try {
            previous = snapshots.read(model.id());
        } catch (SchemaException e) {
            log.warn("The snapshot " + path + " cannot be read and will be replaced: " + e.getMessage());
            previous = Optional.empty();
        }
        if (previous.isEmpty()) {
            log.debug("'" + model.id() + "': fetched; there is no snapshot yet");
        } else if (!Arrays.equals(CanonicalJson.toBytes(previous.get()), CanonicalJson.toBytes(snapshot))) {
            List<String> changes = ContractChanges.between(model.id(), previous.get(), snapshot, request.plainBuilders());
            if (changes.isEmpty()) {
                log.info("'" + model.id() + "': fetched; the contract is the snapshot's, but " + path + " also holds"
                        + " text that is not part of the contract (such as fields the snapshot does not keep)");
            } else {
                log.info("'" + model.id() + "': the contract changed since the snapshot:");
                changes.forEach(line -> log.info("  " + line));
            }
        } else {
            log.debug("'" + model.id() + "': fetched; same contract as " + path);
            snapshot = null;
        }
        return new ResolvedModel(model, ContractSource.FETCHED, snapshot, null);
    }

    private ResolvedModel fromSnapshot(String id, String fetchFailure, String whyNoFetch) throws BuildException {
        Path path = snapshots.pathOf(id);
        Optional<JsonNode> stored;
        try {
            stored = snapshots.read(id);
        } catch (SchemaException e) {
            throw new BuildException("The snapshot of '" + id + "' cannot be read: " + e.getMessage(), e);
        }
        if (stored.isEmpty()) {
            throw new BuildException("There is no snapshot of the model '" + id + "' at " + path + ", and " + whyNoFetch
                    + ". Run the build once online with an Oxen API key so that it records the snapshot,"
                    + " or commit the model's contract as " + path + ".");
        }
        List<ModelDocument> documents;
        try {
            documents = reader.read(stored.get(), path.toString(), id);
        } catch (SchemaException e) {
            throw new BuildException(e.getMessage(), e);
        }
        if (documents.size() != 1 || !documents.get(0).id().equals(id)) {
            throw new BuildException("The snapshot " + path + " must hold the model '" + id + "' alone; it holds "
                    + documents.stream().map(ModelDocument::id).toList());
        }
        return new ResolvedModel(documents.get(0), ContractSource.SNAPSHOT, null, fetchFailure);
    }

    /**
     * What a snapshot keeps of a model: its id, endpoint and request schema. The rest of the model
     * object (pricing, descriptions, deployments) changes without changing the contract, and would
     * only churn the committed file.
     */
    static ObjectNode snapshotOf(ModelDocument model) {
        ObjectNode snapshot = JsonNodeFactory.instance.objectNode();
        snapshot.put("id", model.id());
        if (model.endpoint() != null) {
            snapshot.put("endpoint", model.endpoint());
        }
        snapshot.set("request_schema", model.hasRequestSchema() ? model.requestSchema() : JsonNodeFactory.instance.nullNode());
        return snapshot;
    }
}
