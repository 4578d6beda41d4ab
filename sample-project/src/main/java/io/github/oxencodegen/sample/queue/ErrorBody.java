package io.github.oxencodegen.sample.queue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * What an Oxen error body says, read from either of its two shapes:
 * {@code {"error":{"type","title","detail"},"status":"error","status_message"}} and
 * {@code {"error":{"message"}}}.
 *
 * @param type the machine-readable kind, such as {@code unauthenticated}, when the body names one
 * @param text the human explanation: the title followed by the detail, or the message
 */
record ErrorBody(Optional<String> type, String text) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The error a body describes, or empty when it is not JSON or not an error this program knows. */
    static Optional<ErrorBody> parse(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        JsonNode error = root.path("error");
        if (error.isTextual()) {
            return nonBlank(error.asText()).map(text -> new ErrorBody(Optional.empty(), text));
        }
        Optional<String> type = text(error, "type").or(() -> text(root, "status_message"));
        Optional<String> title = text(error, "title");
        Optional<String> detail = text(error, "detail");
        Optional<String> explanation = title.map(t -> detail.map(d -> t + " (" + d + ")").orElse(t))
                .or(() -> detail)
                .or(() -> text(error, "message"));
        return explanation.map(text -> new ErrorBody(type, text));
    }

    private static Optional<String> text(JsonNode object, String field) {
        JsonNode value = object.path(field);
        return value.isTextual() ? nonBlank(value.asText()) : Optional.empty();
    }

    private static Optional<String> nonBlank(String value) {
        String line = OneLine.of(value);
        return line.isEmpty() ? Optional.empty() : Optional.of(line);
    }
}
