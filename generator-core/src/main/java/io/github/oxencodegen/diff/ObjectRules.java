package io.github.oxencodegen.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.Keyword;
import io.github.oxencodegen.schema.JsonPointers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rules for keywords of objects: the properties a request declares, which are required, what other
 * properties may be sent, and dependencies between properties.
 *
 * <p>Where a schema declares the fields of a request (the root, a property, an array item), a property
 * removed is breaking, a new one compatible unless it is required, and a removed one paired with an added
 * one by {@link RenamePairing} is one breaking probable rename. Inside a combinator, condition or
 * dependency branch, {@code properties} only adds limits to fields declared elsewhere: there a property
 * missing on one side is read as {@code true} and the two are compared limit by limit.
 */
final class ObjectRules {
    private static final String ADDITIONAL_PROPERTIES = Keyword.ADDITIONAL_PROPERTIES.jsonName();

    private ObjectRules() {}

    static void properties(SchemaPair pair, SchemaComparison comparison) {
        JsonNode before = pair.before("properties");
        JsonNode after = pair.after("properties");
        if (before != null && !before.isObject() || after != null && !after.isObject()) {
            AnnotationRules.unknown("properties").compare(pair, comparison);
            return;
        }
        List<String> oldNames = names(before);
        List<String> newNames = names(after);
        Location at = pair.at();
        ChangeLog log = comparison.log();
        Set<String> required = strings(pair.after("required"));
        Map<String, RenamePairing.Rename> renames = at.overlay() ? Map.of() : RenamePairing.pairs(pair, comparison,
                oldNames.stream().filter(name -> !newNames.contains(name)).toList(),
                newNames.stream().filter(name -> !oldNames.contains(name)).toList());
        Set<String> renamedOldNames = renames.values().stream().map(RenamePairing.Rename::oldName).collect(Collectors.toSet());
        for (String name : newNames) {
            Location property = at.property(name);
            if (oldNames.contains(name)) {
                comparison.compare(before.get(name), after.get(name), property);
            } else if (at.overlay()) {
                comparison.compare(SchemaComparison.TRUE, after.get(name), property);
            } else if (renames.containsKey(name)) {
                RenamePairing.report(renames.get(name), pair, comparison, strings(pair.before("required")), required);
            } else if (required.contains(name)) {
                log.breaking(property.newPointer(), property, "required-property-added", "new required property");
            } else {
                log.loosened(property.newPointer(), property, "property-added", "new optional property");
            }
        }
        for (String name : oldNames) {
            if (!newNames.contains(name) && !renamedOldNames.contains(name)) {
                Location property = at.property(name);
                if (at.overlay()) {
                    comparison.compare(before.get(name), SchemaComparison.TRUE, property);
                } else {
                    log.breaking(property.oldPointer(), property, "property-removed", "property removed");
                }
            }
        }
        List<String> keptInOldOrder = oldNames.stream().filter(newNames::contains).toList();
        List<String> keptInNewOrder = newNames.stream().filter(oldNames::contains).toList();
        if (!keptInOldOrder.equals(keptInNewOrder)) {
            log.cosmetic(pair.pointer("properties"), at, "order-changed", "properties reordered");
        }
    }

    static void required(SchemaPair pair, SchemaComparison comparison) {
        JsonNode before = pair.before("required");
        JsonNode after = pair.after("required");
        if (before != null && !before.isArray() || after != null && !after.isArray()) {
            AnnotationRules.unknown("required").compare(pair, comparison);
            return;
        }
        Set<String> oldRequired = strings(before);
        Set<String> newRequired = strings(after);
        List<String> oldNames = names(pair.before("properties"));
        List<String> newNames = names(pair.after("properties"));
        boolean declaring = !pair.at().overlay();
        String pointer = pair.pointer("required");
        for (String name : newRequired) {
            boolean newProperty = newNames.contains(name) && !oldNames.contains(name);
            if (!oldRequired.contains(name) && !(declaring && newProperty)) {
                comparison.log().breaking(pointer, pair.at().property(name), "property-now-required", "now required");
            }
        }
        for (String name : oldRequired) {
            boolean removedProperty = oldNames.contains(name) && !newNames.contains(name);
            if (!newRequired.contains(name) && !(declaring && removedProperty)) {
                comparison.log().loosened(pointer, pair.at().property(name), "property-now-optional", "no longer required");
            }
        }
    }

    /** {@code false} on one side only: closed (breaking) or opened (compatible); else compared as schemas. */
    static void additionalProperties(SchemaPair pair, SchemaComparison comparison) {
        JsonNode before = orTrue(pair.before(ADDITIONAL_PROPERTIES));
        JsonNode after = orTrue(pair.after(ADDITIONAL_PROPERTIES));
        boolean closedBefore = SchemaComparison.isFalse(before);
        boolean closedAfter = SchemaComparison.isFalse(after);
        String pointer = pair.pointer(ADDITIONAL_PROPERTIES);
        if (closedAfter && !closedBefore) {
            comparison.log().breaking(pointer, pair.at(), "additional-properties-closed",
                    "additionalProperties closed: properties not declared are rejected");
        } else if (closedBefore && !closedAfter) {
            comparison.log().loosened(pointer, pair.at(), "additional-properties-opened",
                    "additionalProperties opened: properties not declared are accepted");
        } else if (!closedBefore) {
            Location at = pair.at();
            comparison.compare(before, after, at.every(JsonPointers.child(at.oldPointer(), ADDITIONAL_PROPERTIES),
                    JsonPointers.child(at.newPointer(), ADDITIONAL_PROPERTIES), false));
        }
    }

    /** Each pattern compared as a schema; a pattern missing on one side reads as {@code true}. */
    static void patternProperties(SchemaPair pair, SchemaComparison comparison) {
        JsonNode before = pair.before("patternProperties");
        JsonNode after = pair.after("patternProperties");
        if (before != null && !before.isObject() || after != null && !after.isObject()) {
            AnnotationRules.unknown("patternProperties").compare(pair, comparison);
            return;
        }
        Location at = pair.at();
        for (String pattern : union(names(after), names(before))) {
            String token = "patternProperties/" + JsonPointers.escape(pattern);
            comparison.compare(orTrue(before == null ? null : before.get(pattern)), orTrue(after == null ? null : after.get(pattern)),
                    at.every(at.oldPointer() + "/" + token, at.newPointer() + "/" + token, false));
        }
    }

    static void propertyNames(SchemaPair pair, SchemaComparison comparison) {
        Location at = pair.at();
        comparison.compare(orTrue(pair.before("propertyNames")), orTrue(pair.after("propertyNames")),
                at.keyword("propertyNames").labelled(at.label() + " property names").asOverlay());
    }

    /**
     * A property list: a name added means "now required when X is sent" (breaking), removed compatible.
     * A schema: compared as a branch, a missing one reading as {@code true}. A list turned into a schema
     * or back: breaking, conservatively.
     */
    static void dependencies(SchemaPair pair, SchemaComparison comparison) {
        JsonNode before = pair.before("dependencies");
        JsonNode after = pair.after("dependencies");
        if (before != null && !before.isObject() || after != null && !after.isObject()) {
            AnnotationRules.unknown("dependencies").compare(pair, comparison);
            return;
        }
        Location at = pair.at();
        ChangeLog log = comparison.log();
        for (String trigger : union(names(after), names(before))) {
            JsonNode oldDependency = before == null ? null : before.get(trigger);
            JsonNode newDependency = after == null ? null : after.get(trigger);
            Location branch = at.pointers(JsonPointers.child(at.oldPointer() + "/dependencies", trigger),
                    JsonPointers.child(at.newPointer() + "/dependencies", trigger));
            String pointer = newDependency != null ? branch.newPointer() : branch.oldPointer();
            if (isListOrNull(oldDependency) && isListOrNull(newDependency)) {
                Set<String> oldNames = strings(oldDependency);
                Set<String> newNames = strings(newDependency);
                for (String name : newNames) {
                    if (!oldNames.contains(name)) {
                        log.breaking(pointer, at.property(name), "dependency-required-added", "now required when " + trigger + " is sent");
                    }
                }
                for (String name : oldNames) {
                    if (!newNames.contains(name)) {
                        log.loosened(pointer, at.property(name), "dependency-required-removed",
                                "no longer required when " + trigger + " is sent");
                    }
                }
            } else if (!isList(oldDependency) && !isList(newDependency)) {
                comparison.compare(orTrue(oldDependency), orTrue(newDependency), branch.asOverlay());
            } else {
                log.breaking(pointer, at, "dependency-changed", "dependency on " + trigger
                        + " changed between a property list and a schema; it may reject requests accepted before (conservative)");
            }
        }
    }

    private static boolean isList(JsonNode node) {
        return node != null && node.isArray();
    }

    private static boolean isListOrNull(JsonNode node) {
        return node == null || node.isArray();
    }

    static JsonNode orTrue(JsonNode schema) {
        return schema == null ? SchemaComparison.TRUE : schema;
    }

    static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        if (object != null && object.isObject()) {
            for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
        }
        return names;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> strings = new LinkedHashSet<>();
        if (array != null && array.isArray()) {
            array.forEach(s -> strings.add(s.asText()));
        }
        return strings;
    }

    private static List<String> union(List<String> first, List<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
