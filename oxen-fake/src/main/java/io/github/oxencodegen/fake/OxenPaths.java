package io.github.oxencodegen.fake;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The paths of Oxen's API that the fake is scripted for, as Oxen spells them. */
public final class OxenPaths {
    /** {@code GET}: the list of models. */
    public static final String MODELS = "/api/ai/models";
    /** {@code POST}: enqueue a generation; {@code GET}: list the queue. */
    public static final String QUEUE = "/api/ai/queue";
    /** {@code POST}: generate images synchronously. */
    public static final String IMAGES_GENERATE = "/api/ai/images/generate";
    /** {@code POST}: generate videos synchronously. */
    public static final String VIDEOS_GENERATE = "/api/ai/videos/generate";
    /** {@code GET}: the server-sent event stream of the account's generations. */
    public static final String EVENTS = "/api/events";

    private OxenPaths() {}

    /** {@code GET /api/ai/models/{id}}: one model object. */
    public static String model(String modelId) {
        return MODELS + "/" + segment(modelId);
    }

    /** {@code GET} or {@code DELETE /api/ai/queue/{id}}: one generation. */
    public static String queueItem(String generationId) {
        return QUEUE + "/" + segment(generationId);
    }

    /** The model id of a model path, or {@code null} when {@code path} is no model path. */
    static String modelIdOf(String path) {
        String prefix = MODELS + "/";
        return path.startsWith(prefix) && path.length() > prefix.length() ? path.substring(prefix.length()) : null;
    }

    private static String segment(String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("an id in an Oxen path must not be empty");
        }
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
