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

    /**
     * No filter: Oxen lists the caller's active generations, queued or processing. The other
     * methods narrow it or, with {@link #status}, widen it.
     *
     * @return the empty filter
     */
    public static QueueFilter active() {
        return ACTIVE;
    }

    /**
     * This filter, also selecting by the query parameter {@code status}; instead of the active ones, Oxen lists the
     * generations with this status.
     *
     * @param status the status, such as {@link GenerationStatus#SUCCEEDED}
     * @return a new filter; this one is unchanged
     * @throws NullPointerException if {@code status} is {@code null}
     */
    public QueueFilter status(GenerationStatus status) {
        return with("status", status.value());
    }

    /**
     * This filter, also selecting by the query parameter {@code namespace}.
     *
     * @param namespace the Oxen namespace: a user or organisation
     * @return a new filter; this one is unchanged
     * @throws IllegalArgumentException if {@code namespace} is {@code null} or blank
     */
    public QueueFilter namespace(String namespace) {
        return with("namespace", namespace);
    }

    /**
     * This filter, also selecting by the query parameter {@code model}: generations of that model only.
     *
     * @param modelId the Oxen model id, such as {@code flux-2-dev}
     * @return a new filter; this one is unchanged
     * @throws IllegalArgumentException if {@code modelId} is {@code null} or blank
     */
    public QueueFilter model(String modelId) {
        return with("model", modelId);
    }

    /**
     * This filter, also selecting by the query parameter {@code media_type}.
     *
     * @param mediaType {@code image} or {@code video}
     * @return a new filter; this one is unchanged
     * @throws IllegalArgumentException if {@code mediaType} is {@code null} or blank
     */
    public QueueFilter mediaType(String mediaType) {
        return with("media_type", mediaType);
    }

    /**
     * This filter, also selecting by the query parameter {@code repo}.
     *
     * @param repo the repository name
     * @return a new filter; this one is unchanged
     * @throws IllegalArgumentException if {@code repo} is {@code null} or blank
     */
    public QueueFilter repo(String repo) {
        return with("repo", repo);
    }

    /**
     * This filter, also selecting by the query parameter {@code folder}.
     *
     * @param folder the folder
     * @return a new filter; this one is unchanged
     * @throws IllegalArgumentException if {@code folder} is {@code null} or blank
     */
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
