package io.github.oxencodegen.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.JsonPointers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds probable renames where a schema declares the fields of a request: a property removed while
 * another is added with a compatible type and a similar name or the same description or title. A
 * rename is reported as one breaking change, {@code property-renamed}, carrying both pointers, and the
 * two property schemas are then compared with each other; a removal or an addition that pairs with
 * nothing is reported as before.
 *
 * <ul>
 *   <li><b>Compatible type</b>: the two schemas (references followed) admit a common JSON type other
 *       than {@code null} ({@code integer} counting as a {@code number}; no {@code type} admits every
 *       type); when that common type is only {@code array}, their {@code items} must be compatible too,
 *       so an array of URLs never pairs with an array of objects. {@code false}, or a reference that
 *       cannot be followed, is compatible with nothing.</li>
 *   <li><b>Similar name</b>: {@link NameMatch#SAME_WORDS} or {@link NameMatch#ONE_LETTER}.</li>
 *   <li><b>Same description or title</b>: equal once case and runs of white space are set aside, and
 *       not empty.</li>
 * </ul>
 *
 * <p>Pairing is one-to-one and does not depend on map order: every eligible (removed, added) pair is
 * ranked by the strength of its evidence (the same words, then one letter apart, then a description or
 * title alone; among equals, the same description first, then the same title), then by the removed
 * property's place in the old schema and the added one's in the new; pairs are taken in that order,
 * skipping any whose removed or added property is already taken. Two removals and one addition: the
 * better one pairs, the other stays a removal.
 */
final class RenamePairing {
    /** One removed property read as renamed to one added property, and why. */
    record Rename(String oldName, String newName, String reasons) {}

    private record Candidate(int oldIndex, int newIndex, NameMatch name, boolean sameDescription, boolean sameTitle) {
        boolean eligible() {
            return name != NameMatch.UNLIKE || sameDescription || sameTitle;
        }
    }

    private static final Comparator<Candidate> STRONGEST_FIRST = Comparator.comparing(Candidate::name)
            .thenComparing(c -> !c.sameDescription())
            .thenComparing(c -> !c.sameTitle())
            .thenComparingInt(Candidate::oldIndex)
            .thenComparingInt(Candidate::newIndex);
    /** How deep {@code items} of {@code items} are compared for compatibility. */
    private static final int DEEPEST_ITEMS = 8;

    private RenamePairing() {}

    /** The probable renames among {@code removed} and {@code added}, by the added property's name, in new-schema order. */
    static Map<String, Rename> pairs(SchemaPair pair, SchemaComparison comparison, List<String> removed, List<String> added) {
        Map<String, Rename> renames = new LinkedHashMap<>();
        if (removed.isEmpty() || added.isEmpty()) {
            return renames;
        }
        JsonNode before = pair.before("properties");
        JsonNode after = pair.after("properties");
        Location at = pair.at();
        List<Candidate> candidates = new ArrayList<>();
        for (int o = 0; o < removed.size(); o++) {
            String oldPointer = at.property(removed.get(o)).oldPointer();
            JsonNode oldSchema = comparison.followOld(before.get(removed.get(o)), oldPointer);
            for (int n = 0; n < added.size(); n++) {
                String newPointer = at.property(added.get(n)).newPointer();
                JsonNode newSchema = comparison.followNew(after.get(added.get(n)), newPointer);
                if (!compatible(comparison, oldSchema, oldPointer, newSchema, newPointer, 0)) {
                    continue;
                }
                Candidate candidate = new Candidate(o, n, NameMatch.of(removed.get(o), added.get(n)),
                        sameText(oldSchema, newSchema, "description"), sameText(oldSchema, newSchema, "title"));
                if (candidate.eligible()) {
                    candidates.add(candidate);
                }
            }
        }
        candidates.sort(STRONGEST_FIRST);
        Set<Integer> oldTaken = new HashSet<>();
        Set<Integer> newTaken = new HashSet<>();
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (!oldTaken.contains(candidate.oldIndex()) && !newTaken.contains(candidate.newIndex())) {
                oldTaken.add(candidate.oldIndex());
                newTaken.add(candidate.newIndex());
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::newIndex));
        for (Candidate c : chosen) {
            renames.put(added.get(c.newIndex()), new Rename(removed.get(c.oldIndex()), added.get(c.newIndex()), reasons(c)));
        }
        return renames;
    }

    /** Reports {@code rename} (breaking, both pointers), then compares the two property schemas with each other. */
    static void report(Rename rename, SchemaPair pair, SchemaComparison comparison, Set<String> oldRequired, Set<String> newRequired) {
        Location from = pair.at().property(rename.oldName());
        Location to = pair.at().property(rename.newName());
        String text = "probable rename (" + rename.reasons() + "); a request that sent " + rename.oldName()
                + " must send " + rename.newName() + " now" + requiredNote(rename, oldRequired, newRequired);
        comparison.log().renamed(from, to, text);
        comparison.compare(pair.before("properties").get(rename.oldName()), pair.after("properties").get(rename.newName()),
                to.pointers(from.oldPointer(), to.newPointer()));
    }

    private static String requiredNote(Rename rename, Set<String> oldRequired, Set<String> newRequired) {
        boolean wasRequired = oldRequired.contains(rename.oldName());
        boolean isRequired = newRequired.contains(rename.newName());
        if (wasRequired == isRequired) {
            return "";
        }
        return isRequired ? "; " + rename.newName() + " is required, " + rename.oldName() + " was not"
                : "; " + rename.newName() + " is optional, " + rename.oldName() + " was required";
    }

    private static String reasons(Candidate candidate) {
        List<String> reasons = new ArrayList<>();
        if (candidate.name() != NameMatch.UNLIKE) {
            reasons.add(candidate.name().reason());
        }
        if (candidate.sameDescription()) {
            reasons.add("the same description");
        }
        if (candidate.sameTitle()) {
            reasons.add("the same title");
        }
        return String.join(", ", reasons);
    }

    /** True when both schemas admit a common kind of value besides null (see the class documentation). */
    static boolean compatible(SchemaComparison comparison, JsonNode oldSchema, String oldPointer, JsonNode newSchema,
            String newPointer, int depth) {
        if (oldSchema == null || newSchema == null || SchemaComparison.isFalse(oldSchema) || SchemaComparison.isFalse(newSchema)) {
            return false;
        }
        if (!oldSchema.isObject() || !newSchema.isObject()) {
            return oldSchema.isBoolean() || newSchema.isBoolean(); // true admits everything
        }
        TypeSet oldTypes = TypeSet.of(oldSchema);
        TypeSet newTypes = TypeSet.of(newSchema);
        List<String> shared = TypeSet.ALL.stream()
                .filter(type -> !type.equals("null") && oldTypes.admits(type) && newTypes.admits(type))
                .toList();
        if (shared.isEmpty()) {
            return false;
        }
        JsonNode oldItems = oldSchema.get("items");
        JsonNode newItems = newSchema.get("items");
        boolean onlyArrays = shared.equals(List.of("array"));
        if (!onlyArrays || depth >= DEEPEST_ITEMS || oldItems == null || newItems == null || oldItems.isArray() || newItems.isArray()) {
            return true;
        }
        String oldItemsPointer = JsonPointers.child(oldPointer, "items");
        String newItemsPointer = JsonPointers.child(newPointer, "items");
        return compatible(comparison, comparison.followOld(oldItems, oldItemsPointer), oldItemsPointer,
                comparison.followNew(newItems, newItemsPointer), newItemsPointer, depth + 1);
    }

    private static boolean sameText(JsonNode oldSchema, JsonNode newSchema, String keyword) {
        String before = text(oldSchema, keyword);
        return !before.isEmpty() && before.equals(text(newSchema, keyword));
    }

    private static String text(JsonNode schema, String keyword) {
        JsonNode value = schema.isObject() ? schema.get(keyword) : null;
        if (value == null || !value.isTextual()) {
            return "";
        }
        return value.textValue().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
