package io.github.oxencodegen.generate;

import io.github.oxencodegen.io.AtomicFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32C;

/**
 * What the output folder remembers of the build's contacts with Oxen, in {@value #FILE_NAME}: the server
 * asked, and for each model when its contract was last fetched and a checksum of the snapshot that fetch
 * left behind. The update policy of the {@code auto} fetch mode reads it to decide whom to ask again.
 *
 * <p>Only a fetch whose contract the build stored counts: a failed fetch, or one whose build then failed,
 * leaves the model's entry as it was. An entry speaks only for the snapshot it describes: once the
 * snapshot is edited, replaced by a checkout or deleted, the model is asked for again. The file holds no
 * API key, and no user name or password of the base URL. It is plain text, one model a line:
 * <pre>
 * oxen-codegen fetch record 1
 * base-url https://hub.oxen.ai
 * flux-1-dev 2026-12-06T04:30:00Z 5d3c9a01
 * </pre>
 * The checksum is a CRC-32C, not a cryptographic hash: it tells an edited snapshot from the one fetched,
 * which is all it is for, and costs nothing at a build's start.
 */
final class FetchRecord {
    /** Name of the file, in the output folder. */
    static final String FILE_NAME = ".oxen-fetched";

    private static final String HEADER = "oxen-codegen fetch record 1";
    private static final String BASE_URL = "base-url ";

    /** One model's last stored fetch. */
    record Entry(Instant fetchedAt, String snapshotChecksum) {}

    private final String baseUrl;
    private final SortedMap<String, Entry> entries;

    private FetchRecord(String baseUrl, SortedMap<String, Entry> entries) {
        this.baseUrl = baseUrl;
        this.entries = Collections.unmodifiableSortedMap(entries);
    }

    /** A record of no fetch from {@code baseUrl}. */
    static FetchRecord empty(URI baseUrl) {
        return new FetchRecord(shown(baseUrl), new TreeMap<>());
    }

    /**
     * The record in {@code file}, if it speaks of {@code baseUrl}; an empty one when the file is missing, holds
     * another server's fetches, or cannot be read or understood (then every model is asked for, which is
     * always safe).
     */
    static FetchRecord read(Path file, URI baseUrl) {
        FetchRecord none = empty(baseUrl);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return none;
        }
        String[] lines = text.split("\n", -1);
        if (lines.length < 2 || !lines[0].equals(HEADER) || !lines[1].equals(BASE_URL + none.baseUrl)) {
            return none;
        }
        SortedMap<String, Entry> entries = new TreeMap<>();
        for (int i = 2; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            String[] fields = lines[i].split(" ");
            if (fields.length != 3) {
                return none;
            }
            try {
                entries.put(fields[0], new Entry(Instant.parse(fields[1]), fields[2]));
            } catch (DateTimeParseException e) {
                return none;
            }
        }
        return new FetchRecord(none.baseUrl, entries);
    }

    /** When the contract of {@code modelId} was last fetched and stored, and the checksum of that snapshot. */
    Optional<Entry> entry(String modelId) {
        return Optional.ofNullable(entries.get(modelId));
    }

    /** This record with the given entries replaced or added, and only the models in {@code keep} kept. */
    FetchRecord with(Map<String, Entry> fetched, Collection<String> keep) {
        SortedMap<String, Entry> next = new TreeMap<>();
        for (Map.Entry<String, Entry> entry : entries.entrySet()) {
            if (keep.contains(entry.getKey())) {
                next.put(entry.getKey(), entry.getValue());
            }
        }
        next.putAll(fetched);
        return new FetchRecord(baseUrl, next);
    }

    /** True when no model has an entry. */
    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Writes the record atomically, unless the file holds it already. */
    void writeTo(Path file) throws IOException {
        byte[] bytes = toText().getBytes(StandardCharsets.UTF_8);
        if (!AtomicFiles.hasContent(file, bytes)) {
            AtomicFiles.write(file, bytes);
        }
    }

    String toText() {
        StringBuilder text = new StringBuilder(HEADER).append('\n').append(BASE_URL).append(baseUrl).append('\n');
        entries.forEach((id, entry) -> text.append(id).append(' ').append(entry.fetchedAt()).append(' ')
                .append(entry.snapshotChecksum()).append('\n'));
        return text.toString();
    }

    /** The checksum an entry keeps of a snapshot's bytes. */
    static String checksum(byte[] snapshot) {
        CRC32C crc = new CRC32C();
        crc.update(snapshot);
        return String.format("%08x", crc.getValue());
    }

    /** The base URL as recorded: without any user name or password it may carry. */
    private static String shown(URI baseUrl) {
        String text = baseUrl.toString();
        String userInfo = baseUrl.getRawUserInfo();
        return userInfo == null ? text : text.replace(userInfo + "@", "");
    }
}
