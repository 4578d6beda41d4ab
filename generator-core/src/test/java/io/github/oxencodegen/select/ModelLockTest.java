package io.github.oxencodegen.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.schema.SchemaException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock file: stable text, read back whole, never guessed at. */
class ModelLockTest {
    @TempDir
    Path dir;

    private static final ModelLock LOCK = new ModelLock("id=wan-*", List.of(
            new ModelLock.Entry("wan-b", "/videos/generate", "bb", false),
            new ModelLock.Entry("wan-a", null, "aa", true)));

    @Test
    void theFileListsTheModelsSortedByIdInStableJson() {
        assertThat(new String(LOCK.toBytes(), StandardCharsets.UTF_8)).isEqualTo("""
                {
                  "lockVersion": 1,
                  "select": "id=wan-*",
                  "models": [
                    {
                      "id": "wan-a",
                      "requestSchemaSha256": "aa",
                      "removed": true
                    },
                    {
                      "id": "wan-b",
                      "endpoint": "/videos/generate",
                      "requestSchemaSha256": "bb"
                    }
                  ]
                }
                """);
    }

    @Test
    void aWrittenLockReadsBackEqualAndAnUnchangedLockIsNotRewritten() throws Exception {
        assertThat(LOCK.writeTo(dir)).isTrue();
        Path file = dir.resolve(ModelLock.FILE_NAME);
        long modified = Files.getLastModifiedTime(file).toMillis();

        assertThat(ModelLock.read(dir)).contains(LOCK);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(modified - 10_000));
        assertThat(LOCK.writeTo(dir)).isFalse();
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified - 10_000);
    }

    @Test
    void noFileIsNoLock() throws Exception {
        assertThat(ModelLock.read(dir)).isEmpty();
    }

    @Test
    void aLockThatIsNotOneOfThisVersionIsRefusedNamingTheFile() throws Exception {
        Files.writeString(dir.resolve(ModelLock.FILE_NAME), "{\"lockVersion\":2,\"select\":\"id=*\",\"models\":[]}");

        assertThatThrownBy(() -> ModelLock.read(dir)).isInstanceOf(SchemaException.class)
                .hasMessageContaining(dir.resolve(ModelLock.FILE_NAME).toString())
                .hasMessageContaining("is not a lock file of version 1");
    }

    @Test
    void anEntryWithoutAValidIdIsRefusedWithItsPointer() throws Exception {
        Files.writeString(dir.resolve(ModelLock.FILE_NAME),
                "{\"lockVersion\":1,\"select\":\"id=*\",\"models\":[{\"id\":\"a/b\",\"requestSchemaSha256\":\"x\"}]}");

        assertThatThrownBy(() -> ModelLock.read(dir)).isInstanceOf(SchemaException.class)
                .satisfies(e -> assertThat(((SchemaException) e).pointer()).isEqualTo("/models/0"));
    }

    @Test
    void theFileNameCannotBeASnapshotsName() {
        assertThat(ModelLock.FILE_NAME).doesNotEndWith(".json");
    }
}
