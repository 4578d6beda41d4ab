package io.github.oxencodegen.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.oxencodegen.schema.JsonPointers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rules for {@code allOf}, {@code anyOf}, {@code oneOf}, {@code not} and {@code if}/{@code then}/{@code else}.
 * Branches are matched first where they are equal, then in order; matched branches are compared
 * keyword by keyword. Where no change can be proved to loosen (inside {@code if}, {@code not}, a
 * {@code oneOf} branch), every validation change is breaking, saying so ("conservative").
 */
final class CombinatorRules {
    private CombinatorRules() {}

    /** Adding an allOf rule tightens (breaking), removing one loosens (compatible). */
    static void allOf(SchemaPair pair, SchemaComparison comparison) {
        branches(pair, comparison, "allOf", null, (log, pointer, at, branch) -> log.breaking(pointer, at, "all-of-rule-added",
                        "allOf rule added (" + RuleDescription.of(branch) + "); it may reject requests accepted before"),
                (log, pointer, at, branch) -> log.loosened(pointer, at, "all-of-rule-removed",
                        "allOf rule removed (" + RuleDescription.of(branch) + ")"));
    }

    /** A new alternative loosens; a removed one may reject what only it accepted. */
    static void anyOf(SchemaPair pair, SchemaComparison comparison) {
        if (presence(pair, comparison, "anyOf")) {
            branches(pair, comparison, "anyOf", null, (log, pointer, at, branch) -> log.loosened(pointer, at, "any-of-branch-added",
                            "anyOf alternative added (" + RuleDescription.of(branch) + ")"),
                    (log, pointer, at, branch) -> log.breaking(pointer, at, "any-of-branch-removed", "anyOf alternative removed ("
                            + RuleDescription.of(branch) + "); requests that matched only it are rejected"));
        }
    }

    /** Any change to the alternatives of oneOf may make a request match none or two of them. */
    static void oneOf(SchemaPair pair, SchemaComparison comparison) {
        if (presence(pair, comparison, "oneOf")) {
            branches(pair, comparison, "oneOf", "inside oneOf, a branch that accepts more can make a request match two",
                    (log, pointer, at, branch) -> log.breaking(pointer, at, "one-of-branch-added", "oneOf alternative added ("
                            + RuleDescription.of(branch) + "); a request may now match two alternatives (conservative)"),
                    (log, pointer, at, branch) -> log.breaking(pointer, at, "one-of-branch-removed", "oneOf alternative removed ("
                            + RuleDescription.of(branch) + "); requests that matched only it are rejected"));
        }
    }

    static void not(SchemaPair pair, SchemaComparison comparison) {
        if (presence(pair, comparison, "not")) {
            comparison.compare(pair.before("not"), pair.after("not"),
                    pair.at().keyword("not").asOverlay().conservatively("inside not, accepting more means rejecting more"));
        }
    }

    /**
     * A condition added is a new rule (breaking), removed a rule gone (compatible). With {@code if} on
     * both sides, {@code if} is compared conservatively (it decides which requests the other two
     * apply to), {@code then} and {@code else} as plain branches.
     */
    static void conditional(SchemaPair pair, SchemaComparison comparison) {
        JsonNode before = pair.before("if");
        JsonNode after = pair.after("if");
        Location at = pair.at();
        ChangeLog log = comparison.log();
        boolean oldApplies = before != null && (pair.oldSchema().has("then") || pair.oldSchema().has("else"));
        boolean newApplies = after != null && (pair.newSchema().has("then") || pair.newSchema().has("else"));
        if (oldApplies && newApplies) {
            comparison.compare(before, after, at.keyword("if").asOverlay()
                    .conservatively("inside if, which decides when then and else apply"));
            for (String branch : new String[] {"then", "else"}) {
                comparison.compare(ObjectRules.orTrue(pair.before(branch)), ObjectRules.orTrue(pair.after(branch)),
                        at.keyword(branch).asOverlay());
            }
        } else if (newApplies) {
            log.breaking(pair.pointer("if"), at, "if-added", "conditional rule added ("
                    + RuleDescription.of(conditionOf(pair.newSchema())) + "); it may reject requests accepted before");
        } else if (oldApplies) {
            log.loosened(pair.pointer("if"), at, "if-removed", "conditional rule removed ("
                    + RuleDescription.of(conditionOf(pair.oldSchema())) + ")");
        } else {
            for (String keyword : new String[] {"if", "then", "else"}) {
                if (!JsonValues.same(pair.before(keyword), pair.after(keyword))) {
                    log.cosmetic(pair.pointer(keyword), at, "annotation-changed",
                            AnnotationRules.edit(keyword, pair.before(keyword), pair.after(keyword), false)
                                    + " (no effect without both if and then or else)");
                }
            }
        }
    }

    private static JsonNode conditionOf(JsonNode schema) {
        ObjectNode condition = JsonNodeFactory.instance.objectNode();
        for (String keyword : new String[] {"if", "then", "else"}) {
            if (schema.has(keyword)) {
                condition.set(keyword, schema.get(keyword));
            }
        }
        return condition;
    }

    /**
     * Reports {@code keyword} appearing (breaking: a new constraint) or disappearing (compatible);
     * returns true when it is on both sides and needs comparing.
     */
    private static boolean presence(SchemaPair pair, SchemaComparison comparison, String keyword) {
        JsonNode before = pair.before(keyword);
        JsonNode after = pair.after(keyword);
        String pointer = pair.pointer(keyword);
        if (before == null) {
            comparison.log().breaking(pointer, pair.at(), JsonValues.kebab(keyword) + "-added",
                    keyword + " added (" + describe(after) + "); it may reject requests accepted before");
            return false;
        }
        if (after == null) {
            comparison.log().loosened(pointer, pair.at(), JsonValues.kebab(keyword) + "-removed",
                    keyword + " removed (" + describe(before) + ")");
            return false;
        }
        return true;
    }

    /** A schema's description, or for a list of alternatives their number and each one's. */
    private static String describe(JsonNode schemaOrList) {
        if (!schemaOrList.isArray()) {
            return RuleDescription.of(schemaOrList);
        }
        List<String> each = new ArrayList<>();
        schemaOrList.forEach(branch -> each.add(RuleDescription.of(branch)));
        return each.size() + (each.size() == 1 ? " alternative: " : " alternatives: ") + String.join("; ", each);
    }

    /** What to report for a branch on one side only. */
    @FunctionalInterface
    private interface Unmatched {
        void report(ChangeLog log, String pointer, Location at, JsonNode branch);
    }

    private static void branches(SchemaPair pair, SchemaComparison comparison, String keyword, String conservative,
            Unmatched added, Unmatched removed) {
        JsonNode before = pair.before(keyword);
        JsonNode after = pair.after(keyword);
        if (before != null && !before.isArray() || after != null && !after.isArray()) {
            AnnotationRules.unknown(keyword).compare(pair, comparison);
            return;
        }
        List<JsonNode> oldBranches = JsonValues.elements(before);
        List<JsonNode> newBranches = JsonValues.elements(after);
        int[] match = match(oldBranches, newBranches);
        Location at = pair.at();
        String oldList = JsonPointers.child(at.oldPointer(), keyword);
        String newList = JsonPointers.child(at.newPointer(), keyword);
        boolean[] oldMatched = new boolean[oldBranches.size()];
        for (int j = 0; j < newBranches.size(); j++) {
            int i = match[j];
            if (i >= 0) {
                oldMatched[i] = true;
                Location branch = at.pointers(JsonPointers.child(oldList, i), JsonPointers.child(newList, j)).asOverlay();
                comparison.compare(oldBranches.get(i), newBranches.get(j), conservative == null ? branch : branch.conservatively(conservative));
            } else if (!SchemaComparison.constrainsNothing(newBranches.get(j))) {
                added.report(comparison.log(), JsonPointers.child(newList, j), at, newBranches.get(j));
            }
        }
        for (int i = 0; i < oldBranches.size(); i++) {
            if (!oldMatched[i] && !SchemaComparison.constrainsNothing(oldBranches.get(i))) {
                removed.report(comparison.log(), JsonPointers.child(oldList, i), at, oldBranches.get(i));
            }
        }
    }

    /** For each new branch, the old branch it is compared with, or -1: equal ones first, then the rest in order. */
    static int[] match(List<JsonNode> oldBranches, List<JsonNode> newBranches) {
        int[] match = new int[newBranches.size()];
        Arrays.fill(match, -1);
        boolean[] used = new boolean[oldBranches.size()];
        for (int j = 0; j < newBranches.size(); j++) {
            for (int i = 0; i < oldBranches.size(); i++) {
                if (!used[i] && JsonValues.same(oldBranches.get(i), newBranches.get(j))) {
                    match[j] = i;
                    used[i] = true;
                    break;
                }
            }
        }
        List<Integer> freeOld = new ArrayList<>();
        for (int i = 0; i < oldBranches.size(); i++) {
            if (!used[i]) {
                freeOld.add(i);
            }
        }
        int next = 0;
        for (int j = 0; j < newBranches.size() && next < freeOld.size(); j++) {
            if (match[j] < 0) {
                match[j] = freeOld.get(next++);
            }
        }
        return match;
    }
}
