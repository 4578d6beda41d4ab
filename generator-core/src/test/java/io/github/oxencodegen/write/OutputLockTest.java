package io.github.oxencodegen.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {
    @TempDir
    Path temp;

    @Test
    void aFolderLockedByAnotherProcessMakesThisOneWaitUntilThatProcessReleasesIt() throws Exception {
        Path folder = temp.resolve("out");
        Path lockFile = folder.toAbsolutePath().normalize().resolve(OutputLock.FILE_NAME);
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("locked true");

            assertThatThrownBy(() -> OutputLock.acquire(folder, Duration.ofMillis(300), m -> { }))
                    .isInstanceOf(IOException.class)
                    .hasMessage("Another build has been writing " + folder.toAbsolutePath().normalize()
                            + " for more than 0.3 s (it holds " + lockFile + "); let it finish, or stop it, and build again");

            List<String> waiting = new CopyOnWriteArrayList<>();
            Future<Boolean> patient = thread.submit(() -> {
                try (OutputLock lock = OutputLock.acquire(folder, Duration.ofSeconds(60), waiting::add)) {
                    return lock != null;
                }
            });
            for (int i = 0; i < 600 && waiting.isEmpty(); i++) {
                Thread.sleep(50);
            }
            assertThat(patient.isDone()).isFalse();
            other.getOutputStream().close();

            assertThat(patient.get(60, TimeUnit.SECONDS)).isTrue();
            assertThat(waiting).containsExactly("Waiting for another build to finish writing " + folder.toAbsolutePath().normalize()
                    + " (it holds " + lockFile + "); giving up after 60 s");
        } finally {
            other.destroy();
            other.waitFor(30, TimeUnit.SECONDS);
            thread.shutdownNow();
        }
    }

    @Test
    void theLockIsReentrantOnOneThreadAndFreeForOthersOnceTheOutermostHolderReleasesIt() throws Exception {
        Path folder = temp.resolve("out");
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            try (OutputLock outer = OutputLock.acquire(folder, Duration.ofMillis(200), m -> { })) {
                OutputLock inner = OutputLock.acquire(folder, Duration.ofMillis(200), m -> { });
                inner.close();
                Future<?> other = thread.submit(() -> OutputLock.acquire(folder, Duration.ofMillis(200), m -> { }));
                assertThat(other).failsWithin(Duration.ofSeconds(30)).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                        .withCauseInstanceOf(IOException.class);
                assertThat(outer).isNotNull();
            }
            assertThat(thread.submit(() -> {
                try (OutputLock lock = OutputLock.acquire(folder, Duration.ofMillis(200), m -> { })) {
                    return lock != null;
                }
            }).get(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            thread.shutdownNow();
        }
    }
}
