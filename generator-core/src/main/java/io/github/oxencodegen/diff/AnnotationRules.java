package io.github.oxencodegen.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.JsonPointers;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rules for keywords that validate nothing ({@code default}, documentation, vendor display keys), for
 * Oxen's {@code x-media-references}, and for keywords the diff does not know.
 */
final class AnnotationRules {
    private AnnotationRules() {}

    /** A changed default validates the same requests but changes what the server does: compatible, reported. */
    static void defaultValue(SchemaPair pair, SchemaComparison comparison) {
        JsonNode before = pair.before("default");
        JsonNode after = pair.after("default");
        if (!JsonValues.same(before, after)) {
            comparison.log().behaviour(pair.pointer("default"), pair.at(), "default-changed", edit("default", before, after, true));
        }
    }

    /** Documentation or display: cosmetic, with the values shown when they are short enough to help. */
    static KeywordRule cosmetic(String keyword, String kind, boolean showValues) {
        return (pair, comparison) -> {
            JsonNode before = pair.before(keyword);
            JsonNode after = pair.after(keyword);
            if (!JsonValues.same(before, after)) {
                comparison.log().cosmetic(pair.pointer(keyword), pair.at(), kind, edit(keyword, before, after, showValues));
            }
        };
    }

    /** A keyword the diff cannot read: any change is breaking, conservatively. */
    static KeywordRule unknown(String keyword) {
        return (pair, comparison) -> {
            JsonNode before = pair.before(keyword);
            JsonNode after = pair.after(keyword);
            if (!JsonValues.same(before, after)) {
                comparison.log().breaking(pair.pointer(keyword), pair.at(), "keyword-changed",
                        edit("keyword '" + keyword + "'", before, after, true)
                                + "; the diff cannot read it, so it may reject requests accepted before (conservative)");
            }
        };
    }

    /**
     * {@code x-media-references} makes the validator check that a prompt naming the n-th item of a field
     * ("Image 3") has that many items. A group added or changed can reject a prompt accepted before
     * (breaking); a group removed checks less (compatible). Groups are matched by {@code field}.
     */
    static void mediaReferences(SchemaPair pair, SchemaComparison comparison) {
        Map<String, Group> before = groups(pair.before("x-media-references"), pair.at().oldPointer());
        Map<String, Group> after = groups(pair.after("x-media-references"), pair.at().newPointer());
        if (before == null || after == null) {
            unknown("x-media-references").compare(pair, comparison);
            return;
        }
        ChangeLog log = comparison.log();
        for (Group group : after.values()) {
            Group old = before.get(group.field());
            if (old == null) {
                log.breaking(group.pointer(), pair.at(), "media-reference-added",
                        "references to " + group.field() + " as " + JsonValues.show(group.pattern())
                                + " are now checked against its number of items");
            } else if (!JsonValues.same(old.pattern(), group.pattern())) {
                log.breaking(group.pointer(), pair.at(), "media-reference-changed",
                        "reference pattern for " + group.field() + " changed from " + JsonValues.show(old.pattern()) + " to "
                                + JsonValues.show(group.pattern()) + "; it may reject prompts accepted before (conservative)");
            }
        }
        for (Group group : before.values()) {
            if (!after.containsKey(group.field())) {
                log.loosened(group.pointer(), pair.at(), "media-reference-removed",
                        "references to " + group.field() + " as " + JsonValues.show(group.pattern()) + " are no longer checked");
            }
        }
    }

    private record Group(String field, JsonNode pattern, String pointer) {}

    /** The groups by field, in order; empty when absent, null when not in the expected shape. */
    private static Map<String, Group> groups(JsonNode references, String schemaPointer) {
        Map<String, Group> groups = new LinkedHashMap<>();
        if (references == null) {
            return groups;
        }
        JsonNode list = references.get("groups");
        if (list == null || !list.isArray()) {
            return null;
        }
        String listPointer = JsonPointers.child(schemaPointer, "x-media-references") + "/groups";
        for (int i = 0; i < list.size(); i++) {
            JsonNode group = list.get(i);
            if (!group.path("field").isTextual() || groups.containsKey(group.get("field").asText())) {
                return null;
            }
            String field = group.get("field").asText();
            groups.put(field, new Group(field, group.path("pattern"), JsonPointers.child(listPointer, i)));
        }
        return groups;
    }

    /** {@code maximum 10 added}, {@code maximum 15 removed}, {@code title changed from "a" to "b"}. */
    static String edit(String what, JsonNode before, JsonNode after, boolean showValues) {
        if (before == null) {
            return what + (showValues ? " " + JsonValues.show(after) : "") + " added";
        }
        if (after == null) {
            return what + (showValues ? " " + JsonValues.show(before) : "") + " removed";
        }
        return what + " changed" + (showValues ? " from " + JsonValues.show(before) + " to " + JsonValues.show(after) : "");
    }
}
