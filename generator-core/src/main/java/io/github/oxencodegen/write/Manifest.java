package io.github.oxencodegen.write;

import io.github.oxencodegen.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list of files the generator wrote into an output folder, with the SHA-256 of each one's content:
 * what a later build may delete (nothing else in the folder is ever touched) and what it checks to
 * know the output is still intact. One line per file, {@code <sha256> <relative/path>}, sorted by path.
 */
final class Manifest {
    private static final String HEADER =
            "# Files generated here by oxen-codegen, with their SHA-256. The build deletes them when it no longer"
                    + " generates them; files not listed are never touched.\n";
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) (.+)");

    private final SortedMap<String, String> hashes;

    Manifest(Map<String, String> hashesByPath) {
        this.hashes = Collections.unmodifiableSortedMap(new TreeMap<>(hashesByPath));
    }

    /** Reads a manifest; a missing file reads as an empty one. */
    static Manifest read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Manifest(Map.of());
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> hashes = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IOException(file + ": line " + (i + 1) + " is not '<sha256> <path>'; delete the file"
                        + " (and the generated sources beside it) and build again");
            }
            hashes.put(m.group(2), m.group(1));
        }
        return new Manifest(hashes);
    }

    void writeTo(Path file) throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        hashes.forEach((path, hash) -> text.append(hash).append(' ').append(path).append('\n'));
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Relative paths, sorted, mapped to the hex SHA-256 of their content. */
    SortedMap<String, String> hashes() {
        return hashes;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
