package io.github.oxencodegen.codegen.validator;

import com.palantir.javapoet.TypeName;
import io.github.oxencodegen.codegen.source.MethodSpec;
import io.github.oxencodegen.codegen.text.JavaCode;
import io.github.oxencodegen.schema.SchemaException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Compiles one schema object into its two methods: {@code boolean isValidX(JsonNode node)}, which
 * stops at the first failure, and {@code void checkX(JsonNode node, InstancePath path, List out)},
 * which reports every violation. Keyword assertions come in a fixed order (type, enum and const,
 * numbers, strings, arrays, objects, combinators). A schema with very many assertions is spread over
 * part methods so that no method nears the JVM's 64 KB limit.
 */
final class SchemaBody {
    /** Generated characters per method; bytecode is a fraction of its source text, so this stays far below 64 KB. */
    static final int METHOD_BUDGET = 24_000;

    private record Segment(Guard guard, List<Assertion> assertions) {}

    /**
     * The methods of one schema, not yet printed: the bodies of the boolean ones and of the collecting
     * ones (main method first in each), and the schemas whose collecting methods its collecting methods
     * call. Kept as code until {@link MethodSharing} has decided which schemas share methods, as calls
     * print the names of the methods they end up calling.
     */
    record Methods(SchemaBody schema, List<String> fastNames, List<String> collectNames, List<JavaCode> fastBodies,
                   List<JavaCode> collectBodies, List<Subschema> calls) {
        Subschema handle() {
            return schema.handle;
        }

        /** A schema spread over part methods calls them by name: such a schema shares no methods. */
        boolean hasParts() {
            return fastBodies.size() > 1;
        }

        List<MethodSpec> fast(List<String> alsoAt) {
            return schema.specs(fastNames, fastBodies, alsoAt, false);
        }

        List<MethodSpec> collect(List<String> alsoAt) {
            return schema.specs(collectNames, collectBodies, alsoAt, true);
        }
    }

    private final SchemaContext context;
    private final Subschema handle;
    private final SchemaCompiler compiler;

    SchemaBody(SchemaContext context, Subschema handle, SchemaCompiler compiler) {
        this.context = context;
        this.handle = handle;
        this.compiler = compiler;
    }

    Methods methods() throws SchemaException {
        Set<String> allowed = TypeKeyword.allowed(context.values());
        List<AssertionGroup> groups = new ArrayList<>();
        groups.addAll(TypeKeyword.emit(context));
        groups.addAll(ValueKeywords.emit(context));
        groups.addAll(NumberKeywords.emit(context));
        groups.addAll(StringKeywords.emit(context));
        groups.addAll(ArrayKeywords.emit(context));
        groups.addAll(ObjectKeywords.emit(context));
        groups.addAll(CombinatorKeywords.emit(context));
        List<List<Segment>> parts = pack(groups);
        List<String> fastNames = new ArrayList<>(List.of(handle.fastMethod()));
        List<String> collectNames = new ArrayList<>(List.of(handle.collectMethod()));
        for (int i = 1; i < parts.size(); i++) {
            String part = compiler.methodName(handle.fastMethod().substring("isValid".length()) + "Part" + (i + 1));
            fastNames.add("isValid" + part);
            collectNames.add("collect" + part);
        }
        List<JavaCode> fast = new ArrayList<>();
        List<JavaCode> collect = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            JavaCode.Builder fastBody = JavaCode.builder();
            JavaCode.Builder collectBody = JavaCode.builder();
            for (Segment segment : parts.get(i)) {
                fastBody.add(fast(segment, allowed));
                collectBody.add(collect(segment));
            }
            if (i == 0) {
                for (int p = 1; p < parts.size(); p++) {
                    fastBody.beginControlFlow("if (!$N(node))", fastNames.get(p)).addStatement("return false").endControlFlow();
                    collectBody.addStatement("$N(node, path, out)", collectNames.get(p));
                }
            }
            fastBody.addStatement("return true");
            fast.add(fastBody.build());
            collect.add(collectBody.build());
        }
        return new Methods(this, fastNames, collectNames, fast, collect, context.collectCalls());
    }

    /** The printed methods of {@code names} with {@code bodies}; {@code alsoAt}: the other schemas they stand for. */
    private List<MethodSpec> specs(List<String> names, List<JavaCode> bodies, List<String> alsoAt, boolean collecting) {
        StringBuilder also = new StringBuilder();
        if (!alsoAt.isEmpty()) {
            also.append(" (and, being the same, at");
            for (int i = 0; i < alsoAt.size(); i++) {
                also.append(i == 0 ? " " : ", ").append("<code>#").append(JavaText.javadoc(alsoAt.get(i))).append("</code>");
            }
            also.append(")");
        }
        List<MethodSpec> specs = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            String what = also + (i == 0 ? "" : " (part " + (i + 1) + ", called only after the assertions before it passed)");
            specs.add(collecting
                    ? method(names.get(i), TypeName.VOID, bodies.get(i), true,
                            "Adds every violation of the schema at <code>#$L</code>$L by {@code node}, located under {@code path}, to {@code out}.\n",
                            what)
                    : method(names.get(i), TypeName.BOOLEAN, bodies.get(i), false,
                            "True when {@code node} matches the schema at <code>#$L</code>$L; stops at the first failure.\n", what));
        }
        return specs;
    }

    /** Splits the assertions into methods of at most {@link #METHOD_BUDGET}, keeping their order. */
    private static List<List<Segment>> pack(List<AssertionGroup> groups) {
        List<List<Segment>> parts = new ArrayList<>();
        List<Segment> part = new ArrayList<>();
        int weight = 0;
        for (AssertionGroup group : groups) {
            List<Assertion> assertions = new ArrayList<>();
            for (Assertion assertion : group.assertions()) {
                int assertionWeight = assertion.weight(); // counts the characters without rendering them
                if (weight + assertionWeight > METHOD_BUDGET && weight > 0) {
                    if (!assertions.isEmpty()) {
                        part.add(new Segment(group.guard(), assertions));
                        assertions = new ArrayList<>();
                    }
                    parts.add(part);
                    part = new ArrayList<>();
                    weight = 0;
                }
                assertions.add(assertion);
                weight += assertionWeight;
            }
            if (!assertions.isEmpty()) {
                part.add(new Segment(group.guard(), assertions));
            }
        }
        parts.add(part);
        return parts;
    }

    private JavaCode fast(Segment segment, Set<String> allowed) {
        if (segment.guard().excludedBy(allowed)) {
            return JavaCode.of("");
        }
        JavaCode.Builder code = JavaCode.builder();
        boolean guarded = !segment.guard().impliedBy(allowed);
        if (guarded) {
            code.beginControlFlow("if ($L)", segment.guard().condition());
        }
        segment.assertions().forEach(assertion -> code.add(assertion.fast()));
        if (guarded) {
            code.endControlFlow();
        }
        return code.build();
    }

    private JavaCode collect(Segment segment) {
        JavaCode.Builder code = JavaCode.builder();
        boolean guarded = segment.guard() != Guard.ANY;
        if (guarded) {
            code.beginControlFlow("if ($L)", segment.guard().condition());
        }
        segment.assertions().forEach(assertion -> code.add(assertion.collect()));
        if (guarded) {
            code.endControlFlow();
        }
        return code.build();
    }

    private MethodSpec method(String name, TypeName returns, JavaCode body, boolean collecting, String javadoc, String what) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addJavadoc(javadoc, JavaText.javadoc(context.pointer()), what)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(returns)
                .addParameter(JavaTypes.JSON_NODE, "node");
        if (collecting) {
            method.addParameter(context.support().instancePath(), "path")
                    .addParameter(JavaTypes.listOf(context.support().violation()), "out");
        }
        return method.addCode(body).build();
    }
}
