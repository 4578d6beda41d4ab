package io.github.oxencodegen.sample;

import io.github.oxencodegen.sample.oxen.Violation;
import java.util.List;

/**
 * Violations written for a person: the field as a path they would type ({@code reference_images[0].url}
 * rather than the JSON Pointer {@code /reference_images/0/url}), what is wrong, and the rule's keyword
 * last, for whoever wants to look it up in the schema; for a rule that applies only under a condition,
 * a second line saying which.
 */
final class ViolationReport {
    private ViolationReport() {}

    /**
     * One line per violation, each starting with {@code bullet}, in the order they were found; a conditional
     * rule's condition on the line below, under the text.
     */
    static String of(List<Violation> violations, String bullet) {
        StringBuilder text = new StringBuilder();
        for (Violation violation : violations) {
            text.append(bullet).append(field(violation.pointer())).append(": ").append(violation.message())
                    .append(" [").append(violation.keyword()).append("]\n");
            if (!violation.condition().isEmpty()) {
                text.append(" ".repeat(bullet.length())).append("applies because ").append(violation.condition()).append('\n');
            }
        }
        return text.toString();
    }

    /** {@code /reference_images/0/url} as {@code reference_images[0].url}; the empty pointer as {@code (request)}. */
    static String field(String pointer) {
        if (pointer.isEmpty()) {
            return "(request)";
        }
        StringBuilder path = new StringBuilder();
        for (String token : pointer.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(name);
            }
        }
        return path.toString();
    }
}
