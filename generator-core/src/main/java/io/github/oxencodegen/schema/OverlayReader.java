package io.github.oxencodegen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads an overlay file: an RFC 7396 merge patch of one model's request schema, which must be a JSON
 * object. The one place every job (generate, check, diff) and every entry point (the Maven goals, the
 * command line) reads overlays, so each kind of bad overlay has one message wherever it is met: it names
 * the file and the model, then says what is wrong (no such file, not JSON at a line and column, not an
 * object).
 */
public final class OverlayReader {
    private OverlayReader() {}

    /**
     * Reads the overlay in {@code file} for {@code modelId} (null when the overlay is for no model in
     * particular).
     *
     * @throws SchemaException when the file is missing, unreadable, not JSON or not a JSON object
     */
    public static JsonNode read(Path file, String modelId) throws SchemaException {
        String source = file.toString();
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SchemaException(source, modelId, null, "no such overlay file");
        } catch (IOException e) {
            throw new SchemaException(source, modelId, null, "the overlay could not be read: " + e, e);
        }
        JsonNode patch;
        try {
            patch = ModelDocumentReader.parseJson(content, source);
        } catch (SchemaException e) {
            String reason = e.reason().startsWith("the document is empty")
                    ? "the overlay is empty; expected a JSON object" : "the overlay is " + e.reason();
            throw new SchemaException(source, modelId, null, reason, e.getCause());
        }
        if (!patch.isObject()) {
            throw new SchemaException(source, modelId, null, "an overlay must be a JSON object (an RFC 7396 merge patch"
                    + " of the request schema), found " + ModelDocumentReader.describe(patch));
        }
        return patch;
    }

    /** The model with the overlay in {@code file} applied; the model alone when {@code file} is null. */
    public static ModelInput apply(ModelDocument document, Path file) throws SchemaException {
        return file == null ? ModelInput.of(document) : new ModelInput(document, read(file, document.id()), file.toString());
    }
}
