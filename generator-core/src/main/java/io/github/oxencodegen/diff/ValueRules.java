package io.github.oxencodegen.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Rules for keywords that limit single values: {@code type}, {@code enum}, {@code const}, numeric,
 * length and count bounds, {@code multipleOf}, {@code pattern}, {@code format} and
 * {@code uniqueItems}. A limit added or tightened is breaking, removed or loosened compatible.
 */
final class ValueRules {
    /** Formats that accept every value of another: a change to one of them loosens. */
    private static final Map<String, Set<String>> WIDER_FORMATS = Map.of(
            "uri", Set.of("uri-reference", "iri", "iri-reference"),
            "iri", Set.of("iri-reference"),
            "uri-reference", Set.of("iri-reference"),
            "email", Set.of("idn-email"),
            "hostname", Set.of("idn-hostname"));

    private ValueRules() {}

    static void type(SchemaPair pair, SchemaComparison comparison) {
        TypeSet before = TypeSet.of(pair.oldSchema());
        TypeSet after = TypeSet.of(pair.newSchema());
        List<String> lost = before.members().stream().filter(t -> !after.admits(t)).toList();
        List<String> gained = after.members().stream().filter(t -> !before.admits(t)).toList();
        String change = " from " + before.show() + " to " + after.show();
        if (!lost.isEmpty() && !gained.isEmpty()) {
            comparison.tightened(pair, "type", "type-changed", "type changed" + change);
        } else if (!lost.isEmpty()) {
            String detail = before.isAny() ? "" : " (" + typeNames(lost, after) + " no longer accepted)";
            comparison.tightened(pair, "type", "type-narrowed", "type narrowed" + change + detail);
        } else if (!gained.isEmpty()) {
            String detail = after.isAny() ? "" : " (" + typeNames(gained, before) + " now accepted)";
            comparison.log().loosened(pair.pointer("type"), pair.at(), "type-widened", "type widened" + change + detail);
        }
    }

    private static String typeNames(List<String> types, TypeSet other) {
        return types.stream()
                .map(t -> t.equals("number") && other.admits("integer") ? "non-integer number" : t)
                .collect(Collectors.joining(", "));
    }

    static void enumValues(SchemaPair pair, SchemaComparison comparison) {
        JsonNode before = pair.before("enum");
        JsonNode after = pair.after("enum");
        if (before != null && !before.isArray() || after != null && !after.isArray()) {
            AnnotationRules.unknown("enum").compare(pair, comparison);
            return;
        }
        ChangeLog log = comparison.log();
        String pointer = pair.pointer("enum");
        if (before == null) {
            comparison.tightened(pair, "enum", "enum-added", "now restricted to " + JsonValues.show(after));
            return;
        }
        if (after == null) {
            log.loosened(pointer, pair.at(), "enum-removed", "no longer restricted to " + JsonValues.show(before));
            return;
        }
        List<JsonNode> oldValues = JsonValues.elements(before);
        List<JsonNode> newValues = JsonValues.elements(after);
        List<JsonNode> removed = oldValues.stream().filter(v -> !JsonValues.contains(newValues, v)).toList();
        List<JsonNode> added = newValues.stream().filter(v -> !JsonValues.contains(oldValues, v)).toList();
        for (JsonNode value : removed) {
            log.breaking(pointer, pair.at(), "enum-value-removed", "enum value " + JsonValues.show(value) + " removed");
        }
        for (JsonNode value : added) {
            log.loosened(pointer, pair.at(), "enum-value-added", "enum value " + JsonValues.show(value) + " added");
        }
        List<JsonNode> keptInOldOrder = oldValues.stream().filter(v -> JsonValues.contains(newValues, v)).toList();
        List<JsonNode> keptInNewOrder = newValues.stream().filter(v -> JsonValues.contains(oldValues, v)).toList();
        if (!sameSequence(keptInOldOrder, keptInNewOrder)) {
            log.cosmetic(pointer, pair.at(), "order-changed", "enum values reordered");
        }
    }

    private static boolean sameSequence(List<JsonNode> a, List<JsonNode> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!JsonValues.same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    static void constValue(SchemaPair pair, SchemaComparison comparison) {
        JsonNode before = pair.before("const");
        JsonNode after = pair.after("const");
        if (before == null) {
            comparison.tightened(pair, "const", "const-added", "now fixed to " + JsonValues.show(after));
        } else if (after == null) {
            comparison.log().loosened(pair.pointer("const"), pair.at(), "const-removed", "no longer fixed to " + JsonValues.show(before));
        } else if (!JsonValues.same(before, after)) {
            comparison.tightened(pair, "const", "const-changed",
                    "const changed from " + JsonValues.show(before) + " to " + JsonValues.show(after));
        }
    }

    /** A numeric limit: {@code lower} for minimum-like keywords (raising tightens), else maximum-like. */
    static KeywordRule bound(String keyword, boolean lower) {
        String kind = JsonValues.kebab(keyword);
        return (pair, comparison) -> {
            JsonNode before = pair.before(keyword);
            JsonNode after = pair.after(keyword);
            if (before != null && !before.isNumber() || after != null && !after.isNumber()) {
                AnnotationRules.unknown(keyword).compare(pair, comparison);
                return;
            }
            if (before == null) {
                comparison.tightened(pair, keyword, kind + "-added", keyword + " " + after + " added");
            } else if (after == null) {
                comparison.log().loosened(pair.pointer(keyword), pair.at(), kind + "-removed", keyword + " " + before + " removed");
            } else {
                int direction = after.decimalValue().compareTo(before.decimalValue());
                if (direction == 0) {
                    return;
                }
                String verb = direction > 0 ? "raised" : "lowered";
                String text = keyword + " " + verb + " from " + before + " to " + after;
                if (lower == direction > 0) {
                    comparison.tightened(pair, keyword, kind + "-" + verb, text);
                } else {
                    comparison.log().loosened(pair.pointer(keyword), pair.at(), kind + "-" + verb, text);
                }
            }
        };
    }

    static void multipleOf(SchemaPair pair, SchemaComparison comparison) {
        JsonNode before = pair.before("multipleOf");
        JsonNode after = pair.after("multipleOf");
        Predicate<JsonNode> valid = n -> n == null || n.isNumber() && n.decimalValue().signum() > 0;
        if (!valid.test(before) || !valid.test(after)) {
            AnnotationRules.unknown("multipleOf").compare(pair, comparison);
            return;
        }
        if (before == null) {
            comparison.tightened(pair, "multipleOf", "multiple-of-added", "multipleOf " + after + " added");
        } else if (after == null) {
            comparison.log().loosened(pair.pointer("multipleOf"), pair.at(), "multiple-of-removed", "multipleOf " + before + " removed");
        } else {
            BigDecimal oldStep = before.decimalValue();
            BigDecimal newStep = after.decimalValue();
            if (oldStep.compareTo(newStep) == 0) {
                return;
            }
            String text = "multipleOf changed from " + before + " to " + after;
            if (oldStep.remainder(newStep).signum() == 0) {
                comparison.log().loosened(pair.pointer("multipleOf"), pair.at(), "multiple-of-changed",
                        text + " (every multiple of " + before + " is one of " + after + ")");
            } else {
                comparison.tightened(pair, "multipleOf", "multiple-of-changed", text);
            }
        }
    }

    /** {@code pattern} or {@code format}: added or changed tightens, removed loosens. */
    static KeywordRule text(String keyword) {
        return (pair, comparison) -> {
            JsonNode before = pair.before(keyword);
            JsonNode after = pair.after(keyword);
            if (before != null && !before.isTextual() || after != null && !after.isTextual()) {
                AnnotationRules.unknown(keyword).compare(pair, comparison);
                return;
            }
            if (before == null) {
                comparison.tightened(pair, keyword, keyword + "-added", keyword + " " + JsonValues.show(after) + " added");
            } else if (after == null) {
                comparison.log().loosened(pair.pointer(keyword), pair.at(), keyword + "-removed",
                        keyword + " " + JsonValues.show(before) + " removed");
            } else if (!before.equals(after)) {
                String text = keyword + " changed from " + JsonValues.show(before) + " to " + JsonValues.show(after);
                if (keyword.equals("format") && WIDER_FORMATS.getOrDefault(before.asText(), Set.of()).contains(after.asText())) {
                    comparison.log().loosened(pair.pointer(keyword), pair.at(), "format-changed",
                            text + " (every " + before.asText() + " is also a " + after.asText() + ")");
                } else {
                    comparison.tightened(pair, keyword, keyword + "-changed", text);
                }
            }
        };
    }

    static void uniqueItems(SchemaPair pair, SchemaComparison comparison) {
        boolean before = pair.oldSchema().path("uniqueItems").asBoolean(false);
        boolean after = pair.newSchema().path("uniqueItems").asBoolean(false);
        if (!before && after) {
            comparison.tightened(pair, "uniqueItems", "unique-items-added", "items must now be unique");
        } else if (before && !after) {
            comparison.log().loosened(pair.pointer("uniqueItems"), pair.at(), "unique-items-removed", "items no longer need to be unique");
        }
    }
}
