package io.github.oxencodegen.select;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.ModelDocument;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One model object of Oxen's list, as a selection reads it.
 *
 * @param document the model as the generator reads it (its request schema null for chat models)
 * @param object   the whole model object as listed, which is what a fetch of the model alone would return
 */
public record ListedModel(ModelDocument document, JsonNode object) {
    public ListedModel {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(object, "object");
    }

    public String id() {
        return document.id();
    }

    /** The endpoint that takes the model's requests, such as {@code /videos/generate}; null when not listed. */
    public String endpoint() {
        return document.endpoint();
    }

    /** What the model takes ({@code capabilities.input}, lower case); empty when the object has no capabilities. */
    public Optional<Set<String>> inputs() {
        return side("input");
    }

    /** What the model produces ({@code capabilities.output}, lower case); empty when the object has no capabilities. */
    public Optional<Set<String>> outputs() {
        return side("output");
    }

    private Optional<Set<String>> side(String name) {
        JsonNode values = object.path("capabilities").path(name);
        if (!values.isArray()) {
            return Optional.empty();
        }
        Set<String> set = new TreeSet<>();
        values.forEach(value -> {
            if (value.isTextual()) {
                set.add(value.asText().toLowerCase(Locale.ROOT));
            }
        });
        return Optional.of(Set.copyOf(set));
    }
}
