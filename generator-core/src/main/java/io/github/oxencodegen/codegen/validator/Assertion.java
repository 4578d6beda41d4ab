package io.github.oxencodegen.codegen.validator;

import io.github.oxencodegen.codegen.text.JavaCode;
import java.util.Objects;

/**
 * One rule of a schema as generated code, in both of the forms a schema is compiled to. The
 * statements read the instance from {@code node}; assertions are self-contained (their locals are
 * unique within their schema), so a schema's assertions can be spread over several methods.
 *
 * @param fast    statements for the boolean method: {@code return false;} as soon as the rule fails
 * @param collect statements for the collecting method: one {@code out.add(...)} per violation,
 *                locations built from {@code path}
 */
record Assertion(JavaCode fast, JavaCode collect) {
    Assertion {
        Objects.requireNonNull(fast, "fast");
        Objects.requireNonNull(collect, "collect");
    }

    /** An assertion whose rule is a single condition that must hold, reported as one violation. */
    static Assertion when(JavaCode failure, JavaCode violation) {
        return new Assertion(
                JavaCode.builder().beginControlFlow("if ($L)", failure).addStatement("return false").endControlFlow().build(),
                JavaCode.builder().beginControlFlow("if ($L)", failure).add(violation).endControlFlow().build());
    }

    /** The size of the generated text, a safe overestimate of its bytecode. */
    int weight() {
        return fast.length() + collect.length();
    }
}
