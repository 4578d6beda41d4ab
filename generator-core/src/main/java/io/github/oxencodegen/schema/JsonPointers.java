package io.github.oxencodegen.schema;

/** RFC 6901 JSON Pointer helpers. */
public final class JsonPointers {
    private JsonPointers() {}

    /** Escapes one reference token: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** Undoes {@link #escape}. */
    public static String unescape(String token) {
        if (token.indexOf('~') < 0) {
            return token;
        }
        return token.replace("~1", "/").replace("~0", "~");
    }

    /** The pointer to child {@code token} of {@code parent}. */
    public static String child(String parent, String token) {
        return parent + "/" + escape(token);
    }

    /** The pointer to element {@code index} of {@code parent}. */
    public static String child(String parent, int index) {
        return parent + "/" + index;
    }
}
