package io.github.oxencodegen.write;

import io.github.oxencodegen.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list of files the generator wrote into an output folder, with the SHA-256 of each one's content
 * and, when known, its size and modification time as they were right after the write: what a later
 * build may delete (nothing else in the folder is ever touched) and what it checks to know the output
 * is still intact. One line per file, {@code <sha256> [<size> <modified>] <relative/path>}, sorted by
 * path, the time in nanoseconds since 1970. Lines without size and time (as written before they were
 * recorded) are read too; a path never starts with a digit, so the two forms cannot be confused.
 */
final class Manifest {
    private static final String HEADER =
            "# Files generated here by oxen-codegen, with their SHA-256, size and modification time (ns since 1970)."
                    + " The build deletes them when it no longer generates them; files not listed are never touched.\n";
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})(?: (\\d+) (-?\\d+))? (.+)");

    /**
     * One generated file.
     *
     * @param sha256   hex SHA-256 of the content written
     * @param stamp    size and modification time right after the write; null when not recorded
     */
    record Entry(String sha256, Stamp stamp) {
        Entry {
            Objects.requireNonNull(sha256, "sha256");
        }

        /** An entry whose size and time are not known yet (the file is about to be written). */
        static Entry of(String sha256) {
            return new Entry(sha256, null);
        }
    }

    /**
     * What the file system says of a file without reading it.
     *
     * @param size     bytes
     * @param modified last modification, in nanoseconds since 1970
     */
    record Stamp(long size, long modified) {
        static Stamp of(BasicFileAttributes attributes) {
            return new Stamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        }

        /**
         * True when the file still has this size and time. Compared field by field, not with the record's
         * {@code equals}, whose first use costs a cold JVM an {@code invokedynamic} bootstrap.
         */
        boolean matches(BasicFileAttributes attributes) {
            return size == attributes.size() && modified == attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        }
    }

    private final SortedMap<String, Entry> entries;

    Manifest(Map<String, Entry> entriesByPath) {
        this.entries = Collections.unmodifiableSortedMap(new TreeMap<>(entriesByPath));
    }

    /** Reads a manifest; a missing file reads as an empty one. */
    static Manifest read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Manifest(Map.of());
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, Entry> entries = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IOException(file + ": line " + (i + 1) + " is not '<sha256> [<size> <modified>] <path>';"
                        + " delete the file (and the generated sources beside it) and build again");
            }
            Stamp stamp = null;
            if (m.group(2) != null) {
                try {
                    stamp = new Stamp(Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
                } catch (NumberFormatException e) {
                    stamp = null; // out of range: a check will read the file instead
                }
            }
            entries.put(m.group(4), new Entry(m.group(1), stamp));
        }
        return new Manifest(entries);
    }

    void writeTo(Path file) throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        entries.forEach((path, entry) -> {
            text.append(entry.sha256()).append(' ');
            if (entry.stamp() != null) {
                text.append(entry.stamp().size()).append(' ').append(entry.stamp().modified()).append(' ');
            }
            text.append(path).append('\n');
        });
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Relative paths, sorted, mapped to what was recorded of each file. */
    SortedMap<String, Entry> entries() {
        return entries;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
