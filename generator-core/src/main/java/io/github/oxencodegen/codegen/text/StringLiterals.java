package io.github.oxencodegen.codegen.text;

import java.util.Locale;

/**
 * Java string literals as JavaPoet writes a {@code $S} argument, for {@link JavaCode}: the same
 * escapes, and a value holding line breaks written as a concatenation, one literal per line, the
 * continuation lines starting with two indents and {@code + }. One difference: U+2028 and U+2029 are
 * escaped, where JavaPoet's text would not compile.
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
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        // JavaPoet writes U+2028 and U+2029 as they are, and then its printer breaks the
                        // line inside the literal (they are line breaks of \R): escaped, they compile
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
