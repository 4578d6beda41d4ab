package io.github.oxencodegen.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.JsonPointers;

/**
 * Rules for array items. {@code items} as one schema, as a tuple, and {@code additionalItems} are read
 * together as "the schema for item i" and "the schema for every further item", so a list turned into a
 * tuple (or back) is compared position by position. A missing schema reads as {@code true}.
 */
final class ArrayRules {
    private ArrayRules() {}

    /** The schema for one position of an array, and where it is written. */
    private record Slot(JsonNode schema, String pointer) {}

    static void items(SchemaPair pair, SchemaComparison comparison) {
        JsonNode before = pair.oldSchema();
        JsonNode after = pair.newSchema();
        Location at = pair.at();
        boolean oldTuple = before.path("items").isArray();
        boolean newTuple = after.path("items").isArray();
        if (oldTuple || newTuple) {
            int positions = Math.max(before.path("items").size(), after.path("items").size());
            for (int i = 0; i < positions; i++) {
                Slot oldSlot = slot(before, at.oldPointer(), i);
                Slot newSlot = slot(after, at.newPointer(), i);
                comparison.compare(oldSlot.schema(), newSlot.schema(), at.tupleItem(oldSlot.pointer(), newSlot.pointer(), i));
            }
        }
        Slot oldRest = rest(before, at.oldPointer());
        Slot newRest = rest(after, at.newPointer());
        comparison.compare(oldRest.schema(), newRest.schema(), at.every(oldRest.pointer(), newRest.pointer(), true));
    }

    private static Slot slot(JsonNode schema, String pointer, int index) {
        JsonNode items = schema.get("items");
        if (items != null && items.isArray() && index < items.size()) {
            return new Slot(items.get(index), JsonPointers.child(pointer + "/items", index));
        }
        return rest(schema, pointer);
    }

    private static Slot rest(JsonNode schema, String pointer) {
        JsonNode items = schema.get("items");
        if (items != null && items.isArray()) {
            return new Slot(ObjectRules.orTrue(schema.get("additionalItems")), pointer + "/additionalItems");
        }
        return new Slot(ObjectRules.orTrue(items), pointer + "/items");
    }

    /** {@code contains} added is breaking, removed compatible; otherwise compared as a schema. */
    static void contains(SchemaPair pair, SchemaComparison comparison) {
        JsonNode before = pair.before("contains");
        JsonNode after = pair.after("contains");
        String pointer = pair.pointer("contains");
        if (before == null) {
            comparison.log().breaking(pointer, pair.at(), "contains-added", "must now hold an item matching contains");
        } else if (after == null) {
            comparison.log().loosened(pointer, pair.at(), "contains-removed", "no longer needs an item matching contains");
        } else {
            Location at = pair.at();
            comparison.compare(before, after, at.every(JsonPointers.child(at.oldPointer(), "contains"),
                    JsonPointers.child(at.newPointer(), "contains"), true).asOverlay());
        }
    }
}
