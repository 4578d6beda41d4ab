package io.github.oxencodegen.codegen.validator;

import io.github.oxencodegen.schema.SchemaException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses schemas that would apply themselves to the same value forever, such as
 * {@code {"allOf": [{"$ref": "#"}]}}: recursion through {@code properties} or {@code items} stops
 * where the instance ends, but recursion through {@code allOf}, {@code anyOf}, {@code oneOf},
 * {@code not}, {@code if}/{@code then}/{@code else} or schema {@code dependencies} never does.
 */
final class InfiniteRecursion {
    private InfiniteRecursion() {}

    /**
     * {@code edges} maps a schema pointer to the schemas it applies to its own instance, each with the
     * pointer of the keyword that applies it.
     */
    static void verify(Map<String, Map<String, String>> edges, String modelId) throws SchemaException {
        Set<String> done = new HashSet<>();
        for (String start : edges.keySet()) {
            List<String> path = new ArrayList<>();
            visit(start, edges, done, new HashSet<>(), path, modelId);
        }
    }

    private static void visit(String node, Map<String, Map<String, String>> edges, Set<String> done, Set<String> onPath,
                              List<String> path, String modelId) throws SchemaException {
        if (done.contains(node)) {
            return;
        }
        if (!onPath.add(node)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            List<String> keywords = new ArrayList<>();
            for (int i = 0; i + 1 < cycle.size(); i++) {
                keywords.add("#" + edges.get(cycle.get(i)).get(cycle.get(i + 1)));
            }
            throw new SchemaException(null, modelId, node, "the schema applies itself to the same value without end, through "
                    + String.join(" then ", keywords) + "; a recursive reference must go through properties or items");
        }
        path.add(node);
        for (String next : edges.getOrDefault(node, Map.of()).keySet()) {
            visit(next, edges, done, onPath, path, modelId);
        }
        path.remove(path.size() - 1);
        onPath.remove(node);
        done.add(node);
    }
}
