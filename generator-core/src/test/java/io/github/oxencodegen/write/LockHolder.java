package io.github.oxencodegen.write;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Another build, in another process: takes the lock of the folder given as argument, prints
 * {@code locked}, and holds the lock until its standard input closes.
 */
public final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws Exception {
        try (OutputLock lock = OutputLock.acquire(Path.of(args[0]), Duration.ofSeconds(30), m -> { })) {
            System.out.println("locked " + (lock != null));
            System.out.flush();
            while (System.in.read() != -1) {
                // hold the lock until the parent closes our input
            }
        }
    }
}
