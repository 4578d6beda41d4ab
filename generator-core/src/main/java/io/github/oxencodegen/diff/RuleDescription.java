package io.github.oxencodegen.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.SchemaException;
import io.github.oxencodegen.schema.SchemaWalker;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A few words naming a rule added or removed, for messages: its validation keywords and the
 * properties it mentions, such as {@code if/then on reference_videos, duration}.
 */
final class RuleDescription {
    private RuleDescription() {}

    static String of(JsonNode rule) {
        if (rule == null || rule.isBoolean()) {
            return rule != null && !rule.booleanValue() ? "rejects everything" : "accepts everything";
        }
        if (!rule.isObject()) {
            return JsonValues.show(rule);
        }
        List<String> keywords = new ArrayList<>();
        for (Iterator<String> it = rule.fieldNames(); it.hasNext(); ) {
            String keyword = it.next();
            if (!KeywordRules.isAnnotation(keyword)) {
                keywords.add(keyword);
            }
        }
        Set<String> mentioned = mentionedProperties(rule);
        String what = keywords.isEmpty() ? "annotations only" : String.join("/", keywords);
        return mentioned.isEmpty() ? what : what + " on " + String.join(", ", mentioned);
    }

    private static Set<String> mentionedProperties(JsonNode rule) {
        Set<String> names = new LinkedHashSet<>();
        try {
            SchemaWalker.walk("", rule, (pointer, schema) -> {
                names.addAll(ObjectRules.names(schema.get("properties")));
                schema.path("required").forEach(name -> names.add(name.asText()));
            });
        } catch (SchemaException e) {
            throw new IllegalStateException("collecting names cannot fail", e);
        }
        return names;
    }
}
