package io.github.oxencodegen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One group of Oxen's {@code x-media-references}: a prompt refers to the n-th item of a sibling
 * array property ({@code field}) with a pattern such as {@code Image {n}}. A mention is a whole
 * run of ASCII digits ({@code Image 30} is item 30, never 3) with the pattern's text before
 * {@code {n}} right before it and the text after right after it; ASCII letters of the pattern
 * match in either case, any whitespace in it matches any run of whitespace or none
 * ({@code Image 3}, {@code image3} and {@code @Image3} all refer to item 3), every other
 * character matches itself. Items are numbered from 1; an absent or null sibling has none, and
 * a sibling that is not an array is left to its own type check. Used by the generated validators.
 */
public final class MediaReferences {
    private final String field;

    private final String pattern;

    /**
     * The parts before {@code {n}}: literal text, or "" for optional whitespace.
     */
    private final String[] before;

    /**
     * The parts after {@code {n}}, as {@link #before}.
     */
    private final String[] after;

    private MediaReferences(String field, String pattern) {
        this.field = field;
        this.pattern = pattern;
        int at = pattern.indexOf("{n}");
        this.before = parts(pattern.substring(0, at));
        this.after = parts(pattern.substring(at + 3));
    }

    /**
     * The group referring to items of {@code field} with a pattern such as {@code Image {n}}, which must contain {@code {n}} once.
     *
     * @param field the wire name of the sibling array
     * @param pattern the pattern, with {@code {n}}
     * @return the group
     */
    public static MediaReferences compile(String field, String pattern) {
        int at = pattern.indexOf("{n}");
        if (at < 0 || pattern.indexOf("{n}", at + 3) >= 0) {
            throw new IllegalArgumentException("a media reference pattern needs {n} exactly once: " + pattern);
        }
        return new MediaReferences(field, pattern);
    }

    /**
     * True when every item {@code text} mentions, by any of the {@code groups}, exists in the group's field of {@code parent}.
     *
     * @param text the prompt
     * @param parent the object holding the prompt and its siblings
     * @param groups the groups
     * @return whether every mentioned item exists
     */
    public static boolean allExist(String text, JsonNode parent, List<MediaReferences> groups) {
        int length = text.length();
        int digits = nextDigit(text, 0);
        while (digits < length) {
            int end = digits + 1;
            while (end < length && isDigit(text.charAt(end))) {
                end++;
            }
            for (int g = 0; g < groups.size(); g++) {
                MediaReferences group = groups.get(g);
                if (group.mentions(text, digits, end)) {
                    int count = count(parent.get(group.field));
                    if (count >= 0 && !exists(text, digits, end, count)) {
                        return false;
                    }
                }
            }
            digits = nextDigit(text, end);
        }
        return true;
    }

    /**
     * Adds one violation at {@code path} per group and distinct item number {@code text} mentions that the group's field of {@code parent} lacks.
     *
     * @param text the prompt
     * @param parent the object holding the prompt and its siblings
     * @param groups the groups
     * @param path the prompt's location
     * @param out where the violations go
     */
    public static void collect(String text, JsonNode parent, List<MediaReferences> groups,
            InstancePath path, List<Violation> out) {
        List<String> reported = new ArrayList<>();
        int length = text.length();
        int digits = nextDigit(text, 0);
        while (digits < length) {
            int end = digits + 1;
            while (end < length && isDigit(text.charAt(end))) {
                end++;
            }
            for (int g = 0; g < groups.size(); g++) {
                MediaReferences group = groups.get(g);
                int count = count(parent.get(group.field));
                if (!group.mentions(text, digits, end) || count < 0 || exists(text, digits, end, count)) {
                    continue;
                }
                String number = text.substring(digits, end).replaceFirst("^0+(?=[0-9])", "");
                if (reported.contains(g + ":" + number)) {
                    continue;
                }
                reported.add(g + ":" + number);
                String name = group.pattern.trim().replaceAll("\\s+", " ").replace("{n}", number);
                String message = number.equals("0")
                        ? "refers to " + name + ", but the items of " + group.field + " are numbered from 1"
                        : "refers to " + name + ", but " + group.field + " has "
                                + (count == 0 ? "no items" : count == 1 ? "1 item" : count + " items");
                out.add(new Violation(path.pointer(), "x-media-references", message));
            }
            digits = nextDigit(text, end);
        }
    }

    /**
     * True when the digits in {@code text[digits, end)} are a mention of this group.
     */
    private boolean mentions(String text, int digits, int end) {
        return endsWith(text, digits) && match(text, end, after) >= 0;
    }

    /**
     * The number of items of a sibling: 0 when absent or null, -1 when it is not an array.
     */
    private static int count(JsonNode sibling) {
        if (sibling == null || sibling.isNull()) {
            return 0;
        }
        return sibling.isArray() ? sibling.size() : -1;
    }

    /**
     * True when the text before {@code end} ends with the pattern's text before {@code {n}}.
     */
    private boolean endsWith(String text, int end) {
        int i = end;
        for (int p = before.length - 1; p >= 0; p--) {
            String part = before[p];
            if (part.isEmpty()) {
                while (i > 0 && isSpace(text.charAt(i - 1))) {
                    i--;
                }
                continue;
            }
            i -= part.length();
            if (i < 0 || !literalAt(text, i, part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where {@code parts} end when matched at {@code at}, or -1.
     */
    private static int match(String text, int at, String[] parts) {
        int i = at;
        for (String part : parts) {
            if (part.isEmpty()) {
                while (i < text.length() && isSpace(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            if (!literalAt(text, i, part)) {
                return -1;
            }
            i += part.length();
        }
        return i;
    }

    /**
     * True when {@code text} has {@code literal} at {@code at}, ASCII letters in either case.
     */
    private static boolean literalAt(String text, int at, String literal) {
        if (at + literal.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < literal.length(); k++) {
            char expected = literal.charAt(k);
            char actual = text.charAt(at + k);
            if (actual != expected && !(isAsciiLetter(expected) && (actual ^ 0x20) == expected)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits pattern text into literal runs and "" for each run of whitespace.
     */
    private static String[] parts(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                literal.append(c);
                continue;
            }
            if (literal.length() > 0) {
                parts.add(literal.toString());
                literal.setLength(0);
            }
            if (parts.isEmpty() || !parts.get(parts.size() - 1).isEmpty()) {
                parts.add("");
            }
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        return parts.toArray(new String[0]);
    }

    /**
     * True when the decimal number in {@code text[start, end)} is between 1 and {@code count}.
     */
    private static boolean exists(String text, int start, int end, int count) {
        long number = 0;
        for (int i = start; i < end; i++) {
            number = number * 10 + (text.charAt(i) - '0');
            if (number > count) {
                return false;
            }
        }
        return number >= 1;
    }

    /**
     * The index of the first ASCII digit in {@code text} at or after {@code from}, or its length.
     * A loop this small is compiled to a fast scan, which is most of what a prompt that passes costs.
     */
    private static int nextDigit(String text, int from) {
        int i = from;
        while (i < text.length() && !isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Whitespace in a prompt: space, tab, line feed, vertical tab, form feed, carriage return.
     */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
