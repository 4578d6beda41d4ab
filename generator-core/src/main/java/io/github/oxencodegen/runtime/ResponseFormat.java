package io.github.oxencodegen.runtime;

/** How a synchronous generate call returns the media ({@code response_format}). */
public enum ResponseFormat {
    /** A presigned URL per item, which expires: download it soon. */
    URL("url"),
    /** The media itself, base64-encoded, in the answer. */
    B64_JSON("b64_json");

    private final String value;

    ResponseFormat(String value) {
        this.value = value;
    }

    /**
     * The value sent as {@code response_format}.
     *
     * @return {@code url} or {@code b64_json}
     */
    public String value() {
        return value;
    }
}
