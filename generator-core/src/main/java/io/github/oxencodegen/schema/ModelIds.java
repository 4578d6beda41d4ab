package io.github.oxencodegen.schema;

import java.util.regex.Pattern;

/**
 * The rule every model id must follow before the generator uses it. Ids go into request URLs and
 * become file names (snapshots, generated packages), so only ids that are safe in both are taken:
 * an ASCII letter or digit, then letters, digits, dots, underscores and hyphens. Such an id can
 * never be {@code .} or {@code ..}, never holds a path separator, and is already its own
 * percent-encoding as a URL path segment (every character is unreserved in RFC 3986).
 */
public final class ModelIds {
    /** The form of a valid model id. */
    public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** Longest id taken, so that {@code <id>.json} fits the 255-byte file-name limit of common file systems. */
    public static final int MAX_LENGTH = 200;

    private ModelIds() {}

    /** True when {@code id} is a valid model id. */
    public static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && PATTERN.matcher(id).matches();
    }

    /**
     * Returns {@code id} when it is valid.
     *
     * @throws IllegalArgumentException naming the id and the rule, when it is not
     */
    public static String requireValid(String id) {
        if (id == null) {
            throw new IllegalArgumentException("The model id is missing.");
        }
        if (!isValid(id)) {
            throw new IllegalArgumentException(whyInvalid(id));
        }
        return id;
    }

    /** The one-line message that says why {@code id}, which is not valid, is refused, and what the rule is. */
    public static String whyInvalid(String id) {
        return "'" + printable(id) + "' is not a valid model id: an id starts with an ASCII letter or digit,"
                + " continues with letters, digits, '.', '_' or '-', and has at most " + MAX_LENGTH
                + " characters (it becomes part of a URL and a file name, and the request sends it as \"model\").";
    }

    /** The id as it can be shown in a one-line message: control characters escaped, long ids shortened. */
    private static String printable(String id) {
        StringBuilder shown = new StringBuilder();
        id.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return id.codePointCount(0, id.length()) > 80 ? shown + "..." : shown.toString();
    }
}
