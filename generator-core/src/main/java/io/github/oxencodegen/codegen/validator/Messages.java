package io.github.oxencodegen.codegen.validator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The fixed parts of violation messages: lists, counts and values shown as JSON. */
final class Messages {
    private static final int LISTED = 10;
    private static final int VALUE_LENGTH = 40;

    private Messages() {}

    /** {@code a}, {@code a or b}, {@code a, b or c}. */
    static String either(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    /** {@code 1 item}, {@code 2 items}. */
    static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    /** {@code 1 property}, {@code 2 properties}. */
    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** A value as JSON text, cut after 40 characters. */
    static String value(JsonNode value) {
        String text = value.toString();
        if (text.codePointCount(0, text.length()) <= VALUE_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, VALUE_LENGTH)) + "...";
    }

    /** A string as a JSON string literal, cut after 40 characters. */
    static String quoted(String text) {
        return value(com.fasterxml.jackson.databind.node.TextNode.valueOf(text));
    }

    /** Up to ten values as JSON text, comma-separated, then how many more there are. */
    static String values(List<JsonNode> values) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < values.size() && i < LISTED; i++) {
            shown.add(value(values.get(i)));
        }
        String text = String.join(", ", shown);
        return values.size() > LISTED ? text + " and " + (values.size() - LISTED) + " more" : text;
    }
}
