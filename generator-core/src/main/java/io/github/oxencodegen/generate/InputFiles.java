package io.github.oxencodegen.generate;

import io.github.oxencodegen.codegen.support.JacksonDialect;
import io.github.oxencodegen.snapshot.SnapshotStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files a build takes its contracts from, as bytes, never parsed: each model's snapshot and
 * overlay. Their {@linkplain #record record} holds, besides those bytes, the generator's version, the
 * base package, the Jackson dialect, the model ids and each overlay's path: everything a generation from the snapshots
 * reads. Stored in {@value #RECORD_FILE} after a successful build, it lets the next build that reads
 * only snapshots see that nothing changed without loading a JSON parser. A build that stores new
 * snapshots records their new bytes ({@link #withSnapshot}), so that the record always describes the
 * files as the build left them.
 *
 * <p>The record keeps the bytes themselves rather than a digest of them: the comparison is exact, and
 * it needs no {@code MessageDigest}, whose first use costs Maven's cold JVM about 10 ms. Snapshots are
 * small (tens of kilobytes for twenty models), and so is the record.
 */
final class InputFiles {
    /** Name of the file, in the output folder, holding the record of the inputs of the last successful build. */
    static final String RECORD_FILE = ".oxen-inputs";

    private final BuildRequest request;
    private final SnapshotStore store;
    private final SortedMap<String, byte[]> snapshots;
    private final Map<String, byte[]> overlays;
    private final SortedMap<Path, String> unreadable;

    private InputFiles(BuildRequest request, SnapshotStore store, SortedMap<String, byte[]> snapshots,
                       Map<String, byte[]> overlays, SortedMap<Path, String> unreadable) {
        this.request = request;
        this.store = store;
        this.snapshots = snapshots;
        this.overlays = overlays;
        this.unreadable = unreadable;
    }

    /** Reads every snapshot and overlay the request names; a file that cannot be read is noted, not thrown. */
    static InputFiles read(BuildRequest request, SnapshotStore store) {
        SortedMap<String, byte[]> snapshots = new TreeMap<>();
        Map<String, byte[]> overlays = new TreeMap<>();
        SortedMap<Path, String> unreadable = new TreeMap<>();
        for (String id : request.models()) {
            Path snapshot = store.pathOf(id);
            try {
                snapshots.put(id, Files.readAllBytes(snapshot));
            } catch (IOException e) {
                unreadable.put(snapshot, "the snapshot " + snapshot + " cannot be read (" + e + ")");
            }
            Path overlay = request.overlays().get(id);
            if (overlay != null) {
                try {
                    overlays.put(id, Files.readAllBytes(overlay));
                } catch (IOException e) {
                    unreadable.put(overlay, "the overlay " + overlay + " cannot be read (" + e + ")");
                }
            }
        }
        return new InputFiles(request, store, snapshots, overlays, unreadable);
    }

    /** These files once the snapshot of {@code modelId} holds {@code content}. */
    InputFiles withSnapshot(String modelId, byte[] content) {
        SortedMap<String, byte[]> newSnapshots = new TreeMap<>(snapshots);
        newSnapshots.put(modelId, content.clone());
        SortedMap<Path, String> stillUnreadable = new TreeMap<>(unreadable);
        stillUnreadable.remove(store.pathOf(modelId));
        return new InputFiles(request, store, newSnapshots, overlays, stillUnreadable);
    }

    /** These files for the models in {@code modelIds} alone (a selection resolved again may drop some). */
    InputFiles retaining(java.util.Collection<String> modelIds) {
        SortedMap<String, byte[]> kept = new TreeMap<>(snapshots);
        kept.keySet().retainAll(modelIds);
        return new InputFiles(request, store, kept, overlays, unreadable);
    }

    /** The bytes of the snapshot of {@code modelId} as read; empty when it could not be read, or does not exist. */
    Optional<byte[]> snapshot(String modelId) {
        byte[] bytes = snapshots.get(modelId);
        return bytes == null ? Optional.empty() : Optional.of(bytes.clone());
    }

    /** What could not be read, for the debug log; empty when every file was read. */
    Optional<String> unreadable() {
        return unreadable.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", unreadable.values()));
    }

    /**
     * Everything a generation by {@code generatorVersion} reads from these files, models sorted by id;
     * empty when a file could not be read. Each field is written {@code <length>:<bytes>} and a line
     * break, or {@code -} and a line break for none, so that no two different inputs give the same record.
     */
    Optional<byte[]> record(String generatorVersion) {
        if (!unreadable.isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        field(out, text("oxen-codegen input files 1"));
        field(out, text(generatorVersion));
        field(out, text(request.basePackage()));
        if (!request.client()) {
            field(out, text("without the client"));
        }
        if (request.plainBuilders()) {
            field(out, text("plain builders"));
        }
        if (request.jackson() != JacksonDialect.JACKSON_2) {
            field(out, text("jackson " + request.jackson().setting()));
        }
        for (Map.Entry<String, byte[]> snapshot : snapshots.entrySet()) {
            String id = snapshot.getKey();
            Path overlay = request.overlays().get(id);
            field(out, text(id));
            field(out, snapshot.getValue());
            field(out, overlay == null ? null : text(overlay.toString()));
            field(out, overlays.get(id));
        }
        return Optional.of(out.toByteArray());
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static void field(ByteArrayOutputStream out, byte[] value) {
        if (value == null) {
            out.writeBytes(text("-\n"));
            return;
        }
        out.writeBytes(text(Integer.toString(value.length)));
        out.write(':');
        out.writeBytes(value);
        out.write('\n');
    }
}
