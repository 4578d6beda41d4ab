package io.github.oxencodegen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The answer of {@code /images/generate} and {@code /images/edit}:
 * {@code {"created": 1775090372, "images": [{"url": ...}], "model": "flux-2-dev"}}.
 *
 * @param created when Oxen made the images, or {@code null} when the answer does not say
 * @param model   the model id Oxen names, or {@code ""}
 * @param images  each image, as a URL or base64 data
 * @param json    the whole answer, with any field this record does not name
 */
public record GeneratedImages(Instant created, String model, List<MediaItem> images, JsonNode json) {
    public GeneratedImages {
        Objects.requireNonNull(model, "model");
        images = List.copyOf(images);
        Objects.requireNonNull(json, "json");
    }

    /** Reads an answer; an answer without an {@code images} array is refused with its fields named. */
    public static GeneratedImages of(JsonNode answer) {
        return new GeneratedImages(MediaItems.created(answer), answer.path("model").asText(""),
                MediaItems.read(answer, "images"), answer);
    }

    /** The first image: the only one unless more were asked for. */
    public MediaItem first() {
        return images.get(0);
    }
}
