package io.github.oxencodegen.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader sees either the old content or the new, never half of either: the
 * bytes go to a temporary file in the same folder, which is then moved over the target.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes {@code content} to {@code target}, creating parent folders as needed. */
    public static void write(Path target, byte[] content) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // Not Files.createTempFile: that makes the file readable by its owner alone (0600), and generated
        // sources and snapshots should get the permissions any file the build writes gets.
        Path temp = parent.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes {@code content} as UTF-8. */
    public static void writeString(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** True when {@code target} exists and holds exactly {@code content}. */
    public static boolean hasContent(Path target, byte[] content) throws IOException {
        if (!Files.isRegularFile(target) || Files.size(target) != content.length) {
            return false;
        }
        return java.util.Arrays.equals(Files.readAllBytes(target), content);
    }
}
