package io.github.oxencodegen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.Optional;

/**
 * One generated image or video in a synchronous answer: either a URL (presigned, it expires) or the
 * media itself as base64, as {@code response_format} asked. {@link OxenClient#download} saves either to a file.
 *
 * @param url       the media's address, or {@code null} when the answer carried base64 data
 * @param base64    the media as base64 ({@code b64_json}), or {@code null} when the answer carried a URL
 */
public record MediaItem(String url, String base64) {
    /**
     * An item with exactly one of {@code url} and {@code base64}.
     *
     * @param url    the media's address, or {@code null}
     * @param base64 the media as base64, or {@code null}
     * @throws IllegalArgumentException if both or neither are {@code null}
     */
    public MediaItem {
        if ((url == null) == (base64 == null)) {
            throw new IllegalArgumentException("a media item has either a url or base64 data, not "
                    + (url == null ? "neither" : "both"));
        }
    }

    /** The item of the JSON object {@code item} ({@code {"url": ...}} or {@code {"b64_json": ...}}). */
    static MediaItem of(JsonNode item) {
        JsonNode url = item.path("url");
        JsonNode data = item.path("b64_json");
        return new MediaItem(url.textValue(), data.textValue());
    }

    /**
     * The URL, when the answer carried one.
     *
     * @return {@link #url()}; empty when the item is base64 data
     */
    public Optional<String> urlIfAny() {
        return Optional.ofNullable(url);
    }

    /**
     * The media's bytes, when the answer carried base64 data; decoded anew on every call, with
     * characters outside the base64 alphabet (such as line breaks) ignored.
     *
     * @return the bytes; empty when the item is a URL
     * @throws IllegalArgumentException if the data is not valid base64
     */
    public Optional<byte[]> bytesIfAny() {
        return base64 == null ? Optional.empty() : Optional.of(Base64.getMimeDecoder().decode(base64));
    }

    /** The URL, or the length of the base64 data: never the data itself. */
    @Override
    public String toString() {
        return url != null ? "MediaItem[url=" + url + "]" : "MediaItem[base64, " + base64.length() + " chars]";
    }
}
