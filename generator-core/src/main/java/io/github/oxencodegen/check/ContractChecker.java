package io.github.oxencodegen.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.ModelInput;
import io.github.oxencodegen.schema.OverlayReader;
import io.github.oxencodegen.generate.CatalogFetch;
import io.github.oxencodegen.generate.ModelRemoval;
import io.github.oxencodegen.diff.ContractDiffer;
import io.github.oxencodegen.fetch.FetchOutcome;
import io.github.oxencodegen.fetch.FetchSettings;
import io.github.oxencodegen.io.AtomicFiles;
import io.github.oxencodegen.schema.ContractPreparer;
import io.github.oxencodegen.schema.ModelDocument;
import io.github.oxencodegen.schema.ModelDocumentReader;
import io.github.oxencodegen.schema.PreparedContract;
import io.github.oxencodegen.schema.SchemaException;
import io.github.oxencodegen.select.ModelLock;
import io.github.oxencodegen.select.SelectionUpdate;
import io.github.oxencodegen.snapshot.SnapshotStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a contract check: fetches every model's current contract (all at once), prepares it and the
 * committed snapshot with the same overlay, compares them, and writes the markdown and JSON reports.
 * A model for which Oxen answers 404 "Model not found: id" is removed: a breaking change, whether or not
 * it has a snapshot (any other 404, such as a wrong base URL's page, is a failed fetch: not checked).
 * A model that cannot be fetched is reported as not checked, never as unchanged; so is every model when
 * no API key is configured and the server is not loopback (unless a failed fetch fails the check), without
 * contacting Oxen. Snapshots are only read.
 *
 * <p>With a model selection, the check covers the models named, those the lock file records and those the
 * selection matches in Oxen's list now, all read with one list request ({@link CatalogFetch}): a locked model no
 * longer listed is removed (breaking), a newly matching one is checked (new, without a snapshot, until generate
 * records it), and {@link SelectionChanges} lists both for the report. The check never writes the lock file.
 */
public final class ContractChecker {
    /** Why a check without an API key reports every model as not checked. */
    static final String NO_KEY = "no Oxen API key is configured (a <server> in settings.xml, or the OXEN_API_KEY"
            + " environment variable), so Oxen was not contacted";

    private final CheckRequest request;
    private final SnapshotStore snapshots;
    private final ModelDocumentReader reader = new ModelDocumentReader();

    public ContractChecker(CheckRequest request) {
        this.request = request;
        this.snapshots = new SnapshotStore(request.snapshotDirectory());
    }

    /**
     * Checks every model and writes {@link CheckReport#MARKDOWN_FILE} and {@link CheckReport#JSON_FILE}
     * into the report directory, whatever the verdict. When the check cannot be made, the reports of an
     * earlier check are removed rather than left to speak for this one.
     *
     * @throws CheckException when an overlay or a snapshot cannot be read, a contract cannot be prepared for
     *                        comparison, the base URL cannot be used, or the reports cannot be written
     */
    public CheckResult run() throws CheckException {
        removeEarlierReports();
        Map<String, JsonNode> overlays = readOverlays();
        Optional<ModelLock> lock = readLock();
        List<String> ids = new ArrayList<>(request.models());
        lock.ifPresent(l -> l.ids().stream().filter(id -> !ids.contains(id)).forEach(ids::add));
        List<ModelCheck> checks = new ArrayList<>();
        Optional<SelectionChanges> changes = Optional.empty();
        String noFetchReason = request.noFetchReason().orElseGet(this::noKeyReason);
        if (noFetchReason != null) {
            for (String id : ids) {
                checks.add(new ModelCheck.NotFetched(id, noFetchReason));
            }
        } else {
            CatalogFetch.Result fetched = fetchAll(ids, lock);
            Optional<SelectionUpdate> update = fetched.selection();
            update.ifPresent(u -> u.selection().ids().stream().filter(id -> !ids.contains(id)).forEach(ids::add));
            for (String id : ids) {
                FetchOutcome outcome = fetched.outcomes().get(id);
                if (fetched.unlisted().contains(id)) {
                    checks.add(removed(id, overlays.get(id), true));
                } else if (update.isPresent() && update.get().unselected().contains(id) && !request.models().contains(id)) {
                    continue; // no longer selected: the selection section says so
                } else if (outcome instanceof FetchOutcome.Fetched f) {
                    checks.add(compare(f.model().model(), overlays.get(id)));
                } else if (ModelRemoval.isRemoval(((FetchOutcome.Failed) outcome).error())) {
                    checks.add(removed(id, overlays.get(id), false));
                } else {
                    checks.add(new ModelCheck.FetchFailed(id, ((FetchOutcome.Failed) outcome).error().getMessage()));
                }
            }
            changes = update.map(u -> new SelectionChanges(request.selection().orElseThrow().toString(), u.firstLock(),
                    u.appeared(), u.removed(), u.unselected()));
        }
        if (checks.isEmpty()) {
            // only a selection can leave nothing to check: never let that pass for "no drift"
            throw new CheckException("Nothing to check: no <models> are named, and the model selection '"
                    + request.selection().map(Object::toString).orElse("") + "' has no lock file "
                    + ModelLock.pathIn(request.snapshotDirectory()) + (noFetchReason != null ? " and " + noFetchReason
                    : " and matches no model in Oxen's list (or the list could not be fetched)")
                    + ". Run the generate goal once online to resolve the selection, and commit the lock file.", null);
        }
        CheckResult result = new CheckResult(checks, request.failOn(), request.fetchFailureFails(), changes);
        writeReports(result);
        return result;
    }

    /** The lock of the selection, when there is a selection and a lock; the check only reads it. */
    private Optional<ModelLock> readLock() throws CheckException {
        if (request.selection().isEmpty()) {
            return Optional.empty();
        }
        try {
            return ModelLock.read(request.snapshotDirectory());
        } catch (SchemaException e) {
            throw new CheckException("The lock file of the model selection cannot be used: " + e.getMessage(), e);
        }
    }

    /**
     * Why nothing is fetched for want of an API key, as a build in {@code auto} mode decides: no key, and a
     * server that is not loopback; null when the check fetches (with a key, from a loopback server, or when
     * a failed fetch fails the check, which then says what the server answered).
     */
    private String noKeyReason() {
        FetchSettings settings = request.fetchSettings().orElseThrow();
        if (request.fetchFailureFails() || settings.apiKey() != null || settings.targetsLoopback()) {
            return null;
        }
        return NO_KEY;
    }

    private CatalogFetch.Result fetchAll(List<String> ids, Optional<ModelLock> lock) throws CheckException {
        try {
            return CatalogFetch.fetch(request.fetchSettings().orElseThrow(), ids, request.selection().orElse(null), lock,
                    id -> Files.isRegularFile(snapshots.pathOf(id)), notice -> { });
        } catch (IllegalArgumentException e) {
            throw new CheckException(e.getMessage(), e);
        }
    }

    private ModelCheck compare(ModelDocument current, JsonNode overlay) throws CheckException {
        String id = current.id();
        Path path = snapshots.pathOf(id);
        try {
            Optional<ModelDocument> snapshot = readSnapshot(id);
            if (snapshot.isEmpty()) {
                return new ModelCheck.NoSnapshot(id, path);
            }
            return new ModelCheck.Compared(ContractDiffer.diff(snapshot.get(), current, overlay, overlaySource(id), request.plainBuilders()));
        } catch (SchemaException e) {
            throw new CheckException("Cannot compare the contract of '" + id + "' with its snapshot: " + e.getMessage(), e);
        }
    }

    /** The model in the snapshot of {@code id}; empty when there is no snapshot. */
    private Optional<ModelDocument> readSnapshot(String id) throws SchemaException, CheckException {
        Path path = snapshots.pathOf(id);
        Optional<JsonNode> stored = snapshots.read(id);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        List<ModelDocument> documents = reader.read(stored.get(), path.toString(), id);
        if (documents.size() != 1 || !documents.get(0).id().equals(id)) {
            throw new CheckException("The snapshot " + path + " must hold the model '" + id + "' alone; it holds "
                    + documents.stream().map(ModelDocument::id).toList(), null);
        }
        return Optional.of(documents.get(0));
    }

    /**
     * A model Oxen answered "Model not found" for: removed, its snapshot (if any) kept and hashed as a
     * comparison would hash it.
     */
    private ModelCheck removed(String id, JsonNode overlay, boolean unlisted) throws CheckException {
        Path path = snapshots.pathOf(id);
        try {
            Optional<ModelDocument> snapshot = readSnapshot(id);
            String oldSha256 = snapshot.isEmpty() ? null : prepare(snapshot.get(), overlay).sha256();
            return new ModelCheck.Removed(id, path, snapshot.isPresent(), oldSha256, unlisted);
        } catch (SchemaException e) {
            throw new CheckException("Cannot read the snapshot of '" + id + "', which Oxen says it no longer has: "
                    + e.getMessage(), e);
        }
    }

    private PreparedContract prepare(ModelDocument model, JsonNode overlay) throws SchemaException {
        return ContractPreparer.prepare(new ModelInput(model, overlay, overlaySource(model.id())));
    }

    private String overlaySource(String id) {
        Path file = request.overlays().get(id);
        return file == null ? null : file.toString();
    }

    private Map<String, JsonNode> readOverlays() throws CheckException {
        Map<String, JsonNode> patches = new LinkedHashMap<>();
        for (Map.Entry<String, Path> overlay : request.overlays().entrySet()) {
            Path file = overlay.getValue();
            try {
                patches.put(overlay.getKey(), OverlayReader.read(file, overlay.getKey()));
            } catch (SchemaException e) {
                throw new CheckException(e.getMessage(), e);
            }
        }
        return patches;
    }

    private void removeEarlierReports() throws CheckException {
        try {
            Files.deleteIfExists(request.reportDirectory().resolve(CheckReport.MARKDOWN_FILE));
            Files.deleteIfExists(request.reportDirectory().resolve(CheckReport.JSON_FILE));
        } catch (IOException e) {
            throw new CheckException("Cannot remove the earlier contract report from " + request.reportDirectory()
                    + ": " + e.getMessage(), e);
        }
    }

    private void writeReports(CheckResult result) throws CheckException {
        Path directory = request.reportDirectory();
        try {
            AtomicFiles.writeString(directory.resolve(CheckReport.MARKDOWN_FILE), CheckReport.toMarkdown(result));
            AtomicFiles.writeString(directory.resolve(CheckReport.JSON_FILE), CheckReport.toJson(result));
        } catch (IOException e) {
            throw new CheckException("Cannot write the contract report into " + directory + ": " + e.getMessage(), e);
        }
    }
}
