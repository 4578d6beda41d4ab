package io.github.oxencodegen.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.oxencodegen.schema.RefResolver;
import io.github.oxencodegen.schema.UnresolvableRef;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One comparison of two request schemas: walks both side by side, follows local {@code $ref}s in
 * each, and hands every keyword to its {@link KeywordRules rule}. Keywords are visited in the order of
 * the new subschema, then those only the old one has, so output follows the schema.
 */
final class SchemaComparison {
    /** A missing subschema where the specification reads a missing one as {@code true}. */
    static final JsonNode TRUE = BooleanNode.TRUE;

    /**
     * The schema that stands at a pointer once references are followed.
     *
     * @param schema     the schema reached, null when a reference could not be followed
     * @param pointer    where that schema lives in its document
     * @param failedRef  the reference that could not be followed (remote, missing, or a loop), else null
     */
    private record Resolved(JsonNode schema, String pointer, String failedRef) {
        boolean failed() {
            return failedRef != null;
        }

        static Resolved of(RefResolver refs, JsonNode schema, String pointer) {
            try {
                RefResolver.Target target = refs.follow(pointer, schema);
                return new Resolved(target.schema(), target.pointer(), null);
            } catch (UnresolvableRef e) {
                return new Resolved(null, e.schemaPointer(), e.ref());
            }
        }
    }

    private final RefResolver oldRefs;
    private final RefResolver newRefs;
    private final ChangeLog log = new ChangeLog();
    /** Pairs of (old pointer, new pointer) being compared right now: a pair met again is a cycle through $ref. */
    private final Set<List<String>> inProgress = new HashSet<>();

    private SchemaComparison(JsonNode oldRoot, JsonNode newRoot) {
        this.oldRefs = new RefResolver(oldRoot);
        this.newRefs = new RefResolver(newRoot);
    }

    /** Every change from {@code oldSchema} to {@code newSchema}, both whole request schemas. */
    static List<Change> changes(JsonNode oldSchema, JsonNode newSchema) {
        SchemaComparison comparison = new SchemaComparison(oldSchema, newSchema);
        comparison.compare(oldSchema, newSchema, Location.root());
        return comparison.log.changes();
    }

    ChangeLog log() {
        return log;
    }

    /** Compares two subschemas standing at {@code at}, following references first. */
    void compare(JsonNode oldSchema, JsonNode newSchema, Location at) {
        Resolved before = Resolved.of(oldRefs, oldSchema, at.oldPointer());
        Resolved after = Resolved.of(newRefs, newSchema, at.newPointer());
        if (before.failed() || after.failed()) {
            compareUnresolved(oldSchema, newSchema, before, after, at);
            return;
        }
        List<String> pair = List.of(before.pointer(), after.pointer());
        if (!inProgress.add(pair)) {
            return;
        }
        try {
            compareResolved(before.schema(), after.schema(), at.pointers(before.pointer(), after.pointer()));
        } finally {
            inProgress.remove(pair);
        }
    }

    /** The old schema's subschema standing at {@code pointer}, references followed; null when one cannot be. */
    JsonNode followOld(JsonNode schema, String pointer) {
        return schema == null ? null : Resolved.of(oldRefs, schema, pointer).schema();
    }

    /** The new schema's subschema standing at {@code pointer}, references followed; null when one cannot be. */
    JsonNode followNew(JsonNode schema, String pointer) {
        return schema == null ? null : Resolved.of(newRefs, schema, pointer).schema();
    }

    /**
     * Reports a tightening of {@code keyword}: breaking, unless the old subschema admitted finitely many
     * values (an enum or const) and every one of them passes the new keyword.
     */
    void tightened(SchemaPair pair, String keyword, String kind, String text) {
        Optional<List<JsonNode>> admitted = AcceptedValues.of(pair.oldSchema());
        if (admitted.isPresent() && AcceptedValues.allPass(admitted.get(), keyword, pair.newSchema())) {
            String values = admitted.get().stream().map(JsonValues::show).collect(Collectors.joining(", "));
            log.loosened(pair.pointer(keyword), pair.at(), kind, text + "; every value allowed before (" + values + ") still passes");
        } else {
            log.breaking(pair.pointer(keyword), pair.at(), kind, text);
        }
    }

    private void compareResolved(JsonNode oldSchema, JsonNode newSchema, Location at) {
        // text, not equals(): member order matters (properties are generated in schema order)
        if (oldSchema.toString().equals(newSchema.toString()) && oldSchema.findValue("$ref") == null) {
            return;
        }
        boolean oldFalse = isFalse(oldSchema);
        boolean newFalse = isFalse(newSchema);
        if (oldFalse || newFalse) {
            if (!oldFalse) {
                log.breaking(at.newPointer(), at, "schema-closed", "no value is accepted any more (schema false)");
            } else if (!newFalse) {
                log.loosened(at.newPointer(), at, "schema-opened", "values are accepted again (schema was false)");
            }
            return;
        }
        JsonNode before = asObject(oldSchema);
        JsonNode after = asObject(newSchema);
        if (before == null || after == null) {
            if (!JsonValues.same(oldSchema, newSchema)) {
                log.breaking(at.newPointer(), at, "schema-changed", "schema changed from " + JsonValues.show(oldSchema)
                        + " to " + JsonValues.show(newSchema) + "; it may reject requests accepted before (conservative)");
            }
            return;
        }
        SchemaPair pair = new SchemaPair(before, after, at);
        TypeSet oldTypes = TypeSet.of(before);
        TypeSet newTypes = TypeSet.of(after);
        for (KeywordRules.Entry entry : entriesInOrder(before, after)) {
            // a keyword for a kind of value that one side does not admit changes nothing a caller can send:
            // the type change says it all
            if (oldTypes.admits(entry.applies()) && newTypes.admits(entry.applies())) {
                entry.rule().compare(pair, this);
            }
        }
    }

    private static Set<KeywordRules.Entry> entriesInOrder(JsonNode before, JsonNode after) {
        Set<KeywordRules.Entry> entries = new LinkedHashSet<>();
        for (Iterator<String> it = after.fieldNames(); it.hasNext(); ) {
            entries.add(KeywordRules.of(it.next()));
        }
        for (Iterator<String> it = before.fieldNames(); it.hasNext(); ) {
            String keyword = it.next();
            if (!after.has(keyword)) {
                entries.add(KeywordRules.of(keyword));
            }
        }
        return entries;
    }

    private void compareUnresolved(JsonNode oldSchema, JsonNode newSchema, Resolved before, Resolved after,
            Location at) {
        String what;
        if (before.failed() && after.failed()) {
            if (before.failedRef().equals(after.failedRef())) {
                return; // keywords beside a $ref are ignored in draft-07
            }
            what = "reference changed from \"" + before.failedRef() + "\" to \"" + after.failedRef() + "\"";
        } else if (after.failed()) {
            what = "reference \"" + after.failedRef() + "\" can no longer be followed";
        } else {
            what = "reference \"" + before.failedRef() + "\", which could not be followed, was replaced";
        }
        Location where = at.pointers(before.pointer(), after.pointer());
        log.breaking(where.pointer("$ref", after.failed()), where, "reference-changed", what
                + " (only references by JSON Pointer within the schema are followed);"
                + " it may reject requests accepted before (conservative)");
    }

    static boolean isFalse(JsonNode schema) {
        return schema.isBoolean() && !schema.booleanValue();
    }

    /**
     * True for {@code true}, a missing schema, and schemas holding only annotations, {@code properties}
     * that constrain nothing and {@code allOf} of such schemas.
     */
    static boolean constrainsNothing(JsonNode schema) {
        if (schema == null || schema.isBoolean()) {
            return schema == null || schema.booleanValue();
        }
        if (!schema.isObject()) {
            return false;
        }
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String keyword = it.next();
            JsonNode value = schema.get(keyword);
            boolean nothing = switch (keyword) {
                case "properties" -> value.isObject() && allConstrainNothing(value);
                case "allOf" -> value.isArray() && allConstrainNothing(value);
                default -> KeywordRules.isAnnotation(keyword);
            };
            if (!nothing) {
                return false;
            }
        }
        return true;
    }

    private static boolean allConstrainNothing(JsonNode container) {
        for (JsonNode schema : container) {
            if (!constrainsNothing(schema)) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode asObject(JsonNode schema) {
        if (schema.isObject()) {
            return schema;
        }
        return schema.isBoolean() ? JsonNodeFactory.instance.objectNode() : null;
    }
}
