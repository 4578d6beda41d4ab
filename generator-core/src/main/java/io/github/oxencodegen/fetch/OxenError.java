package io.github.oxencodegen.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * The message in an Oxen error body, in either shape Oxen uses:
 * {@code {"error":{"type","title","detail"},"status":"error","status_message"}} or
 * {@code {"error":{"message":"Model not found: <id>"}}}. Shown to the user beside the status, so it
 * is flattened to one line and shortened.
 */
final class OxenError {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_LENGTH = 300;
    private static final String MODEL_NOT_FOUND = "Model not found: ";

    private OxenError() {}

    /** The message the body carries; empty when the body is not an Oxen error object. */
    static Optional<String> messageOf(byte[] body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        JsonNode error = root.path("error");
        String message;
        if (error.isTextual()) {
            message = error.asText();
        } else if (error.isObject()) {
            message = join(text(error, "message"), join(text(error, "title"), text(error, "detail")));
        } else {
            message = join(text(root, "message"), text(root, "detail"));
        }
        return message.isBlank() ? Optional.empty() : Optional.of(oneLine(message));
    }

    /**
     * True when {@code body} is Oxen's own answer for a missing model, {@code {"error":{"message":"Model not
     * found: <id>"}}}, naming {@code modelId}: the evidence that Oxen has no such model, as opposed to a 404
     * from something else (a wrong base URL's HTML page, a proxy, Oxen's {@code resource_not_found} for a
     * path it does not serve).
     */
    static boolean saysModelNotFound(byte[] body, String modelId) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (IOException e) {
            return false;
        }
        if (root == null || !root.path("error").isObject()) {
            return false;
        }
        JsonNode message = root.path("error").path("message");
        return message.isTextual() && message.asText().strip().equalsIgnoreCase(MODEL_NOT_FOUND + modelId);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText().strip() : "";
    }

    private static String join(String first, String second) {
        if (first.isEmpty() || second.isEmpty()) {
            return first + second;
        }
        return first.endsWith(".") ? first + " " + second : first + ": " + second;
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > MAX_LENGTH ? flat.substring(0, MAX_LENGTH) + "..." : flat;
    }
}
