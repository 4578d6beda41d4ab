package io.github.oxencodegen.codegen.text;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A piece of generated Java code, written with JavaPoet's {@code CodeBlock} formats ({@code $L},
 * {@code $S}, {@code $T}, {@code $N}, {@code $$}, {@code $>}, {@code $<}, {@code $[}, {@code $]}) and
 * kept as text, types and layout marks: the code of every declaration that
 * {@link io.github.oxencodegen.codegen.source.JavaFile} prints ({@link #printTo}), which lays it out as
 * JavaPoet lays out the same calls. {@link #toCodeBlock} gives the same code as a JavaPoet
 * {@code CodeBlock}, for comparing the two printers.
 * <p>
 * What is kept unrendered is what depends on where the code ends up: the types (imported or not),
 * indentation ({@code $>}, {@code $<}) and the continuation lines of a statement ({@code $[},
 * {@code $]}: the lines after the first are indented twice more), so a piece may be placed inside
 * another, as {@code $L}, and indents as it would in JavaPoet. Positional placeholders ({@code $1L})
 * are supported; named and wrapping ones ({@code $name:L}, {@code $W}) are not; a JavaPoet
 * {@code CodeBlock} argument is refused, as its text cannot be read back.
 */
public final class JavaCode {
    /** The text of {@link #toCodeBlock}: JavaPoet's indentation of the files this project prints. */
    public static final String INDENT = "    ";

    /**
     * The layout marks; {@code LINE_BREAK} is every line break of the text ({@code \R}), found once
     * when the code is built, so that the text parts are single lines and printing never searches them.
     */
    private enum Marker { INDENT, UNINDENT, STATEMENT_START, STATEMENT_END, LINE_BREAK }

    /**
     * A name printed as it reads when the code is rendered, not when it is written: for a {@code $N}
     * whose final spelling is decided after the code that uses it, such as a generated method that
     * turns out to be shared with another.
     */
    public interface Name {
        /** An identifier: never empty, never a line break (printers take it as one piece of a line). */
        String name();
    }

    private static final JavaCode EMPTY = new JavaCode(List.of());

    /**
     * Text ({@code String}, never empty, without a line break), a type ({@code TypeName}), a
     * {@link Name} or a {@link Marker}, in order.
     */
    private final List<Object> parts;

    private JavaCode(List<Object> parts) {
        this.parts = parts;
    }

    /** The code of {@code format} with {@code args}, as {@link CodeBlock#of} reads them. */
    public static JavaCode of(String format, Object... args) {
        return new Builder().add(format, args).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The pieces, separated by {@code separator} (itself a format without arguments). */
    public static JavaCode join(List<JavaCode> pieces, String separator) {
        Builder joined = new Builder();
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0) {
                joined.add(separator);
            }
            joined.add(pieces.get(i));
        }
        return joined.build();
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** A builder that starts with this code. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.parts.addAll(parts);
        return builder;
    }

    /**
     * This code as one JavaPoet code block, to be printed as a whole method body or initializer: the
     * text rendered as JavaPoet renders it with the indentation {@link #INDENT} relative to where the block
     * is printed, and a {@code $T} for each type so that JavaPoet imports or qualifies it.
     */
    public CodeBlock toCodeBlock() {
        List<Object> args = new ArrayList<>();
        StringBuilder format = new StringBuilder();
        StringBuilder pending = new StringBuilder();
        new Renderer(INDENT) {
            @Override
            void text(String text) {
                pending.append(text);
            }

            @Override
            void type(TypeName type) {
                placeText(pending, format, args);
                format.append("$T");
                args.add(type);
            }
        }.render(parts);
        placeText(pending, format, args);
        return CodeBlock.of(format.toString(), args.toArray());
    }

    /** The text rendered since the last type, as one {@code $L} argument. */
    private static void placeText(StringBuilder pending, StringBuilder format, List<Object> args) {
        if (!pending.isEmpty()) {
            format.append("$L");
            args.add(pending.toString());
            pending.setLength(0);
        }
    }

    /** The code as text, with JavaPoet's default indentation of two spaces and every type by its full name. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        new Renderer("  ") {
            @Override
            void text(String text) {
                out.append(text);
            }

            @Override
            void type(TypeName type) {
                TypeSpelling.appendFullName(type, out);
            }
        }.render(parts);
        return out.toString();
    }

    /** {@code toString().length()}, counted without building the text: the size of code being packed into methods. */
    public int length() {
        int[] length = {0};
        StringBuilder type = new StringBuilder();
        new Renderer("  ") {
            @Override
            void text(String text) {
                length[0] += text.length();
            }

            @Override
            void type(TypeName typeName) {
                type.setLength(0);
                TypeSpelling.appendFullName(typeName, type);
                length[0] += type.length();
            }
        }.render(parts);
        return length[0];
    }

    /** Receives code as it is printed: lines of text and the breaks between them, the types named, and the layout marks. */
    public interface Output {
        /** Text without a line break, never empty. */
        void segment(String text);

        /** A line break ({@code \R} in the code's text), printed as {@code \n}. */
        void lineBreak();

        /** A {@link Name}: printed as it reads now unless the output tells names apart. */
        default void name(Name name) {
            segment(name.name());
        }

        void type(TypeName type);

        /** {@code $>} and {@code $<}: one level more or less. */
        void indent(int levels);

        /** {@code $[}: a statement starts; its lines after the first are indented twice more. */
        void statementStart();

        /** {@code $]}: the statement ends. */
        void statementEnd();
    }

    /** Hands the parts to {@code output} in order, each name as it reads now. */
    public void printTo(Output output) {
        // Class tests before the interface test: a test against an interface is the slow kind.
        for (int i = 0; i < parts.size(); i++) {
            Object part = parts.get(i);
            if (part instanceof String text) {
                output.segment(text);
            } else if (part instanceof TypeName type) {
                output.type(type);
            } else if (part instanceof Marker marker) {
                switch (marker) {
                    case INDENT -> output.indent(1);
                    case UNINDENT -> output.indent(-1);
                    case STATEMENT_START -> output.statementStart();
                    case STATEMENT_END -> output.statementEnd();
                    case LINE_BREAK -> output.lineBreak();
                }
            } else {
                output.name((Name) part);
            }
        }
    }

    /** Builds code as {@link CodeBlock.Builder} does, with the same control-flow shapes. */
    public static final class Builder {
        private final List<Object> parts = new ArrayList<>();

        private Builder() {}

        /**
         * Adds {@code format} with {@code args}; each {@code $L} may be a {@code JavaCode}, placed as it is.
         * Placeholders take the arguments in order, or by position ({@code $1N}, {@code $2T}), not both.
         */
        public Builder add(String format, Object... args) {
            Format.of(format, args.length).addTo(this, args);
            return this;
        }

        public Builder add(JavaCode code) {
            parts.addAll(code.parts);
            return this;
        }

        public Builder addStatement(String format, Object... args) {
            parts.add(Marker.STATEMENT_START);
            add(format, args);
            text(";\n");
            parts.add(Marker.STATEMENT_END);
            return this;
        }

        /** {@code code} as a statement. */
        public Builder addStatement(JavaCode code) {
            parts.add(Marker.STATEMENT_START);
            add(code);
            text(";\n");
            parts.add(Marker.STATEMENT_END);
            return this;
        }

        public Builder beginControlFlow(String controlFlow, Object... args) {
            Format.kept(Format.BEGIN_FLOW, "", controlFlow, " {\n", args.length).addTo(this, args);
            parts.add(Marker.INDENT);
            return this;
        }

        public Builder nextControlFlow(String controlFlow, Object... args) {
            parts.add(Marker.UNINDENT);
            Format.kept(Format.NEXT_FLOW, "} ", controlFlow, " {\n", args.length).addTo(this, args);
            parts.add(Marker.INDENT);
            return this;
        }

        public Builder endControlFlow() {
            parts.add(Marker.UNINDENT);
            text("}\n");
            return this;
        }

        public JavaCode build() {
            return parts.isEmpty() ? EMPTY : new JavaCode(Collections.unmodifiableList(new ArrayList<>(parts)));
        }

        private void argument(char kind, Object arg, String format) {
            switch (kind) {
                case 'L' -> {
                    if (arg instanceof JavaCode code) {
                        parts.addAll(code.parts);
                    } else if (arg instanceof CodeBlock) {
                        throw new IllegalArgumentException("a JavaPoet CodeBlock cannot be placed in JavaCode: '" + format + "'");
                    } else {
                        text(String.valueOf(arg));
                    }
                }
                case 'S' -> text(arg == null ? "null" : StringLiterals.quoted(String.valueOf(arg), INDENT));
                case 'T' -> parts.add(typeOf(arg, format));
                default -> {
                    if (arg instanceof Name name) {
                        parts.add(name);
                    } else {
                        text(nameOf(arg, format));
                    }
                }
            }
        }

        private void text(String text) {
            lines(text, 0, text.length(), parts);
        }

        private static TypeName typeOf(Object arg, String format) {
            if (arg instanceof TypeName type) {
                return type;
            }
            if (arg instanceof Class<?> type) {
                return type.isPrimitive() ? TypeName.get(type) : ClassName.get(type);
            }
            throw new IllegalArgumentException("expected a type for $T in '" + format + "', got " + arg);
        }

        private static String nameOf(Object arg, String format) {
            if (arg instanceof CharSequence name) {
                return name.toString();
            }
            throw new IllegalArgumentException("expected a name for $N in '" + format + "', got " + arg);
        }
    }

    /** The text from {@code from} to {@code to} as parts: single lines and {@link Marker#LINE_BREAK}s. */
    private static void lines(String text, int from, int to, List<Object> parts) {
        int start = from;
        while (start < to) {
            int end = lineBreak(text, start, to);
            if (end == -1) {
                parts.add(start == 0 && to == text.length() ? text : text.substring(start, to));
                return;
            }
            if (end > start) {
                parts.add(text.substring(start, end));
            }
            parts.add(Marker.LINE_BREAK);
            start = afterLineBreak(text, end, to);
        }
    }

    /**
     * A format read once and kept, as the emitters' formats are constants: its text already cut into
     * parts (lines, line breaks, layout marks) and its placeholders with the argument each takes, so
     * adding it again searches no text. The parts are exactly those reading it each time would give.
     */
    private static final class Format {
        /** Formats built while generating could be many: past this many, a format is read each time, not kept. */
        private static final int KEPT_AT_MOST = 4096;
        private static final Map<String, Format> KEPT = new ConcurrentHashMap<>();
        /** Control flows, kept by the flow's own format: the format with its braces is a new string each time. */
        static final Map<String, Format> BEGIN_FLOW = new ConcurrentHashMap<>();
        static final Map<String, Format> NEXT_FLOW = new ConcurrentHashMap<>();

        private record Placeholder(char kind, int index, String spelling) {}

        private final String format;
        /** A String (one line), a {@link Marker} or a {@link Placeholder}, in order. */
        private final Object[] pieces;
        /** How many arguments relative placeholders take. */
        private final int relative;
        /** For positional placeholders, which arguments they take; null for relative ones. */
        private final boolean[] used;

        /** {@code argumentCount} only words an error found while reading. */
        static Format of(String format, int argumentCount) {
            return kept(KEPT, "", format, "", argumentCount);
        }

        /**
         * The format {@code before + key + after}, kept in {@code formats} by {@code key} alone, so that
         * a format built around a constant (a control flow's braces) is not built and hashed on each use.
         */
        static Format kept(Map<String, Format> formats, String before, String key, String after, int argumentCount) {
            Format kept = formats.get(key);
            if (kept == null) {
                kept = new Format(before + key + after, argumentCount);
                if (formats.size() < KEPT_AT_MOST) {
                    formats.putIfAbsent(key, kept);
                }
            }
            return kept;
        }

        private Format(String format, int argumentCount) {
            this.format = format;
            List<Object> pieces = new ArrayList<>();
            int next = 0;
            boolean[] used = null;
            int start = 0;
            for (int p = format.indexOf('$'); p >= 0; p = format.indexOf('$', start)) {
                lines(format, start, p, pieces);
                int q = p + 1;
                while (q < format.length() && Character.isDigit(format.charAt(q))) {
                    q++;
                }
                if (q >= format.length()) {
                    throw new IllegalArgumentException("dangling $ in '" + format + "'");
                }
                char c = format.charAt(q);
                start = q + 1;
                if (q > p + 1) {
                    String spelling = format.substring(p, q + 1);
                    if ("LSTN".indexOf(c) < 0) {
                        throw new IllegalArgumentException("unsupported placeholder " + spelling + " in '" + format + "'");
                    }
                    int index = Integer.parseInt(format.substring(p + 1, q)) - 1;
                    if (next > 0 || index < 0) {
                        throw new IllegalArgumentException("bad or mixed positional placeholder " + spelling
                                + " in '" + format + "' with " + argumentCount + " arguments");
                    }
                    if (used == null) {
                        used = new boolean[index + 1];
                    } else if (used.length <= index) {
                        used = Arrays.copyOf(used, index + 1);
                    }
                    used[index] = true;
                    pieces.add(new Placeholder(c, index, spelling));
                    continue;
                }
                switch (c) {
                    case '$' -> pieces.add("$");
                    case '>' -> pieces.add(Marker.INDENT);
                    case '<' -> pieces.add(Marker.UNINDENT);
                    case '[' -> pieces.add(Marker.STATEMENT_START);
                    case ']' -> pieces.add(Marker.STATEMENT_END);
                    case 'L', 'S', 'T', 'N' -> {
                        if (used != null) {
                            throw new IllegalArgumentException("cannot mix positional and relative placeholders in '" + format + "'");
                        }
                        pieces.add(new Placeholder(c, next++, null));
                    }
                    default -> throw new IllegalArgumentException("unsupported placeholder $" + c + " in '" + format + "'");
                }
            }
            lines(format, start, format.length(), pieces);
            this.pieces = pieces.toArray();
            this.relative = next;
            this.used = used;
        }

        void addTo(Builder builder, Object[] args) {
            for (Object piece : pieces) {
                if (piece instanceof Placeholder placeholder) {
                    if (placeholder.index() >= args.length) {
                        throw new IllegalArgumentException(used == null ? "too few arguments for '" + format + "'"
                                : "bad or mixed positional placeholder " + placeholder.spelling() + " in '" + format
                                        + "' with " + args.length + " arguments");
                    }
                    builder.argument(placeholder.kind(), args[placeholder.index()], format);
                } else {
                    builder.parts.add(piece);
                }
            }
            if (used != null) {
                for (int i = 0; i < args.length; i++) {
                    if (i >= used.length || !used[i]) {
                        throw new IllegalArgumentException("argument " + (i + 1) + " is unused in '" + format + "'");
                    }
                }
            } else if (relative != args.length) {
                throw new IllegalArgumentException("unused arguments: expected " + relative + ", received " + args.length);
            }
        }
    }

    /**
     * JavaPoet's {@code CodeWriter} for code outside comments, from where a method body starts (at the
     * beginning of a line): each line break is one of {@code \R}, printed as {@code \n}; a non-empty line
     * starts with the indentation; the lines after the first of a statement are indented twice more.
     */
    private abstract static class Renderer {
        private final String indent;
        private int level;
        private int statementLine = -1;
        private boolean lineStart = true;

        Renderer(String indent) {
            this.indent = indent;
        }

        /** Rendered text without a line break: a piece of a line, its indentation, or the {@code "\n"} that ends it. */
        abstract void text(String text);

        abstract void type(TypeName type);

        final void render(List<Object> parts) {
            for (Object part : parts) {
                if (part instanceof String text) {
                    segment(text);
                } else if (part instanceof Name name) {
                    segment(name.name());
                } else if (part instanceof TypeName type) {
                    indentIfLineStart();
                    lineStart = false;
                    type(type);
                } else {
                    marker((Marker) part);
                }
            }
        }

        private void marker(Marker marker) {
            switch (marker) {
                case INDENT -> level++;
                case UNINDENT -> level--;
                case STATEMENT_START -> {
                    if (statementLine != -1) {
                        throw new IllegalStateException("statement enter $[ followed by statement enter $[");
                    }
                    statementLine = 0;
                }
                case STATEMENT_END -> {
                    if (statementLine == -1) {
                        throw new IllegalStateException("statement exit $] has no matching statement enter $[");
                    }
                    if (statementLine > 0) {
                        level -= 2;
                    }
                    statementLine = -1;
                }
                case LINE_BREAK -> {
                    text("\n");
                    lineStart = true;
                    if (statementLine != -1) {
                        if (statementLine == 0) {
                            level += 2;
                        }
                        statementLine++;
                    }
                }
            }
        }

        private void segment(String text) {
            indentIfLineStart();
            text(text);
            lineStart = false;
        }

        private void indentIfLineStart() {
            if (lineStart) {
                for (int i = 0; i < level; i++) {
                    text(indent);
                }
            }
        }
    }

    /**
     * Where the first line break at or after {@code from} starts, or -1: a character of JavaPoet's
     * regular expression {@code \R} ({@code \n}, {@code \u000B}, {@code \f}, {@code \r},
     * {@code \u0085}, {@code \u2028}, {@code \u2029}), every one printed as {@code \n}.
     */
    public static int lineBreak(String s, int from) {
        return lineBreak(s, from, s.length());
    }

    private static int lineBreak(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c <= '\r' ? c >= '\n' : c >= '\u0085' && (c == '\u0085' || c == '\u2028' || c == '\u2029')) {
                return i;
            }
        }
        return -1;
    }

    /** Where the text after the line break at {@code at} starts: {@code \r\n} is one break. */
    public static int afterLineBreak(String s, int at) {
        return afterLineBreak(s, at, s.length());
    }

    private static int afterLineBreak(String s, int at, int to) {
        return s.charAt(at) == '\r' && at + 1 < to && s.charAt(at + 1) == '\n' ? at + 2 : at + 1;
    }

    /** Objects.equals over the parts; two pieces of code are equal when they print the same. */
    @Override
    public boolean equals(Object other) {
        return other instanceof JavaCode code && parts.equals(code.parts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parts);
    }
}
