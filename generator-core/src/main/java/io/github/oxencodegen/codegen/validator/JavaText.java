package io.github.oxencodegen.codegen.validator;

import io.github.oxencodegen.codegen.text.JavaCode;
import io.github.oxencodegen.codegen.text.JavadocText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Puts text that comes from a schema into generated Java so that it can never break out of its
 * place: string literals that survive lone surrogates and the class-file limit on constant length,
 * and Javadoc text with no comment terminator, Unicode escape, tag or HTML in it.
 */
final class JavaText {
    /** javac refuses string constants longer than 65535 bytes of modified UTF-8; stay well below. */
    private static final int MAX_LITERAL_BYTES = 60_000;

    private JavaText() {}

    /** A Java expression of type String whose value is exactly {@code text}. */
    static JavaCode literal(String text) {
        if (!hasLoneSurrogate(text) && text.getBytes(StandardCharsets.UTF_8).length <= MAX_LITERAL_BYTES) {
            // JavaPoet writes a string holding a line break as a concatenation of literals: parenthesise
            // it so that it stays one operand, as in ("a\n" + "b").equals(...)
            return text.indexOf('\n') >= 0 ? JavaCode.of("($S)", text) : JavaCode.of("$S", text);
        }
        List<String> parts = split(text);
        if (parts.size() == 1) {
            return JavaCode.of("$L", quote(parts.get(0)));
        }
        JavaCode.Builder join = JavaCode.builder().add("String.join(\"\"");
        for (String part : parts) {
            join.add(",\n$L", quote(part));
        }
        return join.add(")").build();
    }

    /** Text safe inside a Javadoc comment, shown as itself (see {@link JavadocText#escape}). */
    static String javadoc(String text) {
        return JavadocText.escape(text);
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Splits at code point boundaries into parts of at most {@link #MAX_LITERAL_BYTES} UTF-8 bytes. */
    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (bytes + size > MAX_LITERAL_BYTES / 6) {
                parts.add(text.substring(start, i));
                start = i;
                bytes = 0;
            }
            bytes += size;
            i += Character.charCount(c);
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** A quoted literal that escapes everything outside printable ASCII, so no character can be misread. */
    private static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        out.append(c);
                    } else {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
