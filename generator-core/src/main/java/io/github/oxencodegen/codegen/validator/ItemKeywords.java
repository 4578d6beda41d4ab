package io.github.oxencodegen.codegen.validator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.codegen.text.JavaCode;
import io.github.oxencodegen.schema.SchemaException;
import java.util.List;

/** The item schemas of an array: {@code items} as one schema or as a tuple, and {@code additionalItems}. */
final class ItemKeywords {
    private ItemKeywords() {}

    /** A tuple: item i against {@code items[i]}, the rest against {@code additionalItems}. */
    static void tuple(SchemaContext context, JsonNode items, List<Assertion> assertions) throws SchemaException {
        for (int index = 0; index < items.size(); index++) {
            Subschema schema = context.below("items", String.valueOf(index), items.get(index));
            if (schema.always()) {
                continue;
            }
            JavaCode item = JavaCode.of("node.get($L)", index);
            JavaCode present = JavaCode.of("node.size() > $L", index);
            if (schema.never()) {
                assertions.add(Assertion.when(present, context.violation(PathExpr.element(index), "items", "is not allowed: the array may have at most "
                        + Messages.count(index, "item"))));
                continue;
            }
            assertions.add(new Assertion(
                    JavaCode.builder().beginControlFlow("if ($L && $L)", present, schema.fails(item)).addStatement("return false").endControlFlow().build(),
                    JavaCode.builder().beginControlFlow("if ($L)", present).add(context.collect(schema, item, PathExpr.element(index))).endControlFlow().build()));
        }
        JsonNode additional = context.values().get("additionalItems");
        if (additional != null) {
            every(context, context.below("additionalItems", additional), items.size(), "additionalItems", assertions);
        }
    }

    /** Every item from index {@code from} on against {@code schema}, failures reported under {@code keyword}. */
    static void every(SchemaContext context, Subschema schema, int from, String keyword, List<Assertion> assertions) {
        if (schema.always()) {
            return;
        }
        String i = context.local("i");
        if (schema.never()) {
            String message = from == 0 ? "is not allowed: the array must be empty"
                    : "is not allowed: the array may have at most " + Messages.count(from, "item");
            JavaCode collect = JavaCode.builder()
                    .beginControlFlow("for (int $N = $L; $N < node.size(); $N++)", i, from, i, i)
                    .add(context.violation(PathExpr.child(i), keyword, message))
                    .endControlFlow()
                    .build();
            JavaCode fast = JavaCode.builder()
                    .beginControlFlow("if (node.size() > $L)", from).addStatement("return false").endControlFlow().build();
            assertions.add(new Assertion(fast, collect));
            return;
        }
        String size = context.local("size");
        JavaCode item = JavaCode.of("node.get($N)", i);
        JavaCode fast = JavaCode.builder()
                .beginControlFlow("for (int $N = $L, $N = node.size(); $N < $N; $N++)", i, from, size, i, size, i)
                .beginControlFlow("if ($L)", schema.fails(item))
                .addStatement("return false")
                .endControlFlow()
                .endControlFlow()
                .build();
        JavaCode collect = JavaCode.builder()
                .beginControlFlow("for (int $N = $L; $N < node.size(); $N++)", i, from, i, i)
                .add(context.collect(schema, item, PathExpr.child(i)))
                .endControlFlow()
                .build();
        assertions.add(new Assertion(fast, collect));
    }
}
