package io.github.oxencodegen.runtime;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Which generations {@code GET /api/ai/queue} lists. With nothing set Oxen lists only the active ones
 * ({@code queued}, {@code processing}); {@link #status} asks for others. Immutable.
 */
public final class QueueFilter {
    private static final QueueFilter ACTIVE = new QueueFilter(Map.of());

    private final Map<String, String> parameters;

    private QueueFilter(Map<String, String> parameters) {
        this.parameters = parameters;
    }

    /** No filter: the active generations of the caller. */
    public static QueueFilter active() {
        return ACTIVE;
    }

    public QueueFilter status(GenerationStatus status) {
        return with("status", status.value());
    }

    public QueueFilter namespace(String namespace) {
        return with("namespace", namespace);
    }

    public QueueFilter model(String modelId) {
        return with("model", modelId);
    }

    /** {@code image} or {@code video}. */
    public QueueFilter mediaType(String mediaType) {
        return with("media_type", mediaType);
    }

    public QueueFilter repo(String repo) {
        return with("repo", repo);
    }

    public QueueFilter folder(String folder) {
        return with("folder", folder);
    }

    /** The query string, without {@code ?}: empty for no filter. */
    String query() {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    private QueueFilter with(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the queue filter '" + name + "' needs a value");
        }
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        changed.put(name, value);
        return new QueueFilter(changed);
    }

    @Override
    public String toString() {
        return "QueueFilter[" + query() + "]";
    }
}
