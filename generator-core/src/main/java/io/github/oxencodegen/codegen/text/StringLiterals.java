package io.github.oxencodegen.codegen.text;

import java.util.Locale;

/**
 * Java string literals exactly as JavaPoet writes a {@code $S} argument, for {@link JavaCode}: the same
 * escapes, and a value holding line breaks written as a concatenation, one literal per line, the
 * continuation lines starting with two indents and {@code + }.
 */
final class StringLiterals {
    private StringLiterals() {}

    /** The literal for {@code value}, with its double quotes, as JavaPoet's {@code $S} prints it. */
    static String quoted(String value, String indent) {
        StringBuilder result = new StringBuilder(value.length() + 2);
        result.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\'' -> result.append('\'');
                case '"' -> result.append("\\\"");
                case '\b' -> result.append("\\b");
                case '\t' -> result.append("\\t");
                case '\n' -> result.append("\\n");
                case '\f' -> result.append("\\f");
                case '\r' -> result.append("\\r");
                case '\\' -> result.append("\\\\");
                default -> {
                    if (Character.isISOControl(c)) {
                        result.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        result.append(c);
                    }
                }
            }
            if (c == '\n' && i + 1 < value.length()) {
                result.append("\"\n").append(indent).append(indent).append("+ \"");
            }
        }
        return result.append('"').toString();
    }
}
