package io.github.oxencodegen.codegen.validator;

import io.github.oxencodegen.codegen.source.MethodSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps only the collecting methods that {@code validate} can reach. A schema used only as a
 * condition ({@code if}, {@code not}, a branch of {@code anyOf} or {@code oneOf}, {@code contains},
 * {@code propertyNames}) is evaluated in its boolean form alone, so its collecting method, and
 * those only it calls, would be dead code in the generated class. The calls are those recorded while
 * the schemas were compiled ({@link SchemaContext#collect}); a schema's part methods are reached with
 * its main method, which calls every one of them.
 */
final class CollectingMethods {
    private CollectingMethods() {}

    /** The collecting methods reachable from those of {@code entries} (the root's first), in the order they were compiled. */
    static List<MethodSpec> reachable(List<Subschema> entries, List<MethodSharing.Kept> kept) {
        Map<Subschema, MethodSharing.Kept> byHandle = new HashMap<>();
        for (MethodSharing.Kept body : kept) {
            byHandle.put(body.methods().handle(), body);
        }
        Set<Subschema> reached = new HashSet<>();
        Deque<Subschema> queue = new ArrayDeque<>();
        for (Subschema entry : entries) {
            if (entry.collectMethod() != null) {
                queue.add(entry.sharedWith());
            }
        }
        while (!queue.isEmpty()) {
            Subschema next = queue.removeFirst();
            MethodSharing.Kept body = byHandle.get(next);
            if (body != null && reached.add(next)) {
                body.methods().calls().forEach(called -> queue.add(called.sharedWith()));
            }
        }
        List<MethodSpec> methods = new ArrayList<>();
        for (MethodSharing.Kept body : kept) {
            if (reached.contains(body.methods().handle())) {
                methods.addAll(body.methods().collect(body.alsoAt()));
            }
        }
        return methods;
    }
}
