package io.github.oxencodegen.codegen.validator;

import java.util.List;

/**
 * The assertions of one keyword family of a schema, all behind the same {@link Guard}.
 *
 * @param guard  the JSON type the assertions apply to
 * @param assertions the assertions, in keyword order
 */
record AssertionGroup(Guard guard, List<Assertion> assertions) {
    AssertionGroup {
        assertions = List.copyOf(assertions);
    }
}
