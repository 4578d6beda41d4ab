package io.github.oxencodegen.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * How alike two property names are, read word by word: the evidence of name that makes a removed
 * property and an added one a {@link RenamePairing probable rename}.
 *
 * <p>A name is read as its words: split at {@code _}, {@code -}, {@code .}, spaces and camelCase
 * humps, lower-cased, and each word of three letters or more ending in a single {@code s} taken without
 * it (a plural: {@code input_images} reads {@code input image}, {@code inputImage} too). Two names are
 * <ul>
 *   <li>{@link #SAME_WORDS} when they read the same words: {@code input_images} and {@code input_image}
 *       (Oxen's 2026 rename on seedream), {@code aspect_ratios} and {@code aspectRatio};</li>
 *   <li>{@link #ONE_LETTER} when they have as many words, all the same but one, and that one is a single
 *       edit away (a letter added, dropped, replaced, or two neighbours swapped) with at least four letters
 *       on each side: a typo fixed ({@code negtive_prompt}, {@code negative_prompt}) or a spelling
 *       ({@code colour}, {@code color});</li>
 *   <li>{@link #UNLIKE} otherwise.</li>
 * </ul>
 * The bar is set by names that really sit side by side in Oxen's schemas and mean different things:
 * {@code enable_safety_checker} and {@code disable_safety_checker} (the same words but one, three edits
 * apart: a plain edit distance relative to length, 3 of 20 letters, would pair them), {@code top_k} and
 * {@code top_p} (one edit, but one letter long), {@code output_format} and {@code output_quality},
 * {@code seed} and {@code steps}, {@code min_length} and {@code max_length}: all {@link #UNLIKE}. A
 * property dropped with nothing like it added ({@code thinking_level} on nano-banana-2) stays a removal.
 */
enum NameMatch {
    /** The same words, once case, separators and plural {@code s} are set aside. */
    SAME_WORDS("the same name but for case, separators or a plural s"),
    /** The same words but one, and that one a single edit away. */
    ONE_LETTER("the same name but for one letter"),
    /** Not alike. */
    UNLIKE("unlike names");

    private static final int SHORTEST_EDITED_WORD = 4;

    private final String reason;

    NameMatch(String reason) {
        this.reason = reason;
    }

    /** Why the names count as alike, for a change's message. */
    String reason() {
        return reason;
    }

    static NameMatch of(String oldName, String newName) {
        List<String> before = words(oldName);
        List<String> after = words(newName);
        if (before.equals(after)) {
            return SAME_WORDS;
        }
        if (before.size() != after.size()) {
            return UNLIKE;
        }
        int differing = -1;
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                if (differing >= 0) {
                    return UNLIKE;
                }
                differing = i;
            }
        }
        String a = before.get(differing);
        String b = after.get(differing);
        boolean longEnough = a.length() >= SHORTEST_EDITED_WORD && b.length() >= SHORTEST_EDITED_WORD;
        return longEnough && oneEditApart(a, b) ? ONE_LETTER : UNLIKE;
    }

    /** The words of a property name, lower case, each without a plural {@code s}. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean separator = c == '_' || c == '-' || c == '.' || Character.isWhitespace(c);
            boolean hump = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1));
            if ((separator || hump) && word.length() > 0) {
                words.add(singular(word.toString()));
                word.setLength(0);
            }
            if (!separator) {
                word.append(Character.toLowerCase(c));
            }
        }
        if (word.length() > 0) {
            words.add(singular(word.toString()));
        }
        return words;
    }

    private static String singular(String word) {
        boolean plural = word.length() >= 3 && word.endsWith("s") && !word.endsWith("ss");
        return plural ? word.substring(0, word.length() - 1) : word;
    }

    /** True when one letter added, dropped or replaced, or two neighbours swapped, turns {@code a} into {@code b}. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int start = 0;
        while (start < Math.min(a.length(), b.length()) && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        if (a.length() != b.length()) {
            String longer = a.length() > b.length() ? a : b;
            String shorter = longer == a ? b : a;
            return longer.substring(start + 1).equals(shorter.substring(start));
        }
        if (a.substring(start + 1).equals(b.substring(start + 1))) {
            return true; // one letter replaced
        }
        return start + 1 < a.length() && a.charAt(start) == b.charAt(start + 1) && a.charAt(start + 1) == b.charAt(start)
                && a.substring(start + 2).equals(b.substring(start + 2));
    }
}
