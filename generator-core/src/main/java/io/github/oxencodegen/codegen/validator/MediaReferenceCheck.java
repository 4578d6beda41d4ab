package io.github.oxencodegen.codegen.validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.CodeBlock;
import io.github.oxencodegen.schema.JsonPointers;
import io.github.oxencodegen.schema.SchemaException;
import java.util.ArrayList;
import java.util.List;

/**
 * Oxen's {@code x-media-references} on a string property:
 * {@code {"groups":[{"field":"reference_images","pattern":"Image {n}"}]}} says the text refers to the
 * n-th item of the sibling array {@code reference_images}. Mentioning an item that does not exist
 * is a violation at the property, with keyword {@code x-media-references}. The check needs the
 * object around the property, so it is generated where that object's {@code properties} are.
 */
final class MediaReferenceCheck {
    static final String KEYWORD = "x-media-references";

    /** One group: the sibling array, the pattern, and the constant holding its compiled form. */
    record Group(String field, String pattern, String constant) {}

    private MediaReferenceCheck() {}

    /** The groups declared on property {@code name} (following a {@code $ref}), validated. */
    static List<Group> groups(SchemaContext context, String name, JsonNode propertySchema) throws SchemaException {
        String pointer = JsonPointers.child(context.values().at("properties"), name);
        JsonNode schema = context.resolve(pointer, propertySchema);
        JsonNode references = schema.isObject() ? schema.get(KEYWORD) : null;
        List<Group> groups = new ArrayList<>();
        if (references == null) {
            return groups;
        }
        String where = JsonPointers.child(pointer, KEYWORD);
        JsonNode list = references.get("groups");
        if (!references.isObject() || list == null || !list.isArray()) {
            throw new SchemaException(null, context.modelId(), where, "'" + KEYWORD + "' must be an object with an array 'groups'");
        }
        for (int i = 0; i < list.size(); i++) {
            String at = where + "/groups/" + i;
            JsonNode group = list.get(i);
            JsonNode field = group.get("field");
            JsonNode pattern = group.get("pattern");
            if (field == null || !field.isTextual() || pattern == null || !pattern.isTextual()) {
                throw new SchemaException(null, context.modelId(), at, "each group needs a string 'field' and a string 'pattern'");
            }
            String text = pattern.textValue();
            int n = text.indexOf("{n}");
            if (n < 0 || text.indexOf("{n}", n + 3) >= 0) {
                throw new SchemaException(null, context.modelId(), at + "/pattern",
                        "the pattern \"" + text + "\" must contain {n} exactly once, where the item number goes");
            }
            String constant = context.constants().field("MEDIA_REFERENCE", JavaTypes.PATTERN,
                    CodeBlock.of("$T.compile($L)", context.support().mediaReferences(), JavaText.literal(text)), at);
            groups.add(new Group(field.textValue(), text, constant));
        }
        return groups;
    }

    /** Returns false when the text in local {@code value} refers to an item the sibling array lacks. */
    static CodeBlock fast(SchemaContext context, String value, Group group) {
        return CodeBlock.builder()
                .beginControlFlow("if ($N != null && $N.isTextual()\n    && !$T.allExist($N.textValue(), $N, $L))",
                        value, value, context.support().mediaReferences(), value, group.constant(), count(context, group))
                .addStatement("return false")
                .endControlFlow()
                .build();
    }

    /** Reports each item number the text in local {@code value} refers to that the sibling array lacks. */
    static CodeBlock collect(SchemaContext context, String value, String name, Group group) {
        return CodeBlock.builder()
                .beginControlFlow("if ($N != null && $N.isTextual())", value, value)
                .addStatement("$T.check($N.textValue(), $N, $L, $L, $L, $L, out)", context.support().mediaReferences(), value,
                        group.constant(), JavaText.literal(group.pattern()), JavaText.literal(group.field()), count(context, group),
                        PathExpr.property(name))
                .endControlFlow()
                .build();
    }

    private static CodeBlock count(SchemaContext context, Group group) {
        return CodeBlock.of("$T.count(node.get($L))", context.support().mediaReferences(), JavaText.literal(group.field()));
    }
}
