package io.github.oxencodegen.codegen.validator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.oxencodegen.codegen.text.JavaCode;
import io.github.oxencodegen.codegen.text.TypeSpelling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        List<CallText> texts = new ArrayList<>(bodies.size());
        Set<Subschema> compared = group.keySet(); // the first round's map, never changed: later rounds make new ones
        Map<List<Object>, Integer> textIds = new HashMap<>();
        for (SchemaBody.Methods body : bodies) {
            texts.add(body.hasParts() ? null : CallText.of(body, compared, textIds));
        }
        int groups = 1;
        while (true) {
            Map<Key, Integer> byKey = new HashMap<>();
            Map<Subschema, Integer> next = new HashMap<>();
            for (int i = 0; i < bodies.size(); i++) {
                SchemaBody.Methods body = bodies.get(i);
                Key key = body.hasParts()
                        ? new Key(-1, -1 - i, new int[0]) // a body in parts is like no other
                        : texts.get(i).key(group.get(body.handle()), group);
                next.put(body.handle(), byKey.computeIfAbsent(key, k -> byKey.size()));
            }
            group = next;
            if (byKey.size() == groups) {
                break;
            }
            groups = byKey.size();
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

    /**
     * What tells two bodies apart in a round: their group so far, their text without the calls (by
     * an id given to each distinct text, so a round hashes no text) and their callees' groups.
     */
    private record Key(int group, int text, int[] calleeGroups) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && group == key.group && text == key.text
                    && Arrays.equals(calleeGroups, key.calleeGroups);
        }

        @Override
        public int hashCode() {
            return (31 * group + text) * 31 + Arrays.hashCode(calleeGroups);
        }
    }

    /** The layout marks of a body's code, its calls, and what stands between the fast and the collecting body. */
    private enum Mark { LINE_BREAK, INDENT, UNINDENT, STATEMENT_START, STATEMENT_END, FAST_CALL, COLLECT_CALL, BETWEEN }

    /**
     * A body's code read once, as its parts (text, types by full name, layout marks) with every call to
     * a schema being shared cut out: the code is the same for every grouping but for the calls, so each
     * round of refinement only looks up the callees' groups. Equal parts share an id. Parts, not the
     * rendered text, are compared: two bodies built by the same keywords have the same parts, and
     * equal parts print equal text, so no two bodies are wrongly taken for one.
     */
    private record CallText(int id, Subschema[] callees) {
        /** {@code compared}: the schemas being grouped; a call to one of them is cut out, others are text. */
        static CallText of(SchemaBody.Methods body, Set<Subschema> compared, Map<List<Object>, Integer> ids) {
            Parts parts = new Parts(compared);
            body.fastBodies().get(0).printTo(parts);
            parts.list.add(Mark.BETWEEN);
            body.collectBodies().get(0).printTo(parts);
            int id = ids.computeIfAbsent(parts.list, k -> ids.size());
            return new CallText(id, parts.callees.toArray(Subschema[]::new));
        }

        Key key(int group, Map<Subschema, Integer> groups) {
            int[] calleeGroups = new int[callees.length];
            for (int i = 0; i < callees.length; i++) {
                calleeGroups[i] = groups.get(callees[i]);
            }
            return new Key(group, id, calleeGroups);
        }
    }

    /** Collects the parts of code, with each call to a schema being compared cut out as a mark and its callee. */
    private static final class Parts implements JavaCode.Output {
        final List<Object> list = new ArrayList<>(256);
        final List<Subschema> callees = new ArrayList<>();
        private final Set<Subschema> compared;

        Parts(Set<Subschema> compared) {
            this.compared = compared;
        }

        @Override
        public void segment(String text) {
            list.add(text);
        }

        @Override
        public void name(JavaCode.Name name) {
            if (name instanceof Subschema.Call call && compared.contains(call.callee())) {
                list.add(call.fast() ? Mark.FAST_CALL : Mark.COLLECT_CALL);
                callees.add(call.callee());
            } else {
                list.add(name.name());
            }
        }

        @Override
        public void lineBreak() {
            list.add(Mark.LINE_BREAK);
        }

        @Override
        public void type(TypeName type) {
            if (type instanceof ClassName className) {
                list.add(className.canonicalName());
            } else {
                StringBuilder name = new StringBuilder();
                TypeSpelling.appendFullName(type, name);
                list.add(name.toString());
            }
        }

        @Override
        public void indent(int levels) {
            list.add(levels > 0 ? Mark.INDENT : Mark.UNINDENT);
        }

        @Override
        public void statementStart() {
            list.add(Mark.STATEMENT_START);
        }

        @Override
        public void statementEnd() {
            list.add(Mark.STATEMENT_END);
        }
    }
}
