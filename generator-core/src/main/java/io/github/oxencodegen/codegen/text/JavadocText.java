package io.github.oxencodegen.codegen.text;

import io.github.oxencodegen.model.Documentation;
import io.github.oxencodegen.model.SharedPlace;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns schema text into Javadoc that cannot break out of its comment: {@code *}{@code /},
 * backslash-u escapes (which javac reads even inside comments), HTML and tags are all neutralised.
 */
public final class JavadocText {
    private JavadocText() {}

    /**
     * Escapes one piece of text for use inside a Javadoc comment, shown as itself: no comment
     * terminator, no backslash (javac reads unicode escapes even in comments), no tag or inline tag
     * (every {@code @} is escaped, so braces can stay),
     * no HTML, no control character but line breaks and tabs, no lone surrogate.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '\r' -> { }
                case '\n', '\t' -> out.append(c);
                default -> {
                    boolean loneSurrogate = Character.isHighSurrogate(c)
                            ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || loneSurrogate) {
                        out.append("&#").append((int) c).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * The paragraphs of a Javadoc comment: the title as the first sentence, then the description,
     * then the facts, each already escaped; {@code extra} paragraphs (already HTML) go last.
     */
    public static String compose(Documentation doc, String fallbackTitle, List<String> extra) {
        return compose(doc, fallbackTitle, extra, List.of());
    }

    /**
     * As {@link #compose(Documentation, String, List)}, followed by the block {@code tags} (such as
     * {@code @param} and {@code @return} lines, already escaped), after a blank line and outside any
     * paragraph, so that javadoc reads them as tags and not as text.
     */
    public static String compose(Documentation doc, String fallbackTitle, List<String> extra, List<String> tags) {
        List<String> paragraphs = new ArrayList<>();
        String title = doc.title() != null && !doc.title().isBlank() ? doc.title().strip() : fallbackTitle;
        if (title != null) {
            paragraphs.add(escape(title.endsWith(".") ? title : title + "."));
        }
        if (doc.description() != null && !doc.description().isBlank()) {
            for (String paragraph : doc.description().strip().split("\\n\\s*\\n")) {
                paragraphs.add(escape(paragraph.strip()));
            }
        }
        if (!doc.facts().isEmpty()) {
            paragraphs.add(escape(String.join(" ", doc.facts())));
        }
        paragraphs.addAll(extra);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                out.append("\n<p>");
            }
            out.append(paragraphs.get(i)).append('\n');
        }
        if (!tags.isEmpty()) {
            out.append('\n');
            for (String tag : tags) {
                out.append(tag).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The paragraph of a type shared by schemas of one shape: every place it stands for, with that
     * place's own title and description; no paragraph for a type of one place.
     */
    public static List<String> places(List<SharedPlace> places) {
        if (places.size() < 2) {
            return List.of();
        }
        StringBuilder out = new StringBuilder("One type for the schemas of the same shape (titles, descriptions and examples aside) at:\n<ul>\n");
        for (SharedPlace place : places) {
            out.append("<li><code>#").append(escape(place.pointer())).append("</code>");
            Documentation doc = place.documentation();
            String text = String.join(" ", java.util.stream.Stream.of(doc.title(), doc.description())
                    .filter(t -> t != null && !t.isBlank()).map(String::strip).toList());
            if (!text.isEmpty()) {
                out.append(": ").append(escape(text));
            }
            out.append("</li>\n");
        }
        return List.of(out.append("</ul>").toString());
    }

    /** Text for a {@code // } file comment: one line, no control characters. */
    public static String line(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 ? ' ' : cp));
        return out.toString().replace("\\u", "\\ u");
    }
}
