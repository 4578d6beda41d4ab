package io.github.oxencodegen.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
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
    void cleansUpFilesOfAWriteThatFailedHalfWay() throws IOException {
        SourceWriter writer = new SourceWriter(out());
        writer.write(List.of(file("p/A.java", "a")));
        // a non-empty folder where a file should go makes the second file's write fail
        Files.createDirectories(out().resolve("p/C.java/blocker"));

        assertThatThrownBy(() -> writer.write(List.of(file("p/B.java", "b"), file("p/C.java", "c"))))
                .isInstanceOf(IOException.class);
        assertThat(out().resolve("p/B.java")).exists();

        Files.delete(out().resolve("p/C.java/blocker"));
        Files.delete(out().resolve("p/C.java"));
        WriteResult result = writer.write(List.of(file("p/D.java", "d")));

        assertThat(result.deleted()).isEqualTo(2);
        assertThat(out().resolve("p/A.java")).doesNotExist();
        assertThat(out().resolve("p/B.java")).doesNotExist();
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

        assertThat(writer.write(List.of(file("p/A.java", "a")))).isEqualTo(new WriteResult(0, 1, 0));
        assertThat(Files.getLastModifiedTime(manifest)).isEqualTo(PAST);
    }

    private static long nanos(Path file) throws IOException {
        return Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
    }
}
