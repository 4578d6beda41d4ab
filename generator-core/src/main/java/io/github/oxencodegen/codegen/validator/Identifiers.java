package io.github.oxencodegen.codegen.validator;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java identifiers made from schema text (property names, JSON Pointer tokens), unique within their
 * scope: each instance hands out names for one scope, such as the locals of one method or the
 * methods of one class.
 */
final class Identifiers {
    private final Set<String> taken = new HashSet<>();

    /** A scope in which {@code reserved} are already taken. */
    Identifiers(String... reserved) {
        taken.addAll(Set.of(reserved));
    }

    /** {@code text} as lowerCamelCase, unique in this scope, never a keyword; {@code fallback} when nothing is left of it. */
    String lowerCamel(String text, String fallback) {
        String words = upperCamel(text);
        if (words.isEmpty()) {
            return unique(fallback);
        }
        if (Character.isDigit(words.charAt(0))) {
            return unique(fallback + words);
        }
        return unique(Character.toLowerCase(words.charAt(0)) + words.substring(1));
    }

    /** A name that starts with {@code base} and is not taken yet; it is taken from now on. */
    String unique(String base) {
        String name = base;
        if (!SourceVersion.isName(name)) {
            name = name + "_";
        }
        for (int n = 2; !taken.add(name); n++) {
            name = base + n;
        }
        return name;
    }

    /**
     * The ASCII letters and digits of {@code text} as UpperCamelCase words: {@code reference_images}
     * gives {@code ReferenceImages}. The result may be empty or start with a digit.
     */
    static String upperCamel(String text) {
        StringBuilder out = new StringBuilder();
        boolean wordStart = true;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) && Character.isJavaIdentifierPart(c) && c < 0x80) {
                out.appendCodePoint(wordStart ? Character.toUpperCase(c) : c);
                wordStart = false;
            } else {
                wordStart = true;
            }
        }
        return out.toString();
    }

    /** {@code text} as an UPPER_SNAKE constant base: {@code maxLength} gives {@code MAX_LENGTH}. */
    static String upperSnake(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 && Character.isLetterOrDigit(c)) {
                if (Character.isUpperCase(c) && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toUpperCase(c));
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                out.append('_');
            }
        }
        String name = out.toString().replaceAll("_+$", "").toUpperCase(Locale.ROOT);
        return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "C_" + name : name;
    }
}
