package io.github.oxencodegen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The answer of {@code /videos/generate}:
 * {@code {"created": 1775090508, "videos": [{"url": ...}], "model": "wan-v2-7-reference-to-video"}}.
 *
 * @param created when Oxen made the videos, or {@code null} when the answer does not say
 * @param model   the model id Oxen names, or {@code ""}
 * @param videos  each video, as a URL or base64 data
 * @param json    the whole answer, with any field this record does not name
 */
public record GeneratedVideos(Instant created, String model, List<MediaItem> videos, JsonNode json) {
    public GeneratedVideos {
        Objects.requireNonNull(model, "model");
        videos = List.copyOf(videos);
        Objects.requireNonNull(json, "json");
    }

    /** Reads an answer; an answer without a {@code videos} array is refused with its fields named. */
    public static GeneratedVideos of(JsonNode answer) {
        return new GeneratedVideos(MediaItems.created(answer), answer.path("model").asText(""),
                MediaItems.read(answer, "videos"), answer);
    }

    /** The first video: the only one unless more were asked for. */
    public MediaItem first() {
        return videos.get(0);
    }
}
