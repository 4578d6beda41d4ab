package io.github.oxencodegen.codegen.validator;

import com.palantir.javapoet.MethodSpec;
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
    static List<MethodSpec> reachable(List<Subschema> entries, List<SchemaBody.Methods> bodies) {
        Map<String, SchemaBody.Methods> byMainMethod = new HashMap<>();
        for (SchemaBody.Methods body : bodies) {
            byMainMethod.put(body.collect().get(0).name(), body);
        }
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        for (Subschema entry : entries) {
            if (entry.collectMethod() != null) {
                queue.add(entry.collectMethod());
            }
        }
        while (!queue.isEmpty()) {
            String name = queue.removeFirst();
            SchemaBody.Methods body = byMainMethod.get(name);
            if (body != null && reached.add(name)) {
                queue.addAll(body.calls());
            }
        }
        List<MethodSpec> kept = new ArrayList<>();
        for (SchemaBody.Methods body : bodies) {
            if (reached.contains(body.collect().get(0).name())) {
                kept.addAll(body.collect());
            }
        }
        return kept;
    }
}
