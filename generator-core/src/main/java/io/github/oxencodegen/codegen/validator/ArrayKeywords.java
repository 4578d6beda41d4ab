package io.github.oxencodegen.codegen.validator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.codegen.text.JavaCode;
import io.github.oxencodegen.schema.SchemaException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code minItems}, {@code maxItems}, {@code uniqueItems} (JSON equality, so {@code [1, 1.0]} has a
 * duplicate), {@code items} (one schema for every item, or a tuple of schemas by position),
 * {@code additionalItems} (after a tuple only) and {@code contains}.
 */
final class ArrayKeywords {
    private ArrayKeywords() {}

    static List<AssertionGroup> emit(SchemaContext context) throws SchemaException {
        SchemaValues values = context.values();
        List<Assertion> assertions = new ArrayList<>();
        long min = values.count("minItems");
        if (min > 0) {
            assertions.add(Assertion.when(JavaCode.of("node.size() < $L", min), context.violation(PathExpr.HERE, "minItems",
                    JavaCode.of("$L + node.size()", JavaText.literal("must have at least " + Messages.count(min, "item") + ", has ")))));
        }
        long max = values.count("maxItems");
        if (max >= 0) {
            assertions.add(Assertion.when(JavaCode.of("node.size() > $L", max), context.violation(PathExpr.HERE, "maxItems",
                    JavaCode.of("$L + node.size()", JavaText.literal("must have at most " + Messages.count(max, "item") + ", has ")))));
        }
        if (values.flag("uniqueItems")) {
            assertions.add(unique(context));
        }
        JsonNode items = values.get("items");
        if (items != null && items.isArray()) {
            ItemKeywords.tuple(context, items, assertions);
        } else if (items != null) {
            ItemKeywords.every(context, context.below("items", items), 0, "items", assertions);
        }
        JsonNode contains = values.get("contains");
        if (contains != null) {
            assertions.add(contains(context, context.below("contains", contains)));
        }
        return assertions.isEmpty() ? List.of() : List.of(new AssertionGroup(Guard.ARRAY, assertions));
    }

    private static Assertion unique(SchemaContext context) {
        String duplicate = context.local("duplicate");
        JavaCode fast = JavaCode.builder()
                .beginControlFlow("if ($T.duplicateIndex(node) >= 0)", context.support().jsonValues())
                .addStatement("return false")
                .endControlFlow()
                .build();
        JavaCode collect = JavaCode.builder()
                .addStatement("int $N = $T.duplicateIndex(node)", duplicate, context.support().jsonValues())
                .beginControlFlow("if ($N >= 0)", duplicate)
                .add(context.violation(PathExpr.HERE, "uniqueItems",
                        JavaCode.of("$S + $N + $S", "must not contain duplicates, item ", duplicate, " equals an earlier item")))
                .endControlFlow()
                .build();
        return new Assertion(fast, collect);
    }

    private static Assertion contains(SchemaContext context, Subschema schema) {
        String found = context.local("found");
        String i = context.local("i");
        JavaCode violation = context.violation(PathExpr.HERE, "contains", "must contain at least one item that matches the contains schema");
        if (schema.always() || schema.never()) {
            JavaCode failure = schema.always() ? JavaCode.of("node.size() == 0") : JavaCode.of("true");
            return Assertion.when(failure, violation);
        }
        JavaCode search = JavaCode.builder()
                .addStatement("boolean $N = false", found)
                .beginControlFlow("for (int $N = 0; $N < node.size() && !$N; $N++)", i, i, found, i)
                .addStatement("$N = $L", found, schema.matches(JavaCode.of("node.get($N)", i)))
                .endControlFlow()
                .build();
        JavaCode fast = search.toBuilder().beginControlFlow("if (!$N)", found).addStatement("return false").endControlFlow().build();
        JavaCode collect = search.toBuilder().beginControlFlow("if (!$N)", found).add(violation).endControlFlow().build();
        return new Assertion(fast, collect);
    }
}
