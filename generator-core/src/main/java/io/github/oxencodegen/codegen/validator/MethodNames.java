package io.github.oxencodegen.codegen.validator;

import io.github.oxencodegen.schema.JsonPointers;
import java.util.ArrayList;
import java.util.List;

/**
 * Method name stems made from schema pointers, so the generated code reads like the schema:
 * {@code #/properties/reference_images/items} gives {@code ReferenceImagesItems}; the root is
 * {@code Root}. The {@code properties} steps are left out; long names keep their last words.
 */
final class MethodNames {
    private static final int MAX_LENGTH = 60;

    private MethodNames() {}

    static String base(String pointer) {
        if (pointer.isEmpty()) {
            return "Root";
        }
        List<String> words = new ArrayList<>();
        for (String token : pointer.substring(1).split("/", -1)) {
            String word = Identifiers.upperCamel(JsonPointers.unescape(token));
            if (!token.equals("properties") && !word.isEmpty()) {
                words.add(word);
            }
        }
        StringBuilder name = new StringBuilder();
        for (int i = words.size() - 1; i >= 0 && name.length() + words.get(i).length() <= MAX_LENGTH; i--) {
            name.insert(0, words.get(i));
        }
        return name.length() == 0 ? "Schema" : name.toString();
    }
}
