package io.github.oxencodegen.build;

import io.github.oxencodegen.snapshot.SnapshotStore;
import io.github.oxencodegen.write.Fingerprint;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files a build takes its contracts from, as bytes, never parsed: each model's snapshot and
 * overlay. Their {@linkplain #fingerprint fingerprint} covers, besides those bytes, the generator's
 * version, the base package, the model ids and each overlay's file name: everything a generation from
 * the snapshots reads. Stored in {@value #FINGERPRINT_FILE} after a successful build, it lets the next
 * build that reads only snapshots see that nothing changed without loading a JSON parser. A build
 * that stores new snapshots records their new bytes ({@link #withSnapshot}), so that the fingerprint
 * always describes the files as the build left them.
 */
final class InputFiles {
    /** Name of the file, in the output folder, holding the fingerprint of the inputs of the last successful build. */
    static final String FINGERPRINT_FILE = ".oxen-inputs";

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

    /** What could not be read, for the debug log; empty when every file was read. */
    Optional<String> unreadable() {
        return unreadable.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", unreadable.values()));
    }

    /** The fingerprint of these files for a generation by {@code generatorVersion}; empty when a file could not be read. */
    Optional<Fingerprint> fingerprint(String generatorVersion) {
        if (!unreadable.isEmpty()) {
            return Optional.empty();
        }
        MessageDigest digest = newDigest();
        field(digest, text("oxen-codegen input files v1"));
        field(digest, text(generatorVersion));
        field(digest, text(request.basePackage()));
        for (Map.Entry<String, byte[]> snapshot : snapshots.entrySet()) {
            String id = snapshot.getKey();
            Path overlay = request.overlays().get(id);
            field(digest, text(id));
            field(digest, snapshot.getValue());
            field(digest, overlay == null ? null : text(overlay.toString()));
            field(digest, overlays.get(id));
        }
        return Optional.of(new Fingerprint(HexFormat.of().formatHex(digest.digest())));
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    // Each field is length-prefixed (with -1 for null), so that no two different inputs hash alike.
    private static void field(MessageDigest digest, byte[] value) {
        digest.update(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            digest.update(value);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
