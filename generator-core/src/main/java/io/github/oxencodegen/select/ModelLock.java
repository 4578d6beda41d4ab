package io.github.oxencodegen.select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.oxencodegen.io.AtomicFiles;
import io.github.oxencodegen.schema.CanonicalJson;
import io.github.oxencodegen.schema.ModelDocumentReader;
import io.github.oxencodegen.schema.ModelIds;
import io.github.oxencodegen.schema.SchemaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a model selection resolved to, committed beside the snapshots as {@value #FILE_NAME}: the selection's
 * text and, sorted by id, each selected model's id, endpoint and the SHA-256 of its request schema (canonical
 * JSON, before any overlay). A build without network or key generates exactly these models; a review of the
 * file's diff shows which models came and went. A model Oxen no longer lists stays, marked
 * {@code "removed": true}, as long as its snapshot exists. Stable JSON, so that an unchanged selection rewrites
 * nothing:
 * <pre>
 * {
 *   "lockVersion": 1,
 *   "select": "id=wan-v2-7-*,endpoint=/videos/generate",
 *   "models": [
 *     { "id": "wan-v2-7-image-to-video", "endpoint": "/videos/generate", "requestSchemaSha256": "9f2c..." }
 *   ]
 * }
 * </pre>
 * The name does not end in {@code .json}, so no model's snapshot ({@code {id}.json}) can take it.
 */
public final class ModelLock {
    /** The file's name, in the snapshot directory. */
    public static final String FILE_NAME = "oxen-models.lock";
    private static final int VERSION = 1;

    /**
     * One locked model.
     *
     * @param endpoint            null when the list named none
     * @param requestSchemaSha256 hex SHA-256 of the canonical request schema as listed
     * @param removed             true when Oxen no longer lists the model (its snapshot is kept)
     */
    public record Entry(String id, String endpoint, String requestSchemaSha256, boolean removed) {
        public Entry {
            ModelIds.requireValid(id);
            Objects.requireNonNull(requestSchemaSha256, "requestSchemaSha256");
        }

        /** The entry of a listed model with a request schema. */
        public static Entry of(ListedModel model) {
            return new Entry(model.id(), model.endpoint(), CanonicalJson.sha256(model.document().requestSchema()), false);
        }

        /** This entry, marked as no longer listed by Oxen. */
        public Entry asRemoved() {
            return new Entry(id, endpoint, requestSchemaSha256, true);
        }
    }

    private final String select;
    private final SortedMap<String, Entry> entries;

    public ModelLock(String select, Collection<Entry> entries) {
        this.select = Objects.requireNonNull(select, "select");
        SortedMap<String, Entry> sorted = new TreeMap<>();
        entries.forEach(entry -> sorted.put(entry.id(), entry));
        this.entries = Collections.unmodifiableSortedMap(sorted);
    }

    /** The path of the lock file in a snapshot directory. */
    public static Path pathIn(Path snapshotDirectory) {
        return snapshotDirectory.resolve(FILE_NAME);
    }

    /**
     * The lock in {@code snapshotDirectory}; empty when there is none.
     *
     * @throws SchemaException when the file cannot be read or is not a lock (the message names the file and
     *                         JSON Pointer); a lock is never guessed at
     */
    public static Optional<ModelLock> read(Path snapshotDirectory) throws SchemaException {
        Path file = pathIn(snapshotDirectory);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SchemaException(file.toString(), null, null, "could not be read: " + e.getMessage(), e);
        }
        JsonNode root = ModelDocumentReader.parseJson(bytes, file.toString());
        String source = file.toString();
        if (root.path("lockVersion").asInt(-1) != VERSION) {
            throw new SchemaException(source, null, "/lockVersion", "is not a lock file of version " + VERSION
                    + "; delete it and build online to resolve the selection again");
        }
        if (!root.path("select").isTextual() || !root.path("models").isArray()) {
            throw new SchemaException(source, null, null, "needs a 'select' text and a 'models' array");
        }
        List<Entry> entries = new java.util.ArrayList<>();
        JsonNode models = root.get("models");
        for (int i = 0; i < models.size(); i++) {
            JsonNode model = models.get(i);
            String id = model.path("id").asText(null);
            if (!model.isObject() || id == null || !ModelIds.isValid(id) || !model.path("requestSchemaSha256").isTextual()) {
                throw new SchemaException(source, null, "/models/" + i, "needs a valid 'id' and a 'requestSchemaSha256'");
            }
            entries.add(new Entry(id, model.path("endpoint").asText(null), model.get("requestSchemaSha256").asText(),
                    model.path("removed").asBoolean(false)));
        }
        return Optional.of(new ModelLock(root.get("select").asText(), entries));
    }

    /** The selection's text form, as {@link ModelFilter#toString()} gave it when the lock was written. */
    public String select() {
        return select;
    }

    /** Every entry, sorted by id. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** The locked ids, sorted. */
    public List<String> ids() {
        return List.copyOf(entries.keySet());
    }

    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** The file's content: stable JSON, models sorted by id. */
    public byte[] toBytes() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("lockVersion", VERSION);
        root.put("select", select);
        ArrayNode models = root.putArray("models");
        for (Entry entry : entries.values()) {
            ObjectNode model = models.addObject().put("id", entry.id());
            if (entry.endpoint() != null) {
                model.put("endpoint", entry.endpoint());
            }
            model.put("requestSchemaSha256", entry.requestSchemaSha256());
            if (entry.removed()) {
                model.put("removed", true);
            }
        }
        return CanonicalJson.toBytes(root);
    }

    /** Writes the lock into {@code snapshotDirectory} atomically, unless the file holds it already; true if written. */
    public boolean writeTo(Path snapshotDirectory) throws IOException {
        Path file = pathIn(snapshotDirectory);
        byte[] bytes = toBytes();
        if (AtomicFiles.hasContent(file, bytes)) {
            return false;
        }
        AtomicFiles.write(file, bytes);
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelLock that && select.equals(that.select) && entries.equals(that.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(select, entries);
    }

    @Override
    public String toString() {
        return "ModelLock[select=" + select + ", models=" + entries.keySet() + "]";
    }
}
