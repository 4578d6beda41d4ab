package io.github.oxencodegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorBuildTest {
    @TempDir
    Path folder;

    @Test
    void aReleaseIsKnownByItsVersionAlone() throws Exception {
        Path jar = Files.write(folder.resolve("generator-core-1.2.0.jar"), new byte[] {1, 2, 3});

        assertThat(GeneratorBuild.of("1.2.0", jar)).isEqualTo("1.2.0");
    }

    @Test
    void aSnapshotJarRebuiltUnderTheSameVersionHasAnotherIdentity() throws Exception {
        Path jar = Files.write(folder.resolve("generator-core-0.1.0-SNAPSHOT.jar"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-11-21T08:00:00Z")));
        String before = GeneratorBuild.of("0.1.0-SNAPSHOT", jar);
        assertThat(GeneratorBuild.of("0.1.0-SNAPSHOT", jar)).as("the same jar").isEqualTo(before);

        Files.write(jar, new byte[] {1, 2, 4});
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-11-21T09:00:00Z")));

        assertThat(GeneratorBuild.of("0.1.0-SNAPSHOT", jar)).startsWith("0.1.0-SNAPSHOT").isNotEqualTo(before);
    }

    @Test
    void aSnapshotLoadedFromAFolderOfClassesOrFromNowhereKnownIsKnownByItsVersion() throws Exception {
        assertThat(GeneratorBuild.of("0.1.0-SNAPSHOT", folder)).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(GeneratorBuild.of("0.1.0-SNAPSHOT", folder.resolve("gone.jar"))).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(GeneratorBuild.of("0.1.0-SNAPSHOT", null)).isEqualTo("0.1.0-SNAPSHOT");
    }

    @Test
    void theIdentityInThisJvmStartsWithTheGeneratorsVersion() {
        assertThat(GeneratorBuild.IDENTITY).startsWith(Generator.VERSION);
    }
}
