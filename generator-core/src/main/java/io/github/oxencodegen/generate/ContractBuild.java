package io.github.oxencodegen.generate;

import io.github.oxencodegen.GenerationResult;
import io.github.oxencodegen.Generator;
import io.github.oxencodegen.GeneratorBuild;
import io.github.oxencodegen.GeneratorOptions;
import io.github.oxencodegen.schema.ModelInput;
import io.github.oxencodegen.schema.OverlayReader;
import io.github.oxencodegen.io.AtomicFiles;
import io.github.oxencodegen.schema.CanonicalJson;
import io.github.oxencodegen.schema.SchemaException;
import io.github.oxencodegen.select.ModelLock;
import io.github.oxencodegen.snapshot.SnapshotStore;
import io.github.oxencodegen.write.Fingerprint;
import io.github.oxencodegen.write.OutputLock;
import io.github.oxencodegen.write.SourceWriter;
import io.github.oxencodegen.write.WriteResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One build: resolve each model's contract ({@link ContractResolver}), apply the overlays, and unless
 * the inputs match the last successful build and its output is intact, generate and write the sources;
 * then store the snapshots that changed, promote the fingerprint and record the input files. Each step
 * runs only when the ones before it succeeded, so a failed fetch or generation leaves every snapshot and
 * generated file as it was.
 *
 * <p>A build that will fetch nothing first compares the raw bytes of its snapshots and overlays with
 * those recorded by the last successful build ({@link InputFiles}); when they match and the output is
 * intact it is done, without parsing a contract. Otherwise it goes the whole way, which decides on the
 * parsed contracts. Both the fingerprint and the record are removed before any generated file is
 * written and stored again only after the write succeeded.
 */
public final class ContractBuild {
    /** What the debug log says when a build found its inputs unchanged without parsing them. */
    static final String UNCHANGED_INPUTS = "The snapshots and overlays are byte for byte those of the last successful"
            + " build, and its output is intact: no contract was parsed";

    private final BuildRequest request;
    private final BuildLog log;
    private final SnapshotStore snapshots;
    private final LockedSelection selection;

    public ContractBuild(BuildRequest request, BuildLog log) {
        this(request, log, null);
    }

    private ContractBuild(BuildRequest request, BuildLog log, LockedSelection selection) {
        this.request = request;
        this.log = log;
        this.snapshots = new SnapshotStore(request.snapshotDirectory());
        this.selection = selection;
    }

    public BuildResult run() throws BuildException {
        if (selection == null) {
            // the models named, and those the lock file records for the selection
            LockedSelection locked = LockedSelection.read(request, snapshots);
            return new ContractBuild(locked.request(), log, locked).run();
        }
        SourceWriter writer = new SourceWriter(request.outputDirectory());
        Path inputsFile = writer.outputDirectory().resolve(InputFiles.RECORD_FILE);
        InputFiles inputFiles = InputFiles.read(request, snapshots);
        Instant now = request.clock().instant();
        Path fetchRecordFile = writer.outputDirectory().resolve(FetchRecord.FILE_NAME);
        FetchRecord fetchRecord = FetchRecord.read(fetchRecordFile, request.fetchSettings().baseUrl());
        UpdateSchedule schedule = new FetchPolicy(request).followsUpdatePolicy()
                ? UpdateSchedule.of(request, fetchRecord, inputFiles, now) : null;
        Optional<BuildResult> unchanged = unchangedSinceLastBuild(inputFiles, inputsFile, writer, schedule);
        if (unchanged.isPresent()) {
            return unchanged.get();
        }

        ContractResolver resolver = new ContractResolver(request, log, snapshots, schedule, selection);
        List<ResolvedModel> resolved = resolver.resolve();
        List<ModelInput> inputs = new ArrayList<>();
        for (ResolvedModel model : resolved) {
            inputs.add(withOverlay(model));
        }
        OutputLock lock;
        try {
            lock = OutputLock.acquire(writer.outputDirectory(), OutputLock.DEFAULT_TIMEOUT, log::info);
        } catch (IOException e) {
            throw new BuildException(e.getMessage(), e);
        }
        try {
            BuildResult result = generateAndWrite(writer, inputsFile, inputFiles, resolved, inputs, resolver.lockUpdate());
            if (!request.updatePolicy().asksEveryBuild()) {
                recordFetches(fetchRecord, fetchRecordFile, inputFiles, resolved, now.truncatedTo(ChronoUnit.SECONDS));
            }
            return result;
        } finally {
            try {
                lock.close();
            } catch (IOException e) {
                log.warn("Could not release the lock of " + writer.outputDirectory() + ": " + e);
            }
        }
    }

    /**
     * The part of the build that reads and writes the output folder, run holding its {@link OutputLock}
     * from reading the last build's fingerprint to recording this one's: a concurrent build of the same
     * folder (an IDE's beside a command line's) waits, saying so, and then finds this output up to date.
     * (The check for unchanged inputs before it only reads, and a build that is writing removes the
     * record that check needs before it writes anything.)
     */
    private BuildResult generateAndWrite(SourceWriter writer, Path inputsFile, InputFiles inputFiles,
            List<ResolvedModel> resolved, List<ModelInput> inputs, Optional<ModelLock> lock) throws BuildException {
        GeneratorOptions options = new GeneratorOptions(request.basePackage(), request.client(), request.plainBuilders(), request.jackson());
        Fingerprint fingerprint = Fingerprint.of(GeneratorBuild.IDENTITY, options, inputs);
        Path fingerprintFile = writer.outputDirectory().resolve(Fingerprint.FILE_NAME);

        boolean upToDate = false;
        try {
            upToDate = Fingerprint.readFrom(fingerprintFile).equals(Optional.of(fingerprint)) && writer.isIntact();
        } catch (IOException e) {
            log.debug("Regenerating: the previous output cannot be checked: " + e.getMessage());
        }
        if (upToDate) {
            List<ModelOutcome> outcomes = storeSnapshots(resolved);
            LockedSelection.store(lock, request.snapshotDirectory(), log);
            recordInputs(inputFiles, resolved, inputsFile);
            log.info("Generated sources are up to date (" + resolved.size() + " model(s)) in "
                    + writer.outputDirectory());
            return new BuildResult(outcomes, new WriteResult(0, 0, 0), true, List.of());
        }

        GenerationResult generated = generate(options, inputs, resolved);
        generated.warnings().forEach(log::warn);
        generated.notes().forEach(log::info);
        WriteResult files;
        try {
            Fingerprint.deleteAt(fingerprintFile);
            Files.deleteIfExists(inputsFile);
            files = writer.write(generated.files());
        } catch (IOException e) {
            throw new BuildException("Could not write the generated sources to " + writer.outputDirectory() + ": " + e, e);
        }
        List<ModelOutcome> outcomes = storeSnapshots(resolved);
        LockedSelection.store(lock, request.snapshotDirectory(), log);
        try {
            fingerprint.writeTo(fingerprintFile);
            recordInputs(inputFiles, resolved, inputsFile);
        } catch (IOException e) {
            log.warn("Could not record the build's fingerprint in " + fingerprintFile + " (the next build will"
                    + " generate again): " + e);
        }
        log.info("Generated " + resolved.size() + " model(s) into " + writer.outputDirectory() + ": "
                + files.written() + " file(s) written, " + files.unchanged() + " unchanged, " + files.deleted() + " deleted");
        return new BuildResult(outcomes, files, false, generated.warnings());
    }

    /**
     * The result of a build that fetches nothing and whose snapshots and overlays are byte for byte those
     * of the last successful build, with its output intact; empty when the build must go the whole way.
     * Parses nothing, and loads no JSON parser.
     */
    private Optional<BuildResult> unchangedSinceLastBuild(InputFiles inputFiles, Path inputsFile, SourceWriter writer,
                                                          UpdateSchedule schedule) {
        FetchPolicy policy = new FetchPolicy(request);
        boolean waitingForPolicy = schedule != null && schedule.asksNobody();
        if ((!policy.fetchesNothingGivenEverySnapshot() && !waitingForPolicy) || selection.mustList()) {
            return Optional.empty();
        }
        Optional<byte[]> record = inputFiles.record(GeneratorBuild.IDENTITY);
        if (record.isEmpty()) {
            log.debug("Reading the contracts in full: " + inputFiles.unreadable().orElse("an input cannot be read"));
            return Optional.empty();
        }
        try {
            if (!AtomicFiles.hasContent(inputsFile, record.get())) {
                log.debug("Reading the contracts in full: the snapshots, overlays or options differ from those of the"
                        + " last successful build");
                return Optional.empty();
            }
            if (!writer.isIntact()) {
                log.debug("Reading the contracts in full: generated sources were changed or deleted since the last build");
                return Optional.empty();
            }
        } catch (IOException e) {
            log.debug("Reading the contracts in full: the previous output cannot be checked: " + e.getMessage());
            return Optional.empty();
        }
        if (waitingForPolicy) {
            schedule.logWaiting(log);
        } else {
            policy.logReadingSnapshots(log);
        }
        log.debug(UNCHANGED_INPUTS);
        List<ModelOutcome> outcomes = new ArrayList<>();
        for (String id : request.models()) {
            outcomes.add(new ModelOutcome(id, ContractSource.SNAPSHOT, false, null));
        }
        log.info("Generated sources are up to date (" + outcomes.size() + " model(s)) in " + writer.outputDirectory());
        return Optional.of(new BuildResult(outcomes, new WriteResult(0, 0, 0), true, List.of()));
    }

    /**
     * Stores the record of the input files as this build leaves them (with the snapshots it stored),
     * unless it is stored already; removes it when an input could not be read, or when the files, read
     * once more, are no longer those read when the build began: a file edited while the build ran may
     * have been parsed in its new state, and an undo of that edit must not later pass for "unchanged".
     */
    private void recordInputs(InputFiles read, List<ResolvedModel> resolved, Path file) {
        List<String> ids = resolved.stream().map(ResolvedModel::modelId).toList();
        InputFiles now = read.retaining(ids);
        for (ResolvedModel model : resolved) {
            if (model.snapshotUpdate() != null) {
                now = now.withSnapshot(model.modelId(), CanonicalJson.toBytes(model.snapshotUpdate()));
            }
        }
        Optional<byte[]> record = now.record(GeneratorBuild.IDENTITY);
        if (record.isPresent()) {
            // the models this build generated: a selection resolved against Oxen's list may have added or dropped some
            BuildRequest built = ids.equals(request.models()) ? request : request.toBuilder().models(ids).build();
            Optional<byte[]> reread = InputFiles.read(built, snapshots).record(GeneratorBuild.IDENTITY);
            if (reread.isEmpty() || !Arrays.equals(reread.get(), record.get())) {
                log.debug("Not recording the snapshots and overlays: one changed while this build ran");
                record = Optional.empty();
            }
        }
        try {
            if (record.isEmpty()) {
                Files.deleteIfExists(file);
            } else if (!AtomicFiles.hasContent(file, record.get())) {
                AtomicFiles.write(file, record.get());
            }
        } catch (IOException e) {
            log.warn("Could not record the snapshots and overlays of this build in " + file + " (the next build"
                    + " will read them in full): " + e);
        }
    }

    /**
     * Remembers, for the update policy, when each model whose contract this build fetched and stored was
     * fetched ({@code fetchedAt}, taken before asking) and which snapshot it left; the other models keep their
     * entries, so a failed fetch does not count as a contact. Models no longer built are forgotten. Not called
     * under the policy {@code always}, which needs no record: a build that asks every time then leaves the
     * output folder untouched when nothing changed (an IDE watching it sees no change).
     */
    private void recordFetches(FetchRecord record, Path file, InputFiles read, List<ResolvedModel> resolved,
                               Instant fetchedAt) {
        Map<String, FetchRecord.Entry> fetched = new LinkedHashMap<>();
        for (ResolvedModel model : resolved) {
            if (model.source() != ContractSource.FETCHED) {
                continue;
            }
            Optional<byte[]> snapshot = model.snapshotUpdate() != null
                    ? Optional.of(CanonicalJson.toBytes(model.snapshotUpdate())) : read.snapshot(model.modelId());
            snapshot.ifPresent(bytes -> fetched.put(model.modelId(), new FetchRecord.Entry(fetchedAt, FetchRecord.checksum(bytes))));
        }
        FetchRecord next = record.with(fetched, resolved.stream().map(ResolvedModel::modelId).toList());
        try {
            if (next.isEmpty()) {
                Files.deleteIfExists(file);
            } else {
                next.writeTo(file);
            }
        } catch (IOException e) {
            log.warn("Could not record when the contracts were fetched in " + file + " (the next build will ask Oxen"
                    + " again): " + e);
        }
    }

    private ModelInput withOverlay(ResolvedModel model) throws BuildException {
        Path file = request.overlays().get(model.modelId());
        if (file == null) {
            return ModelInput.of(model.document());
        }
        try {
            ModelInput input = OverlayReader.apply(model.document(), file);
            log.debug("'" + model.modelId() + "': applying the overlay " + file);
            return input;
        } catch (SchemaException e) {
            throw new BuildException(e.getMessage(), e);
        }
    }

    private GenerationResult generate(GeneratorOptions options, List<ModelInput> inputs, List<ResolvedModel> resolved)
            throws BuildException {
        long start = System.nanoTime();
        try {
            GenerationResult result = new Generator().generate(options, inputs);
            log.debug("Generated " + result.files().size() + " file(s) in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return result;
        } catch (SchemaException e) {
            String fromSnapshot = resolved.stream()
                    .filter(m -> m.modelId().equals(e.modelId()) && m.source() == ContractSource.SNAPSHOT)
                    .map(m -> " (the contract was read from the snapshot " + snapshots.pathOf(m.modelId()) + ")")
                    .findFirst().orElse("");
            throw new BuildException(e.getMessage() + fromSnapshot, e);
        }
    }

    private List<ModelOutcome> storeSnapshots(List<ResolvedModel> resolved) throws BuildException {
        List<ModelOutcome> outcomes = new ArrayList<>();
        for (ResolvedModel model : resolved) {
            boolean updated = false;
            if (model.snapshotUpdate() != null) {
                Path path = snapshots.pathOf(model.modelId());
                boolean existed = Files.exists(path);
                try {
                    updated = snapshots.write(model.modelId(), model.snapshotUpdate());
                } catch (IOException e) {
                    throw new BuildException("Could not write the snapshot " + path + ": " + e, e);
                }
                if (updated) {
                    log.info((existed ? "Updated the snapshot " + path : "Recorded the contract of '" + model.modelId()
                            + "' in " + path) + "; commit it with the project");
                }
            }
            outcomes.add(new ModelOutcome(model.modelId(), model.source(), updated, model.fetchFailure()));
        }
        return outcomes;
    }
}
