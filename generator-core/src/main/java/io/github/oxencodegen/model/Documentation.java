package io.github.oxencodegen.model;

import java.util.List;

/**
 * What the generated Javadoc says about a type or property: the schema's title and description, and
 * short facts (default, range, allowed values) derived from its keywords.
 *
 * @param title       the schema's {@code title}, or null
 * @param description the schema's {@code description}, or null
 * @param facts       sentences such as {@code "Default: 5."} or {@code "From 2 to 15."}
 */
public record Documentation(String title, String description, List<String> facts) {
    public static final Documentation NONE = new Documentation(null, null, List.of());

    public Documentation {
        facts = List.copyOf(facts);
    }
}
