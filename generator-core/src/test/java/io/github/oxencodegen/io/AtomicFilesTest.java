package io.github.oxencodegen.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path folder;

    @Test
    void writesANewFileInFoldersItCreatesAndReplacesAnOldOneLeavingNoTemporaryFile() throws Exception {
        Path target = folder.resolve("a/b/Request.java");
        AtomicFiles.writeString(target, "first");
        AtomicFiles.writeString(target, "second");
        assertThat(target).hasContent("second");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void givesTheFileThePermissionsAnyNewFileInTheFolderGetsNotOwnerOnly() throws Exception {
        assumeTrue(Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null, "a POSIX file system");
        Path plain = Files.createFile(folder.resolve("plain.txt"));
        Path written = folder.resolve("written.txt");
        AtomicFiles.writeString(written, "content");
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void tellsWhetherAFileHoldsExactlyTheGivenBytes() throws Exception {
        Path target = folder.resolve("snapshot.json");
        assertThat(AtomicFiles.hasContent(target, new byte[0])).isFalse();
        AtomicFiles.writeString(target, "{}");
        assertThat(AtomicFiles.hasContent(target, "{}".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(AtomicFiles.hasContent(target, "{ }".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(AtomicFiles.hasContent(target, "[]".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
