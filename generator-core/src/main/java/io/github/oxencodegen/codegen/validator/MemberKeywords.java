package io.github.oxencodegen.codegen.validator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.codegen.text.JavaCode;
import io.github.oxencodegen.schema.Keyword;
import io.github.oxencodegen.schema.SchemaException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The keywords that look at every member of an object, in one loop: {@code patternProperties}
 * (a member whose name matches a pattern is judged by its schema), {@code additionalProperties}
 * (a member neither declared in {@code properties} nor matching a pattern) and
 * {@code propertyNames} (every member's name, as a string).
 */
final class MemberKeywords {
    private static final int INLINE_NAMES = 16;

    private record PatternSchema(String constant, String regex, Subschema schema) {}

    private static final String ADDITIONAL_PROPERTIES = Keyword.ADDITIONAL_PROPERTIES.jsonName();

    private MemberKeywords() {}

    static List<Assertion> emit(SchemaContext context) throws SchemaException {
        SchemaValues values = context.values();
        List<PatternSchema> patterns = new ArrayList<>();
        JsonNode patternProperties = values.object("patternProperties");
        if (patternProperties != null) {
            if (patternProperties.size() > CombinatorKeywords.MAX_BRANCHES) {
                throw context.fail("patternProperties", "has " + patternProperties.size() + " patterns; at most "
                        + CombinatorKeywords.MAX_BRANCHES + " are supported");
            }
            for (Map.Entry<String, JsonNode> entry : patternProperties.properties()) {
                patterns.add(pattern(context, entry.getKey(), entry.getValue()));
            }
        }
        JsonNode additionalNode = values.get(ADDITIONAL_PROPERTIES);
        Subschema additional = additionalNode == null ? Subschema.ALWAYS : context.below(ADDITIONAL_PROPERTIES, additionalNode);
        JsonNode namesNode = values.get("propertyNames");
        Subschema names = namesNode == null ? Subschema.ALWAYS : context.below("propertyNames", namesNode);
        boolean patternsMatter = patterns.stream().anyMatch(p -> !p.schema().always());
        if (!patternsMatter && additional.always() && names.always()) {
            return List.of();
        }
        String member = context.local("member");
        String name = context.local("name");
        String value = context.local("value");
        String matched = context.local("matched");
        JavaCode.Builder fast = JavaCode.builder();
        JavaCode.Builder collect = JavaCode.builder();
        for (JavaCode.Builder code : List.of(fast, collect)) {
            code.beginControlFlow("for ($T<$T, $T> $N : node.properties())", JavaTypes.MAP_ENTRY, String.class, JavaTypes.JSON_NODE, member)
                    .addStatement("$T $N = $N.getKey()", String.class, name, member)
                    .addStatement("$T $N = $N.getValue()", JavaTypes.JSON_NODE, value, member);
            if (!additional.always()) {
                code.addStatement("boolean $N = $L", matched, declared(context, name));
            }
        }
        JavaCode valueExpr = JavaCode.of("$N", value);
        JavaCode at = PathExpr.child(name);
        for (PatternSchema pattern : patterns) {
            if (pattern.schema().always() && additional.always()) {
                continue;
            }
            for (JavaCode.Builder code : List.of(fast, collect)) {
                code.beginControlFlow("if ($N.matcher($N).find())", pattern.constant(), name);
                if (!additional.always()) {
                    code.addStatement("$N = true", matched);
                }
                if (code == fast && !pattern.schema().always()) {
                    code.beginControlFlow("if ($L)", pattern.schema().fails(valueExpr)).addStatement("return false").endControlFlow();
                } else if (code == collect && pattern.schema().never()) {
                    code.add(context.violation(at, "patternProperties", "is not allowed: its name matches the pattern " + Messages.quoted(pattern.regex())));
                } else if (code == collect && !pattern.schema().always()) {
                    code.add(context.collect(pattern.schema(), valueExpr, at));
                }
                code.endControlFlow();
            }
        }
        if (!additional.always()) {
            fast.beginControlFlow("if (!$N && $L)", matched, additional.fails(valueExpr)).addStatement("return false").endControlFlow();
            collect.beginControlFlow("if (!$N)", matched);
            if (additional.never()) {
                collect.add(context.violation(at, ADDITIONAL_PROPERTIES, patterns.isEmpty()
                        ? "is not allowed: the object allows only its declared properties"
                        : "is not allowed: the object allows only its declared properties and names matching its patterns"));
            } else {
                collect.add(context.collect(additional, valueExpr, at));
            }
            collect.endControlFlow();
        }
        if (!names.always()) {
            JavaCode failure = names.fails(JavaCode.of("$T.valueOf($N)", JavaTypes.TEXT_NODE, name));
            fast.beginControlFlow("if ($L)", failure).addStatement("return false").endControlFlow();
            collect.beginControlFlow("if ($L)", failure)
                    .add(context.violation(at, "propertyNames", "has a name that does not match the propertyNames schema"))
                    .endControlFlow();
        }
        return List.of(new Assertion(fast.endControlFlow().build(), collect.endControlFlow().build()));
    }

    private static PatternSchema pattern(SchemaContext context, String regex, JsonNode schema) throws SchemaException {
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw context.fail("patternProperties", "has the key \"" + regex + "\", which is not a valid java.util.regex regular expression: "
                    + e.getDescription());
        }
        String where = io.github.oxencodegen.schema.JsonPointers.child(context.values().at("patternProperties"), regex);
        return new PatternSchema(context.constants().pattern(regex, where), regex, context.below("patternProperties", regex, schema));
    }

    /** A condition on local {@code name}: is it declared in {@code properties}? */
    private static JavaCode declared(SchemaContext context, String name) throws SchemaException {
        JsonNode properties = context.values().object("properties");
        List<String> declared = new ArrayList<>();
        if (properties != null) {
            properties.properties().forEach(p -> declared.add(p.getKey()));
        }
        if (declared.isEmpty()) {
            return JavaCode.of("false");
        }
        if (declared.size() > INLINE_NAMES) {
            JavaCode.Builder set = JavaCode.builder().add("$T.of(", JavaTypes.SET);
            for (int i = 0; i < declared.size(); i++) {
                set.add(i == 0 ? "$>$>$L" : ",\n$L", JavaText.literal(declared.get(i)));
            }
            String field = context.constants().field("NAMES", JavaTypes.STRING_SET, set.add("$<$<)").build(),
                    context.values().at("properties"), declared.size());
            return JavaCode.of("$N.contains($N)", field, name);
        }
        List<JavaCode> terms = new ArrayList<>();
        for (String property : declared) {
            terms.add(JavaCode.of("$N.equals($L)", name, JavaText.literal(property)));
        }
        return JavaCode.join(terms, "\n    || ");
    }
}
