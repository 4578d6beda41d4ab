package io.github.oxencodegen.codegen.validator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.codegen.text.JavaCode;
import io.github.oxencodegen.schema.JsonPointers;
import io.github.oxencodegen.schema.SchemaException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code minProperties}, {@code maxProperties}, {@code required} (each missing property reported at
 * the pointer it would have; a required property that is also declared is looked up once, and its
 * absence reported in the order of {@code properties}), {@code properties} (with Oxen's {@code x-media-references} on a
 * property, which needs the object around it) and {@code dependencies} in both forms. The keywords
 * that look at every member ({@code patternProperties}, {@code additionalProperties},
 * {@code propertyNames}) are in {@link MemberKeywords}.
 */
final class ObjectKeywords {
    private ObjectKeywords() {}

    static List<AssertionGroup> emit(SchemaContext context) throws SchemaException {
        SchemaValues values = context.values();
        List<Assertion> assertions = new ArrayList<>();
        long min = values.count("minProperties");
        if (min > 0) {
            assertions.add(Assertion.when(JavaCode.of("node.size() < $L", min), context.violation(PathExpr.HERE, "minProperties",
                    JavaCode.of("$L + node.size()", JavaText.literal("must have at least " + Messages.count(min, "property", "properties") + ", has ")))));
        }
        long max = values.count("maxProperties");
        if (max >= 0) {
            assertions.add(Assertion.when(JavaCode.of("node.size() > $L", max), context.violation(PathExpr.HERE, "maxProperties",
                    JavaCode.of("$L + node.size()", JavaText.literal("must have at most " + Messages.count(max, "property", "properties") + ", has ")))));
        }
        List<String> required = values.strings("required");
        JsonNode properties = values.object("properties");
        for (String name : required) {
            if (properties == null || !properties.has(name)) {
                assertions.add(Assertion.when(JavaCode.of("!node.has($L)", JavaText.literal(name)),
                        context.violation(PathExpr.property(name), "required", "is required")));
            }
        }
        if (properties != null) {
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                property(context, property.getKey(), property.getValue(), required.contains(property.getKey()), assertions);
            }
        }
        JsonNode dependencies = values.object("dependencies");
        if (dependencies != null) {
            for (Map.Entry<String, JsonNode> dependency : dependencies.properties()) {
                dependency(context, dependency.getKey(), dependency.getValue(), assertions);
            }
        }
        assertions.addAll(MemberKeywords.emit(context));
        return assertions.isEmpty() ? List.of() : List.of(new AssertionGroup(Guard.OBJECT, assertions));
    }

    /** A declared property; a required one is looked up once for both rules. */
    private static void property(SchemaContext context, String name, JsonNode schema, boolean required, List<Assertion> assertions)
            throws SchemaException {
        Subschema subschema = context.below("properties", name, schema);
        String references = MediaReferenceAssertion.groups(context, name, schema);
        JavaCode literal = JavaText.literal(name);
        JavaCode missing = context.violation(PathExpr.property(name), "required", "is required");
        if (subschema.never()) {
            assertions.add(required
                    ? Assertion.when(JavaCode.of("true"), JavaCode.builder().beginControlFlow("if (node.has($L))", literal)
                            .add(context.violation(PathExpr.property(name), "properties", "is not allowed"))
                            .nextControlFlow("else").add(missing).endControlFlow().build())
                    : Assertion.when(JavaCode.of("node.has($L)", literal), context.violation(PathExpr.property(name), "properties", "is not allowed")));
            return;
        }
        if (subschema.always() && references == null) {
            if (required) {
                assertions.add(Assertion.when(JavaCode.of("!node.has($L)", literal), missing));
            }
            return;
        }
        String value = context.local(name, "property");
        JavaCode.Builder fast = JavaCode.builder().addStatement("$T $N = node.get($L)", JavaTypes.JSON_NODE, value, literal);
        JavaCode.Builder collect = fast.build().toBuilder();
        JavaCode valueExpr = JavaCode.of("$N", value);
        if (required) {
            fast.beginControlFlow("if ($N == null$L)", value, subschema.always() ? JavaCode.of("") : JavaCode.of(" || $L", subschema.fails(valueExpr)))
                    .addStatement("return false").endControlFlow();
            collect.beginControlFlow("if ($N == null)", value).add(missing);
            if (!subschema.always()) {
                collect.nextControlFlow("else").add(context.collect(subschema, valueExpr, PathExpr.property(name)));
            }
            collect.endControlFlow();
        } else if (!subschema.always()) {
            fast.beginControlFlow("if ($N != null && $L)", value, subschema.fails(valueExpr))
                    .addStatement("return false").endControlFlow();
            collect.beginControlFlow("if ($N != null)", value)
                    .add(context.collect(subschema, valueExpr, PathExpr.property(name))).endControlFlow();
        }
        if (references != null) {
            fast.add(MediaReferenceAssertion.fast(context, value, references));
            collect.add(MediaReferenceAssertion.collect(context, value, name, references));
        }
        assertions.add(new Assertion(fast.build(), collect.build()));
    }

    private static void dependency(SchemaContext context, String name, JsonNode dependency, List<Assertion> assertions) throws SchemaException {
        JavaCode present = JavaCode.of("node.has($L)", JavaText.literal(name));
        if (dependency.isArray()) {
            String where = JsonPointers.child(context.values().at("dependencies"), name);
            List<String> needed = context.values().strings("dependencies", dependency, where);
            if (needed.isEmpty()) {
                return;
            }
            if (needed.size() > CombinatorKeywords.MAX_BRANCHES) {
                throw new SchemaException(null, context.modelId(), where, "names " + needed.size() + " properties; at most "
                        + CombinatorKeywords.MAX_BRANCHES + " are supported");
            }
            JavaCode.Builder fast = JavaCode.builder().beginControlFlow("if ($L)", present);
            JavaCode.Builder collect = JavaCode.builder().beginControlFlow("if ($L)", present);
            for (String other : needed) {
                JavaCode missing = JavaCode.of("!node.has($L)", JavaText.literal(other));
                fast.beginControlFlow("if ($L)", missing).addStatement("return false").endControlFlow();
                collect.beginControlFlow("if ($L)", missing)
                        .add(context.violation(PathExpr.property(other), "dependencies", "is required when " + Messages.quoted(name) + " is present"))
                        .endControlFlow();
            }
            assertions.add(new Assertion(fast.endControlFlow().build(), collect.endControlFlow().build()));
            return;
        }
        if (!dependency.isObject() && !dependency.isBoolean()) {
            throw context.fail("dependencies", "must map each property to an array of names or to a schema; \"" + name + "\" maps to " + dependency);
        }
        Subschema schema = context.here("dependencies", name, dependency);
        if (schema.always()) {
            return;
        }
        if (schema.never()) {
            assertions.add(Assertion.when(present, context.violation(PathExpr.property(name), "dependencies", "is not allowed")));
            return;
        }
        assertions.add(new Assertion(
                JavaCode.builder().beginControlFlow("if ($L && $L)", present, schema.fails(JavaCode.of("node")))
                        .addStatement("return false").endControlFlow().build(),
                JavaCode.builder().beginControlFlow("if ($L)", present)
                        .add(context.collect(schema, JavaCode.of("node"), PathExpr.HERE)).endControlFlow().build()));
    }
}
