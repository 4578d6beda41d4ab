package io.github.oxencodegen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The name of a type shared by several schemas of one shape, from the names each would have had
 * alone ({@code ReferenceImage}, {@code ReferenceVideo}): their common leading words
 * ({@code Reference}), else their common trailing words ({@code StartImage}, {@code EndImage} give
 * {@code Image}), else the first name in schema order. A common name that another type of the model
 * would have had, or a reserved one, is passed over for the next rule. It depends only on the names
 * of the sharing schemas and of the model's other types, so it is stable when an unrelated property
 * is added.
 */
final class SharedNames {
    private SharedNames() {}

    /**
     * @param names  the names of the sharing schemas, in schema order, at least one
     * @param others lower-case names the model's other types would have had, and reserved names
     */
    static String choose(List<String> names, Set<String> others) {
        List<List<String>> words = new ArrayList<>();
        for (String name : names) {
            words.add(JavaNames.words(name));
        }
        for (String candidate : List.of(leading(words), trailing(words))) {
            if (!candidate.isEmpty() && Character.isJavaIdentifierStart(candidate.codePointAt(0))
                    && !others.contains(candidate.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        return names.get(0);
    }

    private static String leading(List<List<String>> words) {
        List<String> first = words.get(0);
        int common = first.size();
        for (List<String> other : words) {
            int i = 0;
            while (i < Math.min(common, other.size()) && other.get(i).equals(first.get(i))) {
                i++;
            }
            common = i;
        }
        return String.join("", first.subList(0, common));
    }

    private static String trailing(List<List<String>> words) {
        List<String> first = words.get(0);
        int common = first.size();
        for (List<String> other : words) {
            int i = 0;
            while (i < Math.min(common, other.size())
                    && other.get(other.size() - 1 - i).equals(first.get(first.size() - 1 - i))) {
                i++;
            }
            common = i;
        }
        return String.join("", first.subList(first.size() - common, first.size()));
    }
}
