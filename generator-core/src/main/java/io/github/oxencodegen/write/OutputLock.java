package io.github.oxencodegen.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Exclusive use of an output folder while a build writes it, so that two builds (an IDE's and a
 * command line's, or two goals of a parallel Maven build) never interleave their writes. Across
 * processes the lock is an operating-system lock ({@link FileChannel#tryLock()}) on
 * {@value #FILE_NAME} in the folder, released by the system if the holding process dies, so it can
 * never go stale; within one JVM a lock per folder comes first, since file locks are held per
 * process. The lock is reentrant on a thread: a build holding it may call a {@link SourceWriter},
 * which takes it too. The lock file stays in the folder; it is never listed as generated.
 */
public final class OutputLock implements AutoCloseable {
    /** Name of the lock file kept in the output folder. */
    public static final String FILE_NAME = ".oxen-lock";
    /** How long a build waits for another one to finish writing the same folder. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
    private static final long POLL_MILLIS = 50;
    private static final Map<Path, Holder> HOLDERS = new ConcurrentHashMap<>();

    /** The lock of one folder in this JVM, and while held, the operating-system lock under it. */
    private static final class Holder {
        final ReentrantLock inThisJvm = new ReentrantLock();
        FileChannel channel;
        FileLock fileLock;
    }

    private final Holder holder;

    private OutputLock(Holder holder) {
        this.holder = holder;
    }

    /**
     * Takes the lock of {@code folder} (created if missing), waiting up to {@code timeout} for another
     * holder; says once through {@code waiting} that it waits, and for whom.
     *
     * @throws IOException naming the folder and the lock file when the wait times out or is interrupted
     */
    public static OutputLock acquire(Path folder, Duration timeout, Consumer<String> waiting) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Holder holder = HOLDERS.computeIfAbsent(root, r -> new Holder());
        if (holder.inThisJvm.isHeldByCurrentThread()) {
            holder.inThisJvm.lock();
            return new OutputLock(holder);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Path lockFile = root.resolve(FILE_NAME);
        String waitLine = "Waiting for another build to finish writing " + root + " (it holds " + lockFile
                + "); giving up after " + seconds(timeout);
        boolean saidSo = false;
        try {
            if (!holder.inThisJvm.tryLock()) {
                waiting.accept(waitLine);
                saidSo = true;
                if (!holder.inThisJvm.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw timedOut(root, lockFile, timeout);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for another build to finish writing " + root, e);
        }
        try {
            Files.createDirectories(root);
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock fileLock;
                while ((fileLock = tryLock(channel)) == null) {
                    if (!saidSo) {
                        waiting.accept(waitLine);
                        saidSo = true;
                    }
                    if (System.nanoTime() - deadline >= 0) {
                        throw timedOut(root, lockFile, timeout);
                    }
                    Thread.sleep(POLL_MILLIS);
                }
                holder.channel = channel;
                holder.fileLock = fileLock;
                return new OutputLock(holder);
            } catch (IOException | RuntimeException | InterruptedException e) {
                channel.close();
                throw e;
            }
        } catch (InterruptedException e) {
            holder.inThisJvm.unlock();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for another build to finish writing " + root, e);
        } catch (IOException | RuntimeException e) {
            holder.inThisJvm.unlock();
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // cannot happen while the JVM-wide lock is held, but never take it for success
        }
    }

    private static IOException timedOut(Path root, Path lockFile, Duration timeout) {
        return new IOException("Another build has been writing " + root + " for more than " + seconds(timeout)
                + " (it holds " + lockFile + "); let it finish, or stop it, and build again");
    }

    private static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() / 1000.0 + " s";
    }

    /** Releases the lock; the operating-system lock goes when the outermost holder on this thread releases. */
    @Override
    public void close() throws IOException {
        try {
            if (holder.inThisJvm.getHoldCount() == 1 && holder.channel != null) {
                FileChannel channel = holder.channel;
                holder.channel = null;
                holder.fileLock = null;
                channel.close(); // releases the file lock with it
            }
        } finally {
            holder.inThisJvm.unlock();
        }
    }
}
