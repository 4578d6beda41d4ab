package io.github.oxencodegen.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceWriterTest {
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
    void recordsWhatItWroteInASortedManifest() throws IOException {
        new SourceWriter(out()).write(List.of(file("z/Z.java", "z"), file("a/A.java", "a")));

        List<String> lines = Files.readAllLines(out().resolve(SourceWriter.MANIFEST_FILE));
        assertThat(lines).filteredOn(line -> !line.startsWith("#")).containsExactly(
                Manifest.sha256("a".getBytes()) + " a/A.java",
                Manifest.sha256("z".getBytes()) + " z/Z.java");
    }
}
