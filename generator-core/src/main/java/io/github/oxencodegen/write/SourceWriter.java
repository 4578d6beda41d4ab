package io.github.oxencodegen.write;

import io.github.oxencodegen.GeneratedFile;
import io.github.oxencodegen.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes generated files under an output folder and keeps the folder in step with what the generator
 * produces: a file is rewritten only when its content changed (atomically, so a reader never sees half
 * a file), files generated earlier and no longer produced are deleted, folders left empty by that are
 * removed. What the generator wrote is recorded in {@value #MANIFEST_FILE} inside the folder; anything
 * not listed there (a user's own file) is never deleted. No path may leave the folder.
 *
 * <p>A write holds the folder's {@link OutputLock}, so two builds never write it at once, and writes
 * every changed file in full into a {@link Staging} folder before any replaces an old one: an I/O
 * failure while writing leaves the previous output whole, never a mix of old and new sources.
 */
public final class SourceWriter {
    /** Name of the manifest file kept in the output folder. */
    public static final String MANIFEST_FILE = ".oxen-manifest";

    private final Path root;
    private final Path manifestFile;
    private final Staging.FileOps ops;
    private final Duration lockTimeout;
    private final Consumer<String> waiting;

    public SourceWriter(Path outputDirectory) {
        this(outputDirectory, message -> { });
    }

    /** A writer that says through {@code waiting} when it waits for another build to finish writing the folder. */
    public SourceWriter(Path outputDirectory, Consumer<String> waiting) {
        this(outputDirectory, Staging.FILE_SYSTEM, OutputLock.DEFAULT_TIMEOUT, waiting);
    }

    /** A writer whose file operations, lock timeout and "waiting for the lock" line are given (for tests). */
    SourceWriter(Path outputDirectory, Staging.FileOps ops, Duration lockTimeout, Consumer<String> waiting) {
        this.root = outputDirectory.toAbsolutePath().normalize();
        this.manifestFile = root.resolve(MANIFEST_FILE);
        this.ops = ops;
        this.lockTimeout = lockTimeout;
        this.waiting = waiting;
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

        OutputLock lock = OutputLock.acquire(root, lockTimeout, waiting);
        try {
            Staging staging = new Staging(root, ops);
            staging.recover(this::resolveListed);
            return writeLocked(contents, hashes, staging);
        } finally {
            lock.close();
        }
    }

    private WriteResult writeLocked(Map<String, byte[]> contents, Map<String, String> hashes, Staging staging)
            throws IOException {
        Map<String, byte[]> changed = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : contents.entrySet()) {
            Path target = resolve(file.getKey());
            if (!AtomicFiles.hasContent(target, file.getValue())) {
                requirePlaceFor(target, file.getKey());
                changed.put(file.getKey(), file.getValue());
            }
        }
        staging.stage(changed);

        Manifest previous = Manifest.read(manifestFile);
        // Record every file this run may create before creating any, so that a build stopped half-way
        // still knows them as generated and a later build can clean them up.
        Map<String, Manifest.Entry> pending = new TreeMap<>(previous.entries());
        hashes.forEach((path, hash) -> {
            Manifest.Entry before = previous.entries().get(path);
            if (before == null || !before.sha256().equals(hash)) {
                pending.put(path, Manifest.Entry.of(hash));
            }
        });
        if (!pending.equals(previous.entries()) || !Files.exists(manifestFile)) {
            new Manifest(pending).writeTo(manifestFile);
        }
        staging.commit(changed, this::resolve);

        Map<String, Manifest.Entry> done = new TreeMap<>();
        for (String path : contents.keySet()) {
            Manifest.Stamp stamp = Manifest.Stamp.of(Files.readAttributes(resolve(path), BasicFileAttributes.class));
            done.put(path, new Manifest.Entry(hashes.get(path), stamp));
        }
        int written = changed.size();
        int unchanged = contents.size() - written;

        int deleted = 0;
        for (String stale : previous.entries().keySet()) {
            if (contents.containsKey(stale)) {
                continue;
            }
            Path target = resolveListed(stale);
            if (isOneJustWritten(target, contents.keySet())) {
                continue;
            }
            if (Files.deleteIfExists(target)) {
                deleted++;
            }
            pruneEmptyFolders(target.getParent());
        }

        if (!done.equals(pending)) {
            new Manifest(done).writeTo(manifestFile);
        }
        staging.clear();
        return new WriteResult(written, unchanged, deleted);
    }

    /**
     * Fails before anything is staged when a generated file cannot go where it belongs: a folder stands
     * at its path, or a file where one of its folders should be. Moving staged files into place then
     * fails only on an I/O error of the rename itself.
     */
    private void requirePlaceFor(Path target, String relativePath) throws IOException {
        if (Files.isDirectory(target)) {
            throw new IOException("Cannot write " + relativePath + ": " + target + " is a folder");
        }
        for (Path dir = target.getParent(); dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new IOException("Cannot write " + relativePath + ": " + dir + " is a file, not a folder");
            }
        }
    }

    /**
     * True when a path the last build wrote and this one did not is nevertheless one of the files this
     * build wrote: on a case-insensitive file system {@code com/Acme/A.java} and {@code com/acme/A.java}
     * are one file, and deleting the old name after writing the new would delete the new file.
     */
    private boolean isOneJustWritten(Path stale, Set<String> written) throws IOException {
        if (!Files.exists(stale)) {
            return false;
        }
        for (String path : written) {
            if (Files.isSameFile(stale, resolve(path))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the folder holds a manifest and every file it lists, each with exactly the content
     * recorded: nothing generated was deleted or edited since the last write. A file whose size and
     * modification time are still those recorded after the write is taken as unchanged without being
     * read; any other is read and its SHA-256 compared, so a file only touched still counts as intact.
     * Files the manifest does not list are not the generator's, and do not count.
     */
    public boolean isIntact() throws IOException {
        if (!Files.isRegularFile(manifestFile)) {
            return false;
        }
        for (Map.Entry<String, Manifest.Entry> listed : Manifest.read(manifestFile).entries().entrySet()) {
            Path file = resolveListed(listed.getKey());
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                return false;
            }
            if (!attributes.isRegularFile()) {
                return false;
            }
            Manifest.Entry recorded = listed.getValue();
            if (recorded.stamp() != null && recorded.stamp().matches(attributes)) {
                continue;
            }
            if (!recorded.sha256().equals(Manifest.sha256(Files.readAllBytes(file)))) {
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
