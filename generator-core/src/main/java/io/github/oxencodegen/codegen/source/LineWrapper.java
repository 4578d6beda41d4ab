package io.github.oxencodegen.codegen.source;

/**
 * Breaks a line at a wrapping point when the text up to the next one would pass column 100, as
 * JavaPoet's {@code LineWrapper} does: a wrapping space prints as a space or as a line break
 * indented to a given level, a zero-width point as nothing or a line break. Text after a pending
 * point is held back until it is known whether it fits; other text goes straight out.
 */
final class LineWrapper {
    static final int COLUMN_LIMIT = 100;

    /** What a pending wrapping point prints when the line is not broken there. */
    enum Point { SPACE, EMPTY }

    private final StringBuilder out;
    private final String indent;
    private final StringBuilder buffer = new StringBuilder();
    /** The column after the text held back; meaningful only while a point is pending. */
    private int column;
    private int indentLevel = -1;
    private Point pending;
    private boolean wrap;

    LineWrapper(StringBuilder out, String indent) {
        this.out = out;
        this.indent = indent;
    }

    /** Text from a {@code String}: a builder would be copied out one character at a time. */
    void append(String s, int start, int end) {
        if (start == end) {
            return;
        }
        if (pending != null) {
            int nextNewline = s.indexOf('\n', start);
            nextNewline = nextNewline >= end ? -1 : nextNewline;
            if (nextNewline == -1 && column + (end - start) <= COLUMN_LIMIT) {
                buffer.append(s, start, end);
                column += end - start;
                return;
            }
            wrap = nextNewline == -1 || column + (nextNewline - start) > COLUMN_LIMIT;
            flush();
        }
        out.append(s, start, end);
    }

    /** A point where a space is printed, or a line break when the line would grow too long. */
    void wrappingSpace(int level) {
        if (pending != null) {
            flush();
        }
        column = outColumn() + 1;
        pending = Point.SPACE;
        indentLevel = level;
    }

    /** A point where nothing is printed, or a line break when the line would grow too long. */
    void zeroWidthSpace(int level) {
        if ((pending != null ? column : outColumn()) == 0) {
            return;
        }
        if (pending != null) {
            flush();
        }
        column = outColumn();
        pending = Point.EMPTY;
        indentLevel = level;
    }

    void close() {
        if (pending != null) {
            flush();
        }
    }

    private int outColumn() {
        return out.length() - 1 - out.lastIndexOf("\n");
    }

    private void flush() {
        if (wrap) {
            out.append('\n');
            for (int i = 0; i < indentLevel; i++) {
                out.append(indent);
            }
        } else if (pending == Point.SPACE) {
            out.append(' ');
        }
        out.append(buffer);
        buffer.setLength(0);
        indentLevel = -1;
        pending = null;
        wrap = false;
    }
}
