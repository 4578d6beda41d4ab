package io.github.oxencodegen.sample.queue;

/** Text from a server made safe to print on one line of a terminal. */
final class OneLine {
    private static final int LONGEST = 200;

    private OneLine() {}

    /** {@code text} with control characters and runs of whitespace turned into single spaces, trimmed. */
    static String of(String text) {
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(c -> line.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return line.toString().replaceAll("\\s+", " ").strip();
    }

    /** Like {@link #of}, cut to 200 code points and marked with {@code ...}: for echoing a body nobody asked for. */
    static String excerpt(String text) {
        String line = of(text);
        if (line.codePointCount(0, line.length()) <= LONGEST) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, LONGEST)) + "...";
    }
}
