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
    /**
     * An answer; {@code images} is copied.
     *
     * @param created when Oxen made the images, or {@code null}
     * @param model   the model id, or {@code ""}
     * @param images  each image; no element may be {@code null}
     * @param json    the whole answer
     * @throws NullPointerException if {@code model}, {@code images}, one of its elements or
     *                              {@code json} is {@code null}
     */
    public GeneratedImages {
        Objects.requireNonNull(model, "model");
        images = List.copyOf(images);
        Objects.requireNonNull(json, "json");
    }

    /**
     * Reads an answer of {@code /images/generate} or {@code /images/edit}; {@code created} is read as
     * seconds since the epoch.
     *
     * @param answer the answer's JSON body
     * @return the images
     * @throws IllegalArgumentException if {@code answer} has no {@code images} array (the message
     *                                  names the fields it has), or an item has not exactly one of
     *                                  {@code url} and {@code b64_json}
     */
    public static GeneratedImages of(JsonNode answer) {
        return new GeneratedImages(MediaItems.created(answer), MediaItems.textOrEmpty(answer, "model"),
                MediaItems.read(answer, "images"), answer);
    }

    /**
     * The first image: the only one unless more were asked for.
     *
     * @return the first of {@link #images()}
     * @throws IndexOutOfBoundsException if the answer held no image
     */
    public MediaItem first() {
        return images.get(0);
    }
}
