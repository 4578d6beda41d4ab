package io.github.oxencodegen.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.oxencodegen.schema.ModelDocumentReader;
import io.github.oxencodegen.schema.SchemaException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotStoreTest {
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path directory;

    private static JsonNode json(String text) throws SchemaException {
        return ModelDocumentReader.parseJson(text.getBytes(StandardCharsets.UTF_8), "test");
    }

    @Test
    void aSnapshotIsWrittenInCanonicalFormKeepingMemberOrder() throws Exception {
        SnapshotStore store = new SnapshotStore(directory);

        boolean written = store.write("flux-2-pro",
                json("{\"id\":\"flux-2-pro\",\"request_schema\":{\"type\":\"object\",\"required\":[\"prompt\"]},\"b\":2.5}"));

        assertThat(written).isTrue();
        assertThat(Files.readString(directory.resolve("flux-2-pro.json"))).isEqualTo("""
                {
                  "id": "flux-2-pro",
                  "request_schema": {
                    "type": "object",
                    "required": [
                      "prompt"
                    ]
                  },
                  "b": 2.5
                }
                """);
    }

    @Test
    void writingTheSameDocumentAgainTouchesNothing() throws Exception {
        SnapshotStore store = new SnapshotStore(directory);
        JsonNode model = json("{\"id\":\"flux-2-pro\",\"request_schema\":{}}");
        store.write("flux-2-pro", model);
        Path file = store.pathOf("flux-2-pro");
        Files.setLastModifiedTime(file, LONG_AGO);

        boolean written = store.write("flux-2-pro", json("{ \"id\": \"flux-2-pro\", \"request_schema\": { } }"));

        assertThat(written).isFalse();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(LONG_AGO);
    }

    @Test
    void aChangedDocumentReplacesTheSnapshotAndLeavesNoTemporaryFile() throws Exception {
        SnapshotStore store = new SnapshotStore(directory);
        store.write("flux-2-pro", json("{\"id\":\"flux-2-pro\",\"request_schema\":{}}"));

        boolean written = store.write("flux-2-pro", json("{\"id\":\"flux-2-pro\",\"request_schema\":{\"type\":\"object\"}}"));

        assertThat(written).isTrue();
        assertThat(store.read("flux-2-pro")).contains(json("{\"id\":\"flux-2-pro\",\"request_schema\":{\"type\":\"object\"}}"));
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(directory.resolve("flux-2-pro.json"));
        }
    }

    @Test
    void theFolderIsCreatedWhenMissing() throws Exception {
        SnapshotStore store = new SnapshotStore(directory.resolve("src/main/oxen"));

        store.write("flux-2-pro", json("{\"id\":\"flux-2-pro\"}"));

        assertThat(directory.resolve("src/main/oxen/flux-2-pro.json")).isRegularFile();
    }

    @Test
    void aDocumentThatFailsToSerializeLeavesThePreviousSnapshotByteIdentical() throws Exception {
        SnapshotStore store = new SnapshotStore(directory);
        store.write("flux-2-pro", json("{\"id\":\"flux-2-pro\",\"request_schema\":{}}"));
        byte[] before = Files.readAllBytes(store.pathOf("flux-2-pro"));
        ObjectNode exploding = JsonNodeFactory.instance.objectNode();
        exploding.put("id", "flux-2-pro");
        exploding.putPOJO("request_schema", new Exploding());

        assertThatThrownBy(() -> store.write("flux-2-pro", exploding)).hasRootCauseMessage("cannot be written");

        assertThat(Files.readAllBytes(store.pathOf("flux-2-pro"))).isEqualTo(before);
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(directory.resolve("flux-2-pro.json"));
        }
    }

    @Test
    void aMissingSnapshotReadsAsEmpty() throws Exception {
        assertThat(new SnapshotStore(directory).read("flux-2-pro")).isEmpty();
    }

    @Test
    void aSnapshotThatIsNotJsonNamesTheFileLineAndColumn() throws Exception {
        Files.writeString(directory.resolve("flux-2-pro.json"), "{\n  \"id\": \"flux-2-pro\",\n  \"request_schema\": {\n");
        SnapshotStore store = new SnapshotStore(directory);

        assertThatThrownBy(() -> store.read("flux-2-pro"))
                .isInstanceOf(SchemaException.class)
                .hasMessageStartingWith(directory.resolve("flux-2-pro.json") + ": not valid JSON at line 4, column 1");
    }

    @Test
    void aSnapshotIsNamedAfterItsModel() {
        assertThat(new SnapshotStore(directory).pathOf("wan-v2-7-reference-to-video"))
                .isEqualTo(directory.resolve("wan-v2-7-reference-to-video.json"));
    }

    @Test
    void anIdThatCouldLeaveTheFolderIsRefused() {
        SnapshotStore store = new SnapshotStore(directory);

        assertThatIllegalArgumentException().isThrownBy(() -> store.pathOf("../flux-2-pro"));
        assertThatIllegalArgumentException().isThrownBy(() -> store.write("..", JsonNodeFactory.instance.objectNode()));
        assertThatIllegalArgumentException().isThrownBy(() -> store.read("a/b"));
    }

    /** A value whose serialization fails part-way through a document. */
    public static final class Exploding {
        public String getType() {
            throw new IllegalStateException("cannot be written");
        }
    }
}
