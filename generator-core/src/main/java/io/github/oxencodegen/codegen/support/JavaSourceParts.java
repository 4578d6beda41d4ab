package io.github.oxencodegen.codegen.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Java source text with its string and character literals (text blocks included) set aside, so that
 * a rewrite of the code and comments ({@link JacksonDialect}) never changes a literal: an enum's wire
 * value or a schema constant that happens to read {@code ".textValue()"} stays as it is. Each literal is
 * replaced by a marker ({@code \u0000} and its index) that {@link #restore} puts back; {@link #codeOnly}
 * also blanks the comments, for checks that concern code alone.
 */
final class JavaSourceParts {
    private static final char MARK = '\u0000';

    private final String masked;
    private final String codeOnly;
    private final List<String> literals;

    private JavaSourceParts(String masked, String codeOnly, List<String> literals) {
        this.masked = masked;
        this.codeOnly = codeOnly;
        this.literals = literals;
    }

    /** Splits {@code source}; a source holding the marker character itself is refused. */
    static JavaSourceParts of(String source) {
        if (source.indexOf(MARK) >= 0) {
            throw new IllegalArgumentException("a Java source holding the character U+0000");
        }
        StringBuilder masked = new StringBuilder(source.length());
        StringBuilder code = new StringBuilder(source.length());
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            int end;
            if (source.startsWith("//", i)) {
                end = lineEnd(source, i);
            } else if (source.startsWith("/*", i)) {
                end = close(source, source.indexOf("*/", i + 2), 2);
            } else if (source.startsWith("\"\"\"", i)) {
                end = literalEnd(source, i + 3, "\"\"\"");
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                end = literalEnd(source, i + 1, String.valueOf(source.charAt(i)));
            } else {
                masked.append(source.charAt(i));
                code.append(source.charAt(i));
                i++;
                continue;
            }
            String part = source.substring(i, end);
            if (part.startsWith("/")) {
                masked.append(part);
                code.append(" ".repeat(part.length()));
            } else {
                String marker = MARK + Integer.toString(literals.size()) + MARK;
                literals.add(part);
                masked.append(marker);
                code.append(marker);
            }
            i = end;
        }
        return new JavaSourceParts(masked.toString(), code.toString(), literals);
    }

    /** The source with every literal replaced by its marker. */
    String masked() {
        return masked;
    }

    /** The source with every literal replaced by its marker and every comment blanked. */
    String codeOnly() {
        return codeOnly;
    }

    /** {@code rewritten} (a rewrite of {@link #masked}) with each marker replaced by its literal. */
    String restore(String rewritten) {
        StringBuilder text = new StringBuilder(rewritten.length() + 64);
        int i = 0;
        while (i < rewritten.length()) {
            char c = rewritten.charAt(i);
            if (c != MARK) {
                text.append(c);
                i++;
                continue;
            }
            int close = rewritten.indexOf(MARK, i + 1);
            text.append(literals.get(Integer.parseInt(rewritten.substring(i + 1, close))));
            i = close + 1;
        }
        return text.toString();
    }

    private static int lineEnd(String source, int from) {
        int newline = source.indexOf('\n', from);
        return newline < 0 ? source.length() : newline;
    }

    private static int close(String source, int found, int length) {
        return found < 0 ? source.length() : found + length;
    }

    /** The index after the literal whose text starts at {@code from} and ends with {@code quote}, escapes skipped. */
    private static int literalEnd(String source, int from, String quote) {
        int i = from;
        while (i < source.length()) {
            if (source.charAt(i) == '\\') {
                i += 2;
            } else if (source.startsWith(quote, i)) {
                return i + quote.length();
            } else {
                i++;
            }
        }
        return source.length();
    }
}
