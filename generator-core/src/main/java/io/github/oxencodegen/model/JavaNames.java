package io.github.oxencodegen.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java names from any string: wire names, model ids, enum values. Every result is a legal Java
 * identifier (keywords, leading digits, punctuation and empty strings handled); collisions are
 * resolved by the caller through {@link Scope}, deterministically in encounter order.
 */
public final class JavaNames {
    private JavaNames() {}

    /** Splits on anything that is not a letter or digit, and on lower-to-upper case changes. */
    static List<String> words(String text) {
        return words(text, true, true);
    }

    static List<String> words(String text, boolean asciiOnly) {
        return words(text, asciiOnly, true);
    }

    /** As {@link #words(String)}; with {@code asciiOnly}, other letters separate words (type names become file names). */
    static List<String> words(String text, boolean asciiOnly, boolean splitAfterDigits) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (!Character.isLetterOrDigit(cp) || !Character.isJavaIdentifierPart(cp) || (asciiOnly && cp >= 128)) {
                flush(words, current);
                continue;
            }
            if (current.length() > 0 && Character.isUpperCase(cp)) {
                int previous = cps[i - 1];
                boolean nextIsLower = i + 1 < cps.length && Character.isLowerCase(cps[i + 1]);
                if (Character.isLowerCase(previous) || (splitAfterDigits && Character.isDigit(previous))
                        || (Character.isUpperCase(previous) && nextIsLower)) {
                    flush(words, current);
                }
            }
            current.appendCodePoint(cp);
        }
        flush(words, current);
        return words;
    }

    private static void flush(List<String> words, StringBuilder current) {
        if (current.length() > 0) {
            words.add(current.toString());
            current.setLength(0);
        }
    }

    private static String capitalize(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int first = lower.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(lower.substring(Character.charCount(first))).toString();
    }

    /** {@code wan-v2-7-reference-to-video} gives {@code WanV27ReferenceToVideo}. */
    public static String upperCamel(String text, String fallback) {
        StringBuilder name = new StringBuilder();
        for (String word : words(text)) {
            name.append(capitalize(word));
        }
        return legal(name.toString(), fallback, true);
    }

    /** {@code aspect_ratio} gives {@code aspectRatio}; letters beyond ASCII are kept. */
    public static String lowerCamel(String text, String fallback) {
        List<String> words = words(text, false);
        if (words.isEmpty()) {
            return fallback;
        }
        StringBuilder name = new StringBuilder(words.get(0).toLowerCase(Locale.ROOT));
        for (int i = 1; i < words.size(); i++) {
            name.append(capitalize(words.get(i)));
        }
        return legal(name.toString(), fallback, false);
    }

    /** {@code 16:9} gives {@code V16_9}; {@code -1} gives {@code MINUS_1}; {@code 1 MP} gives {@code V1_MP}. */
    public static String constant(String text) {
        String sign = "";
        String rest = text.strip();
        if (rest.startsWith("-")) {
            sign = "MINUS_";
            rest = rest.substring(1);
        } else if (rest.startsWith("+")) {
            sign = "PLUS_";
            rest = rest.substring(1);
        }
        List<String> parts = new ArrayList<>();
        for (String word : words(rest, true, false)) {
            parts.add(word.toUpperCase(Locale.ROOT));
        }
        String name = sign + String.join("_", parts);
        if (name.endsWith("_")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty()) {
            return text.isEmpty() ? "EMPTY" : "VALUE";
        }
        if (!Character.isJavaIdentifierStart(name.codePointAt(0))) {
            name = "V" + name;
        }
        return SourceVersion.isKeyword(name) || name.equals("_") ? name + "_" : name;
    }

    /** A package name segment: {@code wan-v2-7-reference-to-video} gives {@code wan_v2_7_reference_to_video}. */
    public static String packageSegment(String text) {
        StringBuilder segment = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (cp < 128 && Character.isLetterOrDigit(cp)) {
                segment.appendCodePoint(cp);
            } else if (segment.length() > 0 && segment.charAt(segment.length() - 1) != '_') {
                segment.append('_');
            }
        });
        while (segment.length() > 0 && segment.charAt(segment.length() - 1) == '_') {
            segment.setLength(segment.length() - 1);
        }
        String name = segment.toString();
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
            name = "m_" + name;
        }
        return SourceVersion.isKeyword(name) ? name + "_" : name;
    }

    /** True when {@code name} is a dotted sequence of legal Java identifiers. */
    public static boolean isPackageName(String name) {
        return SourceVersion.isName(name);
    }

    private static String legal(String name, String fallback, boolean type) {
        if (name.isEmpty()) {
            return fallback;
        }
        if (!Character.isJavaIdentifierStart(name.codePointAt(0))) {
            name = (type ? "V" : "v") + name;
        }
        return SourceVersion.isKeyword(name) ? name + "_" : name;
    }

    /** English singular of a plural noun, for naming list element types ({@code reference_images}). */
    public static String singular(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ies") && word.length() > 3) {
            return word.substring(0, word.length() - 3) + (Character.isUpperCase(word.charAt(word.length() - 1)) ? "Y" : "y");
        }
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && word.length() > 1) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** A set of names in use; {@link #claim} returns a free variant by appending 2, 3, ... */
    public static final class Scope {
        private final Set<String> taken;

        public Scope(Set<String> reserved) {
            taken = new HashSet<>();
            for (String name : reserved) {
                taken.add(name.toLowerCase(Locale.ROOT));
            }
        }

        private Scope(Scope from) {
            taken = new HashSet<>(from.taken);
        }

        /**
         * A new scope where every name taken here is taken too; names claimed in either later are not
         * seen by the other. Cheaper than a new scope from the same reserved names, which lowers each.
         */
        public Scope copy() {
            return new Scope(this);
        }

        /** Takes {@code name} as a reserved name is taken: later claims of it get a number. */
        public void reserve(String name) {
            taken.add(name.toLowerCase(Locale.ROOT));
        }

        /**
         * Claims {@code name}, or the first free {@code name2}, {@code name3}, ... Names are compared
         * without regard to case, so that two generated files never differ only in case.
         */
        public String claim(String name) {
            String candidate = name;
            for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
                candidate = name + i;
            }
            return candidate;
        }
    }
}
