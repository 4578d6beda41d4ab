package io.github.oxencodegen.codegen.validator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.codegen.text.JavaCode;
import io.github.oxencodegen.schema.SchemaException;
import java.util.ArrayList;
import java.util.List;

/**
 * The keywords that apply subschemas to the instance itself: {@code allOf} (violations of a branch
 * are reported where they occur), {@code anyOf}, {@code oneOf} and {@code not} (branches evaluated
 * in the boolean form; one violation at the instance), and {@code if}/{@code then}/{@code else}
 * (the condition in the boolean form, the chosen branch reported where its violations occur).
 */
final class CombinatorKeywords {
    /**
     * The most branches of one anyOf or oneOf (and patterns of one patternProperties, names of one
     * dependency) that fit in one assertion: beyond, a single method could near the JVM's 64 KB limit.
     */
    static final int MAX_BRANCHES = 500;

    private static final JavaCode NODE = JavaCode.of("node");

    private CombinatorKeywords() {}

    static List<AssertionGroup> emit(SchemaContext context) throws SchemaException {
        List<Assertion> assertions = new ArrayList<>();
        JsonNode allOf = context.values().array("allOf");
        if (allOf != null) {
            for (int i = 0; i < allOf.size(); i++) {
                Subschema branch = context.here("allOf", String.valueOf(i), allOf.get(i));
                if (branch.never()) {
                    assertions.add(Assertion.when(JavaCode.of("true"), context.violation(PathExpr.HERE, "allOf",
                            "must match every schema in allOf, and schema " + i + " is false")));
                } else if (!branch.always()) {
                    assertions.add(new Assertion(
                            JavaCode.builder().beginControlFlow("if ($L)", branch.fails(NODE)).addStatement("return false").endControlFlow().build(),
                            context.collect(branch, NODE, PathExpr.HERE)));
                }
            }
        }
        anyOf(context, assertions);
        oneOf(context, assertions);
        JsonNode not = context.values().get("not");
        if (not != null) {
            Subschema negated = context.here("not", null, not);
            assertions.add(Assertion.when(negated.matches(NODE), context.violation(PathExpr.HERE, "not", "must not match the schema in not")));
        }
        conditional(context, assertions);
        return assertions.isEmpty() ? List.of() : List.of(new AssertionGroup(Guard.ANY, assertions));
    }

    private static void anyOf(SchemaContext context, List<Assertion> assertions) throws SchemaException {
        List<Subschema> branches = branches(context, "anyOf");
        if (branches.isEmpty() || branches.stream().anyMatch(Subschema::always)) {
            return;
        }
        List<JavaCode> matches = new ArrayList<>();
        for (Subschema branch : branches) {
            if (!branch.never()) {
                matches.add(branch.matches(NODE));
            }
        }
        JavaCode failure = matches.isEmpty() ? JavaCode.of("true") : JavaCode.of("!($L)", JavaCode.join(matches, "\n    || "));
        assertions.add(Assertion.when(failure, context.violation(PathExpr.HERE, "anyOf",
                "must match at least one of the " + Messages.count(branches.size(), "schema") + " in anyOf")));
    }

    private static void oneOf(SchemaContext context, List<Assertion> assertions) throws SchemaException {
        List<Subschema> branches = branches(context, "oneOf");
        if (branches.isEmpty()) {
            return;
        }
        String matches = context.local("matches");
        JavaCode.Builder count = JavaCode.builder().addStatement("int $N = 0", matches);
        for (Subschema branch : branches) {
            if (branch.always()) {
                count.addStatement("$N++", matches);
            } else if (!branch.never()) {
                count.beginControlFlow("if ($L)", branch.matches(NODE)).addStatement("$N++", matches).endControlFlow();
            }
        }
        JavaCode counted = count.build();
        JavaCode fast = counted.toBuilder()
                .beginControlFlow("if ($N != 1)", matches).addStatement("return false").endControlFlow().build();
        JavaCode message = JavaCode.of("$L + ($N == 0 ? $S : $S + $N)",
                JavaText.literal("must match exactly one of the " + Messages.count(branches.size(), "schema") + " in oneOf, "),
                matches, "matches none", "matches ", matches);
        JavaCode collect = counted.toBuilder()
                .beginControlFlow("if ($N != 1)", matches).add(context.violation(PathExpr.HERE, "oneOf", message)).endControlFlow().build();
        assertions.add(new Assertion(fast, collect));
    }

    private static List<Subschema> branches(SchemaContext context, String keyword) throws SchemaException {
        JsonNode array = context.values().array(keyword);
        List<Subschema> branches = new ArrayList<>();
        if (array == null) {
            return branches;
        }
        if (array.size() > MAX_BRANCHES) {
            throw context.fail(keyword, "has " + array.size() + " schemas; at most " + MAX_BRANCHES + " are supported");
        }
        for (int i = 0; i < array.size(); i++) {
            branches.add(context.here(keyword, String.valueOf(i), array.get(i)));
        }
        return branches;
    }

    /** {@code if}/{@code then}/{@code else}; without {@code then} and {@code else}, {@code if} decides nothing. */
    private static void conditional(SchemaContext context, List<Assertion> assertions) throws SchemaException {
        JsonNode ifNode = context.values().get("if");
        JsonNode thenNode = context.values().get("then");
        JsonNode elseNode = context.values().get("else");
        if (ifNode == null || (thenNode == null && elseNode == null)) {
            return;
        }
        Subschema condition = context.here("if", null, ifNode);
        Subschema then = thenNode == null ? Subschema.ALWAYS : context.here("then", null, thenNode);
        Subschema otherwise = elseNode == null ? Subschema.ALWAYS : context.here("else", null, elseNode);
        if (then.always() && otherwise.always()) {
            return; // such as {"if": false, "else": true}: whatever the condition says, both ways pass
        }
        JavaCode holds = condition.matches(NODE);
        JavaCode failure;
        if (otherwise.always()) {
            failure = JavaCode.of("$L && $L", holds, then.fails(NODE));
        } else if (then.always()) {
            failure = JavaCode.of("$L && $L", condition.fails(NODE), otherwise.fails(NODE));
        } else {
            failure = JavaCode.of("$L ? $L : $L", holds, then.fails(NODE), otherwise.fails(NODE));
        }
        JavaCode fast = JavaCode.builder().beginControlFlow("if ($L)", failure).addStatement("return false").endControlFlow().build();
        JavaCode.Builder collect = JavaCode.builder();
        if (otherwise.always()) {
            collect.beginControlFlow("if ($L)", holds).add(branch(context, then, "then")).endControlFlow();
        } else if (then.always()) {
            collect.beginControlFlow("if ($L)", condition.fails(NODE)).add(branch(context, otherwise, "else")).endControlFlow();
        } else {
            collect.beginControlFlow("if ($L)", holds).add(branch(context, then, "then"))
                    .nextControlFlow("else").add(branch(context, otherwise, "else")).endControlFlow();
        }
        assertions.add(new Assertion(fast, collect.build()));
    }

    private static JavaCode branch(SchemaContext context, Subschema branch, String keyword) {
        if (branch.never()) {
            return context.violation(PathExpr.HERE, keyword, keyword.equals("then")
                    ? "must not match the if schema, because then is false"
                    : "must match the if schema, because else is false");
        }
        return context.collect(branch, NODE, PathExpr.HERE);
    }
}
