package io.github.oxencodegen.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.ModelIds;
import io.github.oxencodegen.io.AtomicFiles;
import io.github.oxencodegen.schema.CanonicalJson;
import io.github.oxencodegen.schema.ModelDocumentReader;
import io.github.oxencodegen.schema.SchemaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A folder of model snapshots, {@code <directory>/<modelId>.json}, each in the canonical form of
 * {@link CanonicalJson} so that a snapshot changes in version control only when the model does.
 * A write replaces a snapshot whole or not at all, and leaves an unchanged snapshot untouched (its
 * modification time included).
 */
public final class SnapshotStore {
    private final Path directory;

    public SnapshotStore(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /**
     * The snapshot file of a model.
     *
     * @throws IllegalArgumentException when {@code modelId} is not a valid model id
     */
    public Path pathOf(String modelId) {
        return directory.resolve(ModelIds.requireValid(modelId) + ".json");
    }

    /**
     * The snapshot of a model; empty when there is none.
     *
     * @throws SchemaException naming the file, and the line and column, when the snapshot is not valid
     *                         JSON or cannot be read
     */
    public Optional<JsonNode> read(String modelId) throws SchemaException {
        Path file = pathOf(modelId);
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SchemaException(file.toString(), modelId, null,
                    "the snapshot could not be read: " + e.getMessage(), e);
        }
        return Optional.of(ModelDocumentReader.parseJson(content, file.toString()));
    }

    /**
     * Stores {@code document} as the snapshot of a model, in canonical form.
     *
     * @return false, touching nothing, when the snapshot already holds exactly these bytes
     */
    public boolean write(String modelId, JsonNode document) throws IOException {
        Path file = pathOf(modelId);
        byte[] content = CanonicalJson.toBytes(document);
        if (AtomicFiles.hasContent(file, content)) {
            return false;
        }
        AtomicFiles.write(file, content);
        return true;
    }

    @Override
    public String toString() {
        return "SnapshotStore[" + directory + "]";
    }
}
