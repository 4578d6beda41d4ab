package io.github.oxencodegen.codegen.validator;

import java.util.List;

/**
 * The checks of one keyword family of a schema, all behind the same {@link Guard}.
 *
 * @param guard  the JSON type the checks apply to
 * @param checks the checks, in keyword order
 */
record CheckGroup(Guard guard, List<Check> checks) {
    CheckGroup {
        checks = List.copyOf(checks);
    }
}
