package io.github.oxencodegen.codegen.validator;

import com.palantir.javapoet.MethodSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps only the collecting methods that {@code validate} can reach. A schema used only as a
 * condition ({@code if}, {@code not}, a branch of {@code anyOf} or {@code oneOf}, {@code contains},
 * {@code propertyNames}) is evaluated in its boolean form alone, so its collecting method, and
 * those only it calls, would be dead code in the generated class.
 */
final class CollectingMethods {
    private static final Pattern CALL = Pattern.compile("\\b(check[A-Za-z0-9_$]*)\\(");

    private CollectingMethods() {}

    /** The collecting methods reachable from the root's, in the order they were compiled. */
    static List<MethodSpec> reachable(Subschema root, List<SchemaBody.Methods> bodies) {
        Map<String, MethodSpec> byName = new LinkedHashMap<>();
        for (SchemaBody.Methods body : bodies) {
            body.collect().forEach(method -> byName.put(method.name(), method));
        }
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        if (root.collectMethod() != null) {
            queue.add(root.collectMethod());
        }
        while (!queue.isEmpty()) {
            String name = queue.removeFirst();
            MethodSpec method = byName.get(name);
            if (method == null || !reached.add(name)) {
                continue;
            }
            Matcher call = CALL.matcher(method.code().toString());
            while (call.find()) {
                queue.addLast(call.group(1));
            }
        }
        List<MethodSpec> kept = new ArrayList<>();
        byName.forEach((name, method) -> {
            if (reached.contains(name)) {
                kept.add(method);
            }
        });
        return kept;
    }
}
