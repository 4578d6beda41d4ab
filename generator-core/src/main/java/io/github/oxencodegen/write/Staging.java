package io.github.oxencodegen.write;

import io.github.oxencodegen.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The staging folder ({@value #FOLDER}) in which a {@link SourceWriter} writes every changed file in
 * full before any of them replaces a file of the output: a failure while writing (a full disk, an I/O
 * error) then leaves the previous output exactly as it was. Once all are written, a plan listing them
 * is written (the commit point) and the files are moved into place, each by one rename. A write that
 * stopped after its plan is finished by the next writer before it does anything else; one that stopped
 * before is thrown away. Staged files are named by number, not as sources, so a staging folder left by
 * a killed build is never compiled.
 */
final class Staging {
    /** Name of the staging folder in the output folder; generated paths never start with a dot. */
    static final String FOLDER = ".oxen-staging";
    private static final String PLAN = "plan";

    /** The two file operations a write makes, replaceable by a test that injects a failure. */
    interface FileOps {
        void write(Path file, byte[] content) throws IOException;

        void move(Path from, Path to) throws IOException;
    }

    /** The real file system. */
    static final FileOps FILE_SYSTEM = new FileOps() {
        @Override
        public void write(Path file, byte[] content) throws IOException {
            Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            Files.createDirectories(to.getParent());
            try {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    };

    /** Turns a relative path of the plan into the file it names, refusing one that leaves the output. */
    interface Resolver {
        Path resolve(String relativePath) throws IOException;
    }

    private final Path folder;
    private final FileOps ops;

    Staging(Path outputFolder, FileOps ops) {
        this.folder = outputFolder.resolve(FOLDER);
        this.ops = ops;
    }

    /** Finishes the moves of a write interrupted after its plan, or discards one interrupted before it. */
    void recover(Resolver resolver) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Path plan = folder.resolve(PLAN);
        if (Files.isRegularFile(plan)) {
            for (String line : Files.readAllLines(plan, StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                if (space <= 0) {
                    throw new IOException(plan + " holds a line that is not '<number> <path>': " + line
                            + "; delete " + folder + " and build again");
                }
                Path staged = folder.resolve(line.substring(0, space));
                if (Files.exists(staged)) {
                    ops.move(staged, resolver.resolve(line.substring(space + 1)));
                }
            }
        }
        clear();
    }

    /**
     * Writes each file (by its relative path) into the staging folder. When one write fails, the staging
     * folder is removed and the failure thrown: nothing in the output has changed.
     */
    void stage(Map<String, byte[]> files) throws IOException {
        if (files.isEmpty()) {
            return;
        }
        Files.createDirectories(folder);
        int n = 0;
        try {
            for (byte[] content : files.values()) {
                ops.write(folder.resolve(String.valueOf(n++)), content);
            }
        } catch (IOException | RuntimeException e) {
            try {
                clear();
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Records the plan for {@code files} (staged in this order), then moves each into place. */
    void commit(Map<String, byte[]> files, Resolver resolver) throws IOException {
        if (files.isEmpty()) {
            return;
        }
        List<String> plan = new ArrayList<>();
        int n = 0;
        for (String path : files.keySet()) {
            plan.add(n++ + " " + path);
        }
        AtomicFiles.write(folder.resolve(PLAN), (String.join("\n", plan) + "\n").getBytes(StandardCharsets.UTF_8));
        n = 0;
        for (String path : files.keySet()) {
            ops.move(folder.resolve(String.valueOf(n++)), resolver.resolve(path));
        }
    }

    /** Removes the staging folder and whatever is in it. */
    void clear() throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(folder)) {
            entries = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path entry : entries) {
            try {
                Files.delete(entry);
            } catch (NoSuchFileException e) {
                // gone already
            }
        }
    }
}
