package io.github.oxencodegen.codegen.validator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives schemas whose methods would be the same one pair of methods. Two schemas compile to the same
 * code when their keywords are the same (WAN's {@code reference_images} and {@code reference_videos}
 * items, differing only in titles and descriptions, which no violation repeats) and so are the methods
 * they call, which may in turn be the same only because of this. So the bodies are compared with every
 * call printed as the group its callee is in, and groups split until no body tells two members apart:
 * what is left are the largest groups of interchangeable schemas, recursive ones included. Each group
 * keeps the methods of its first schema (in compiling order, which the schema's text fixes) and every
 * call to another member calls those; the kept methods' Javadoc names all the schemas they stand for.
 * A violation's location comes from the caller's {@code path}, so sharing changes no report. A schema
 * spread over part methods (a very large one) calls its parts by its own names and shares nothing.
 */
final class MethodSharing {
    /** A kept schema's methods and the pointers of the other schemas they stand for. */
    record Kept(SchemaBody.Methods methods, List<String> alsoAt) {}

    private MethodSharing() {}

    /** The methods to print, one entry per group, in compiling order; calls to the others now print the kept names. */
    static List<Kept> share(List<SchemaBody.Methods> bodies) {
        Map<Subschema, Integer> group = new HashMap<>();
        for (SchemaBody.Methods body : bodies) {
            group.put(body.handle(), 0);
        }
        int groups = 1;
        while (true) {
            for (SchemaBody.Methods body : bodies) {
                body.handle().standIn("#" + group.get(body.handle()));
            }
            Map<String, Integer> byKey = new HashMap<>();
            Map<Subschema, Integer> next = new HashMap<>();
            for (SchemaBody.Methods body : bodies) {
                String key = body.hasParts() ? "parts of " + body.handle().pointer() : group.get(body.handle()) + "\n" + text(body);
                next.put(body.handle(), byKey.computeIfAbsent(key, k -> byKey.size()));
            }
            group = next;
            if (byKey.size() == groups) {
                break;
            }
            groups = byKey.size();
        }
        for (SchemaBody.Methods body : bodies) {
            body.handle().standIn(null);
        }
        Map<Integer, SchemaBody.Methods> first = new LinkedHashMap<>();
        Map<Integer, List<String>> others = new HashMap<>();
        for (SchemaBody.Methods body : bodies) {
            int id = group.get(body.handle());
            SchemaBody.Methods kept = first.putIfAbsent(id, body);
            if (kept != null) {
                body.handle().shareWith(kept.handle());
                others.computeIfAbsent(id, k -> new ArrayList<>()).add(body.handle().pointer());
            }
        }
        List<Kept> result = new ArrayList<>();
        first.forEach((id, body) -> result.add(new Kept(body, others.getOrDefault(id, List.of()))));
        return result;
    }

    /** What the methods of a schema say, with the calls printed as their callees' groups. */
    private static String text(SchemaBody.Methods body) {
        return body.fastBodies().get(0) + "\n" + body.collectBodies().get(0);
    }
}
