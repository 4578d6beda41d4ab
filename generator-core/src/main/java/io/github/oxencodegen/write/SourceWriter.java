package io.github.oxencodegen.write;

import io.github.oxencodegen.GeneratedFile;
import io.github.oxencodegen.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes generated files under an output folder and keeps the folder in step with what the generator
 * produces: a file is rewritten only when its content changed (atomically, so a reader never sees half
 * a file), files generated earlier and no longer produced are deleted, folders left empty by that are
 * removed. What the generator wrote is recorded in {@value #MANIFEST_FILE} inside the folder; anything
 * not listed there (a user's own file) is never deleted. No path may leave the folder.
 */
public final class SourceWriter {
    /** Name of the manifest file kept in the output folder. */
    public static final String MANIFEST_FILE = ".oxen-manifest";

    private final Path root;
    private final Path manifestFile;

    public SourceWriter(Path outputDirectory) {
        this.root = outputDirectory.toAbsolutePath().normalize();
        this.manifestFile = root.resolve(MANIFEST_FILE);
    }

    /**
     * Makes the output folder hold exactly {@code files} among the files this writer manages.
     *
     * @throws IllegalArgumentException when a path is not a plain relative path inside the folder, or repeats
     */
    public WriteResult write(List<GeneratedFile> files) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        Map<String, String> hashes = new TreeMap<>();
        for (GeneratedFile file : files) {
            resolve(file.relativePath());
            byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
            if (contents.put(file.relativePath(), bytes) != null) {
                throw new IllegalArgumentException("generated twice: " + file.relativePath());
            }
            hashes.put(file.relativePath(), Manifest.sha256(bytes));
        }

        Manifest previous = Manifest.read(manifestFile);
        // Record every file this run may create before creating any, so that a build stopped half-way
        // still knows them as generated and a later build can clean them up.
        Map<String, String> pending = new TreeMap<>(previous.hashes());
        pending.putAll(hashes);
        if (!pending.equals(previous.hashes()) || !Files.exists(manifestFile)) {
            new Manifest(pending).writeTo(manifestFile);
        }

        int written = 0;
        int unchanged = 0;
        for (Map.Entry<String, byte[]> file : contents.entrySet()) {
            Path target = resolve(file.getKey());
            if (AtomicFiles.hasContent(target, file.getValue())) {
                unchanged++;
            } else {
                AtomicFiles.write(target, file.getValue());
                written++;
            }
        }

        int deleted = 0;
        for (String stale : previous.hashes().keySet()) {
            if (contents.containsKey(stale)) {
                continue;
            }
            Path target = resolveListed(stale);
            if (Files.deleteIfExists(target)) {
                deleted++;
            }
            pruneEmptyFolders(target.getParent());
        }

        if (!pending.equals(hashes)) {
            new Manifest(hashes).writeTo(manifestFile);
        }
        return new WriteResult(written, unchanged, deleted);
    }

    /**
     * True when the folder holds a manifest and every file it lists, each with exactly the content
     * recorded: nothing generated was deleted or edited since the last write.
     */
    public boolean isIntact() throws IOException {
        if (!Files.isRegularFile(manifestFile)) {
            return false;
        }
        for (Map.Entry<String, String> entry : Manifest.read(manifestFile).hashes().entrySet()) {
            Path file = resolveListed(entry.getKey());
            if (!Files.isRegularFile(file) || !entry.getValue().equals(Manifest.sha256(Files.readAllBytes(file)))) {
                return false;
            }
        }
        return true;
    }

    /** The output folder, absolute and normalised. */
    public Path outputDirectory() {
        return root;
    }

    private Path resolve(String relativePath) {
        if (relativePath.isEmpty() || relativePath.contains("\\") || relativePath.contains(":")) {
            throw new IllegalArgumentException("not a relative '/'-separated path: '" + relativePath + "'");
        }
        for (String segment : relativePath.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                throw new IllegalArgumentException(
                        "path segments must be non-empty and must not start with '.': '" + relativePath + "'");
            }
        }
        Path resolved = root.resolve(relativePath).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new IllegalArgumentException("path leaves the output folder: '" + relativePath + "'");
        }
        return resolved;
    }

    private Path resolveListed(String relativePath) throws IOException {
        try {
            return resolve(relativePath);
        } catch (IllegalArgumentException e) {
            throw new IOException(manifestFile + " lists a path it must not: " + e.getMessage()
                    + "; delete the manifest (and the generated sources beside it) and build again", e);
        }
    }

    private void pruneEmptyFolders(Path folder) throws IOException {
        for (Path dir = folder; dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
            if (!Files.isDirectory(dir) || !isEmpty(dir)) {
                return;
            }
            try {
                Files.delete(dir);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
