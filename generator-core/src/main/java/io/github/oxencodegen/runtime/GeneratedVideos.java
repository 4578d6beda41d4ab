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
    /**
     * An answer; {@code videos} is copied.
     *
     * @param created when Oxen made the videos, or {@code null}
     * @param model   the model id, or {@code ""}
     * @param videos  each video; no element may be {@code null}
     * @param json    the whole answer
     * @throws NullPointerException if {@code model}, {@code videos}, one of its elements or
     *                              {@code json} is {@code null}
     */
    public GeneratedVideos {
        Objects.requireNonNull(model, "model");
        videos = List.copyOf(videos);
        Objects.requireNonNull(json, "json");
    }

    /**
     * Reads an answer of {@code /videos/generate}; {@code created} is read as seconds since the epoch.
     *
     * @param answer the answer's JSON body
     * @return the videos
     * @throws IllegalArgumentException if {@code answer} has no {@code videos} array (the message
     *                                  names the fields it has), or an item has not exactly one of
     *                                  {@code url} and {@code b64_json}
     */
    public static GeneratedVideos of(JsonNode answer) {
        return new GeneratedVideos(MediaItems.created(answer), MediaItems.textOrEmpty(answer, "model"),
                MediaItems.read(answer, "videos"), answer);
    }

    /**
     * The first video: the only one unless more were asked for.
     *
     * @return the first of {@link #videos()}
     * @throws IndexOutOfBoundsException if the answer held no video
     */
    public MediaItem first() {
        return videos.get(0);
    }
}
