package io.github.oxencodegen.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceWriterTest {
    private static final FileTime PAST = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path temp;

    private Path out() {
        return temp.resolve("generated sources");
    }

    private static GeneratedFile file(String path, String content) {
        return new GeneratedFile(path, content);
    }

    @Test
    void writesEveryFileOfAFirstGeneration() throws IOException {
        WriteResult result = new SourceWriter(out()).write(List.of(
                file("com/acme/a/A.java", "class A {}\n"), file("com/acme/b/B.java", "class B {}\n")));

        assertThat(result).isEqualTo(new WriteResult(2, 0, 0));
        assertThat(out().resolve("com/acme/a/A.java")).hasContent("class A {}");
        assertThat(out().resolve("com/acme/b/B.java")).hasContent("class B {}");
    }

    @Test
    void leavesFilesWithUnchangedContentUntouched() throws IOException {
        SourceWriter writer = new SourceWriter(out());
        writer.write(List.of(file("p/A.java", "a"), file("p/B.java", "b")));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out().resolve("p/A.java"), old);
        Files.setLastModifiedTime(out().resolve("p/B.java"), old);

        WriteResult result = writer.write(List.of(file("p/A.java", "a"), file("p/B.java", "b2")));

        assertThat(result).isEqualTo(new WriteResult(1, 1, 0));
        assertThat(Files.getLastModifiedTime(out().resolve("p/A.java"))).isEqualTo(old);
        assertThat(out().resolve("p/B.java")).hasContent("b2");
    }

    @Test
    void deletesFilesNoLongerGeneratedAndPrunesTheFoldersTheyLeaveEmpty() throws IOException {
        SourceWriter writer = new SourceWriter(out());
        writer.write(List.of(file("com/acme/gone/Gone.java", "g"), file("com/acme/kept/Kept.java", "k")));

        WriteResult result = writer.write(List.of(file("com/acme/kept/Kept.java", "k")));

        assertThat(result).isEqualTo(new WriteResult(0, 1, 1));
        assertThat(out().resolve("com/acme/gone")).doesNotExist();
        assertThat(out().resolve("com/acme/kept/Kept.java")).exists();
    }

    @Test
    void keepsAFileWrittenUnderANameThatIsTheSameFileAsAnOldOneAsOnACaseInsensitiveFileSystem() throws IOException {
        SourceWriter writer = new SourceWriter(out());
        writer.write(List.of(file("com/Acme/A.java", "old")));
        // On macOS or Windows com/acme and com/Acme are one folder; a link makes them one here.
        try {
            Files.createSymbolicLink(out().resolve("com/acme"), Path.of("Acme"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }

        WriteResult result = writer.write(List.of(file("com/acme/A.java", "new")));

        assertThat(result.deleted()).isZero();
        assertThat(out().resolve("com/acme/A.java")).hasContent("new");
        assertThat(writer.isIntact()).isTrue();
    }

    @Test
    void neverDeletesAFileItDidNotGenerate() throws IOException {
        SourceWriter writer = new SourceWriter(out());
        writer.write(List.of(file("com/acme/gone/Gone.java", "g")));
        Path mine = out().resolve("com/acme/gone/Mine.java");
        Files.writeString(mine, "mine");
        Path alsoMine = out().resolve("README.txt");
        Files.writeString(alsoMine, "notes");

        WriteResult result = writer.write(List.of());

        assertThat(result).isEqualTo(new WriteResult(0, 0, 1));
        assertThat(mine).hasContent("mine");
        assertThat(alsoMine).hasContent("notes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../Escape.java", "/abs/A.java", "a/../../B.java", "a\\B.java", "a//B.java", "a/./B.java",
        ".oxen-manifest", "C:/A.java", ""})
    void refusesPathsThatAreNotPlainRelativePathsInsideTheFolder(String path) {
        SourceWriter writer = new SourceWriter(out());

        assertThatThrownBy(() -> writer.write(List.of(file("ok/A.java", "a"), file(path, "x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(path);
        assertThat(out()).doesNotExist();
        assertThat(temp.resolve("Escape.java")).doesNotExist();
    }

    @Test
    void refusesAPathGivenTwice() {
        assertThatThrownBy(() -> new SourceWriter(out()).write(List.of(file("p/A.java", "a"), file("p/A.java", "b"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p/A.java");
    }

    @Test
    void refusesToDeleteOutsideTheFolderWhenTheManifestWasTamperedWith() throws IOException {
        Path outside = temp.resolve("precious.txt");
        Files.writeString(outside, "keep me");
        Files.createDirectories(out());
        Files.writeString(out().resolve(SourceWriter.MANIFEST_FILE), "0".repeat(64) + " ../precious.txt\n");

        assertThatThrownBy(() -> new SourceWriter(out()).write(List.of()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("../precious.txt");
        assertThat(outside).hasContent("keep me");
    }

    @Test
    void aFolderWhereAGeneratedFileGoesFailsTheWriteBeforeAnyFileChanges() throws IOException {
        SourceWriter writer = new SourceWriter(out());
        writer.write(List.of(file("p/A.java", "a")));
        byte[] manifest = Files.readAllBytes(out().resolve(SourceWriter.MANIFEST_FILE));
        Files.createDirectories(out().resolve("p/C.java/blocker"));

        assertThatThrownBy(() -> writer.write(List.of(file("p/B.java", "b"), file("p/C.java", "c"))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Cannot write p/C.java: ")
                .hasMessageContaining("is a folder");
        assertThat(out().resolve("p/A.java")).hasContent("a");
        assertThat(out().resolve("p/B.java")).doesNotExist();
        assertThat(out().resolve(SourceWriter.MANIFEST_FILE)).hasBinaryContent(manifest);
        assertThat(out().resolve(Staging.FOLDER)).doesNotExist();

        Files.delete(out().resolve("p/C.java/blocker"));
        Files.delete(out().resolve("p/C.java"));
        WriteResult result = writer.write(List.of(file("p/D.java", "d")));

        assertThat(result.deleted()).isEqualTo(1);
        assertThat(out().resolve("p/A.java")).doesNotExist();
        assertThat(out().resolve("p/D.java")).hasContent("d");
    }

    @Test
    void isIntactOnlyWhileEveryGeneratedFileHoldsWhatWasWritten() throws IOException {
        SourceWriter writer = new SourceWriter(out());
        assertThat(writer.isIntact()).as("nothing written yet").isFalse();

        writer.write(List.of(file("p/A.java", "a"), file("p/B.java", "b")));
        assertThat(writer.isIntact()).isTrue();

        Files.writeString(out().resolve("p/A.java"), "edited");
        assertThat(writer.isIntact()).as("after an edit").isFalse();

        writer.write(List.of(file("p/A.java", "a"), file("p/B.java", "b")));
        Files.delete(out().resolve("p/B.java"));
        assertThat(writer.isIntact()).as("after a deletion").isFalse();
    }

    @Test
    void recordsWhatItWroteInASortedManifestWithEachFilesSizeAndTime() throws IOException {
        new SourceWriter(out()).write(List.of(file("z/Z.java", "zz"), file("a/A.java", "a")));

        List<String> lines = Files.readAllLines(out().resolve(SourceWriter.MANIFEST_FILE));
        assertThat(lines).filteredOn(line -> !line.startsWith("#")).containsExactly(
                Manifest.sha256("a".getBytes()) + " 1 " + nanos(out().resolve("a/A.java")) + " a/A.java",
                Manifest.sha256("zz".getBytes()) + " 2 " + nanos(out().resolve("z/Z.java")) + " z/Z.java");
    }

    @Test
    void takesAFileWhoseSizeAndTimeAreAsRecordedForIntactWithoutReadingIt() throws IOException {
        SourceWriter writer = new SourceWriter(out());
        writer.write(List.of(file("p/A.java", "a")));
        Path manifest = out().resolve(SourceWriter.MANIFEST_FILE);
        // a recorded hash that no content has: only a check that reads the file could notice
        Files.writeString(manifest, Files.readString(manifest).replace(Manifest.sha256("a".getBytes()), "f".repeat(64)));

        assertThat(writer.isIntact()).isTrue();

        Files.setLastModifiedTime(out().resolve("p/A.java"), PAST);
        assertThat(writer.isIntact()).as("once the time differs, the file is read").isFalse();
    }

    @Test
    void takesAFileThatWasOnlyTouchedForIntact() throws IOException {
        SourceWriter writer = new SourceWriter(out());
        writer.write(List.of(file("p/A.java", "a"), file("p/B.java", "b")));
        Files.setLastModifiedTime(out().resolve("p/A.java"), PAST);

        assertThat(writer.isIntact()).isTrue();
    }

    @Test
    void takesAFileEditedToTheSameSizeForChanged() throws IOException {
        SourceWriter writer = new SourceWriter(out());
        writer.write(List.of(file("p/A.java", "class A {}\n")));
        Files.writeString(out().resolve("p/A.java"), "class B {}\n");
        Files.setLastModifiedTime(out().resolve("p/A.java"), PAST);

        assertThat(writer.isIntact()).isFalse();
    }

    @Test
    void takesAFileOfAnotherSizeForChangedEvenWithTheRecordedTime() throws IOException {
        SourceWriter writer = new SourceWriter(out());
        writer.write(List.of(file("p/A.java", "class A {}\n")));
        Path source = out().resolve("p/A.java");
        FileTime written = Files.getLastModifiedTime(source);
        Files.writeString(source, "class A { int x; }\n");
        Files.setLastModifiedTime(source, written);

        assertThat(writer.isIntact()).isFalse();
    }

    @Test
    void takesAFolderWhereAGeneratedFileWasForChanged() throws IOException {
        SourceWriter writer = new SourceWriter(out());
        writer.write(List.of(file("p/A.java", "a")));
        Files.delete(out().resolve("p/A.java"));
        Files.createDirectories(out().resolve("p/A.java"));

        assertThat(writer.isIntact()).isFalse();
    }

    @Test
    void doesNotCountFilesItDidNotGenerate() throws IOException {
        SourceWriter writer = new SourceWriter(out());
        writer.write(List.of(file("p/A.java", "a")));
        Files.writeString(out().resolve("p/Mine.java"), "mine");

        assertThat(writer.isIntact()).isTrue();
    }

    @Test
    void readsAManifestWithoutSizesAndTimesAndRecordsThemAtTheNextWrite() throws IOException {
        Files.createDirectories(out().resolve("p"));
        Files.writeString(out().resolve("p/A.java"), "a");
        Files.writeString(out().resolve("p/Gone.java"), "g");
        Path manifest = out().resolve(SourceWriter.MANIFEST_FILE);
        Files.writeString(manifest, "# older manifest\n" + Manifest.sha256("a".getBytes()) + " p/A.java\n"
                + Manifest.sha256("g".getBytes()) + " p/Gone.java\n");
        SourceWriter writer = new SourceWriter(out());

        assertThat(writer.isIntact()).isTrue();
        Files.writeString(out().resolve("p/A.java"), "edited");
        assertThat(writer.isIntact()).isFalse();

        WriteResult result = writer.write(List.of(file("p/A.java", "a")));

        assertThat(result).isEqualTo(new WriteResult(1, 0, 1));
        assertThat(Files.readAllLines(manifest)).filteredOn(line -> !line.startsWith("#")).containsExactly(
                Manifest.sha256("a".getBytes()) + " 1 " + nanos(out().resolve("p/A.java")) + " p/A.java");
    }

    @Test
    void rewritesNoManifestWhenAWriteChangesNothing() throws IOException {
        SourceWriter writer = new SourceWriter(out());
        writer.write(List.of(file("p/A.java", "a")));
        Path manifest = out().resolve(SourceWriter.MANIFEST_FILE);
        Files.setLastModifiedTime(manifest, PAST);

        Files.setLastModifiedTime(out(), PAST);

        assertThat(writer.write(List.of(file("p/A.java", "a")))).isEqualTo(new WriteResult(0, 1, 0));
        assertThat(Files.getLastModifiedTime(manifest)).isEqualTo(PAST);
        assertThat(Files.getLastModifiedTime(out())).as("no staging folder made and removed").isEqualTo(PAST);
    }

    @Test
    void anIoFailurePartWayThroughWritingLeavesThePreviousOutputWhole() throws IOException {
        new SourceWriter(out()).write(List.of(file("p/A.java", "a1"), file("p/B.java", "b1"), file("q/Old.java", "old")));
        byte[] manifest = Files.readAllBytes(out().resolve(SourceWriter.MANIFEST_FILE));
        SourceWriter failing = new SourceWriter(out(), new FaultyOps(2, Integer.MAX_VALUE), Duration.ofSeconds(30), m -> { });
        List<GeneratedFile> next = List.of(file("p/A.java", "a2"), file("p/B.java", "b2"), file("p/C.java", "c2"));

        assertThatThrownBy(() -> failing.write(next)).isInstanceOf(IOException.class).hasMessageContaining("injected");

        assertThat(out().resolve("p/A.java")).hasContent("a1");
        assertThat(out().resolve("p/B.java")).hasContent("b1");
        assertThat(out().resolve("p/C.java")).doesNotExist();
        assertThat(out().resolve("q/Old.java")).hasContent("old");
        assertThat(out().resolve(SourceWriter.MANIFEST_FILE)).hasBinaryContent(manifest);
        assertThat(out().resolve(Staging.FOLDER)).doesNotExist();
        assertThat(new SourceWriter(out()).isIntact()).isTrue();

        assertThat(new SourceWriter(out()).write(next)).isEqualTo(new WriteResult(3, 0, 1));
        assertThat(out().resolve("p/C.java")).hasContent("c2");
        assertThat(out().resolve("q/Old.java")).doesNotExist();
    }

    @Test
    void aWriteStoppedWhileMovingFilesIntoPlaceIsFinishedByTheNextWriterBeforeAnythingElse() throws IOException {
        new SourceWriter(out()).write(List.of(file("p/A.java", "a1"), file("p/B.java", "b1"), file("q/Old.java", "old")));
        SourceWriter failing = new SourceWriter(out(), new FaultyOps(Integer.MAX_VALUE, 2), Duration.ofSeconds(30), m -> { });
        List<GeneratedFile> next = List.of(file("p/A.java", "a2"), file("p/B.java", "b2"), file("p/C.java", "c2"));

        assertThatThrownBy(() -> failing.write(next)).isInstanceOf(IOException.class).hasMessageContaining("injected");
        assertThat(out().resolve(Staging.FOLDER)).isDirectory();

        // the next writer first moves B and C into place from the staging folder, so it finds them written
        assertThat(new SourceWriter(out()).write(next)).isEqualTo(new WriteResult(0, 3, 1));
        assertThat(out().resolve("p/A.java")).hasContent("a2");
        assertThat(out().resolve("p/B.java")).hasContent("b2");
        assertThat(out().resolve("p/C.java")).hasContent("c2");
        assertThat(out().resolve("q/Old.java")).doesNotExist();
        assertThat(out().resolve(Staging.FOLDER)).doesNotExist();
    }

    @Test
    void aWriteStoppedBeforeItsPlanIsThrownAwayByTheNextWriter() throws IOException {
        new SourceWriter(out()).write(List.of(file("p/A.java", "a1")));
        Files.createDirectories(out().resolve(Staging.FOLDER));
        Files.writeString(out().resolve(Staging.FOLDER).resolve("0"), "half a file");

        assertThat(new SourceWriter(out()).write(List.of(file("p/A.java", "a1")))).isEqualTo(new WriteResult(0, 1, 0));
        assertThat(out().resolve("p/A.java")).hasContent("a1");
        assertThat(out().resolve(Staging.FOLDER)).doesNotExist();
    }

    @Test
    void aSecondWriterWaitsForTheFirstToFinishAndThenWritesItsWholeOutput() throws Exception {
        CountDownLatch firstIsWriting = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch secondIsWaiting = new CountDownLatch(1);
        List<String> waitLines = new CopyOnWriteArrayList<>();
        SourceWriter first = new SourceWriter(out(), new BlockingOps(firstIsWriting, releaseFirst), Duration.ofSeconds(60), m -> { });
        SourceWriter second = new SourceWriter(out(), Staging.FILE_SYSTEM, Duration.ofSeconds(60), line -> {
            waitLines.add(line);
            secondIsWaiting.countDown();
        });
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<WriteResult> a = threads.submit(() -> first.write(List.of(file("p/A.java", "a"), file("p/Shared.java", "from a"))));
            assertThat(firstIsWriting.await(30, TimeUnit.SECONDS)).isTrue();
            Future<WriteResult> b = threads.submit(() -> second.write(List.of(file("p/B.java", "b"), file("p/Shared.java", "from b"))));
            assertThat(secondIsWaiting.await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(b.isDone()).isFalse();
            assertThat(out().resolve("p/B.java")).doesNotExist();
            releaseFirst.countDown();
            assertThat(a.get(30, TimeUnit.SECONDS)).isEqualTo(new WriteResult(2, 0, 0));
            assertThat(b.get(30, TimeUnit.SECONDS)).isEqualTo(new WriteResult(2, 0, 1));
        } finally {
            releaseFirst.countDown();
            threads.shutdownNow();
        }
        assertThat(waitLines).singleElement().asString()
                .startsWith("Waiting for another build to finish writing " + out().toAbsolutePath().normalize())
                .contains(OutputLock.FILE_NAME);
        assertThat(out().resolve("p/A.java")).doesNotExist();
        assertThat(out().resolve("p/B.java")).hasContent("b");
        assertThat(out().resolve("p/Shared.java")).hasContent("from b");
        assertThat(new SourceWriter(out()).isIntact()).isTrue();
    }

    @Test
    void aWriterThatWaitsLongerThanItsTimeoutFailsNamingTheFolderAndLeavesTheOtherWriteAlone() throws Exception {
        CountDownLatch firstIsWriting = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        SourceWriter first = new SourceWriter(out(), new BlockingOps(firstIsWriting, releaseFirst), Duration.ofSeconds(60), m -> { });
        SourceWriter impatient = new SourceWriter(out(), Staging.FILE_SYSTEM, Duration.ofMillis(200), m -> { });
        ExecutorService threads = Executors.newFixedThreadPool(1);
        try {
            Future<WriteResult> a = threads.submit(() -> first.write(List.of(file("p/A.java", "a"))));
            assertThat(firstIsWriting.await(30, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> impatient.write(List.of(file("p/B.java", "b"))))
                    .isInstanceOf(IOException.class)
                    .hasMessage("Another build has been writing " + out().toAbsolutePath().normalize() + " for more than 0.2 s (it holds "
                            + out().toAbsolutePath().normalize().resolve(OutputLock.FILE_NAME) + "); let it finish, or stop it, and build again");

            releaseFirst.countDown();
            assertThat(a.get(30, TimeUnit.SECONDS)).isEqualTo(new WriteResult(1, 0, 0));
        } finally {
            releaseFirst.countDown();
            threads.shutdownNow();
        }
        assertThat(out().resolve("p/A.java")).hasContent("a");
        assertThat(out().resolve("p/B.java")).doesNotExist();
    }

    @Test
    void aBuildHoldingTheLockCanWriteThroughAWriterThatTakesItToo() throws IOException {
        try (OutputLock lock = OutputLock.acquire(out(), Duration.ofMillis(200), m -> { })) {
            assertThat(new SourceWriter(out(), Staging.FILE_SYSTEM, Duration.ofMillis(200), m -> { })
                    .write(List.of(file("p/A.java", "a")))).isEqualTo(new WriteResult(1, 0, 0));
            assertThat(lock).isNotNull();
        }
    }

    /** Real file operations, except that the n-th staged write or the m-th move fails. */
    private static final class FaultyOps implements Staging.FileOps {
        private final int failingWrite;
        private final int failingMove;
        private int writes;
        private int moves;

        FaultyOps(int failingWrite, int failingMove) {
            this.failingWrite = failingWrite;
            this.failingMove = failingMove;
        }

        @Override
        public void write(Path file, byte[] content) throws IOException {
            if (++writes == failingWrite) {
                Files.write(file, new byte[] {content[0]}); // half a file, then the failure
                throw new IOException("injected failure writing " + file.getFileName());
            }
            Staging.FILE_SYSTEM.write(file, content);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            if (++moves == failingMove) {
                throw new IOException("injected failure moving " + from.getFileName());
            }
            Staging.FILE_SYSTEM.move(from, to);
        }
    }

    /** Real file operations that, at the first staged write, say so and wait to be released. */
    private static final class BlockingOps implements Staging.FileOps {
        private final CountDownLatch writing;
        private final CountDownLatch release;

        BlockingOps(CountDownLatch writing, CountDownLatch release) {
            this.writing = writing;
            this.release = release;
        }

        @Override
        public void write(Path file, byte[] content) throws IOException {
            writing.countDown();
            try {
                if (!release.await(60, TimeUnit.SECONDS)) {
                    throw new IOException("never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            Staging.FILE_SYSTEM.write(file, content);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            Staging.FILE_SYSTEM.move(from, to);
        }
    }

    private static long nanos(Path file) throws IOException {
        return Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
    }
}
