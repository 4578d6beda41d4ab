package io.github.oxencodegen.codegen.validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ParameterizedTypeName;
import io.github.oxencodegen.codegen.text.JavaCode;
import io.github.oxencodegen.schema.JsonPointers;
import io.github.oxencodegen.schema.SchemaException;
import java.util.ArrayList;
import java.util.List;

/**
 * Oxen's {@code x-media-references} on a string property:
 * {@code {"groups":[{"field":"reference_images","pattern":"Image {n}"}]}} says the text refers to the
 * n-th item of the sibling array {@code reference_images}. Mentioning an item that does not exist
 * is a violation at the property, with keyword {@code x-media-references}. The assertion needs the
 * object around the property, so it is generated where that object's {@code properties} are; all
 * groups of a property share one constant, so the text is scanned once.
 */
final class MediaReferenceAssertion {
    static final String KEYWORD = "x-media-references";

    private MediaReferenceAssertion() {}

    /**
     * The constant holding the groups declared on property {@code name} (following a {@code $ref}),
     * validated; null when the property declares none.
     */
    static String groups(SchemaContext context, String name, JsonNode propertySchema) throws SchemaException {
        String pointer = JsonPointers.child(context.values().at("properties"), name);
        JsonNode schema = context.resolve(pointer, propertySchema);
        JsonNode references = schema.isObject() ? schema.get(KEYWORD) : null;
        if (references == null) {
            return null;
        }
        String where = JsonPointers.child(pointer, KEYWORD);
        JsonNode list = references.get("groups");
        if (!references.isObject() || list == null || !list.isArray()) {
            throw new SchemaException(null, context.modelId(), where, "'" + KEYWORD + "' must be an object with an array 'groups'");
        }
        if (list.isEmpty()) {
            return null;
        }
        List<JavaCode> groups = new ArrayList<>();
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
            groups.add(JavaCode.of("$T.compile($L, $L)", context.support().mediaReferences(),
                    JavaText.literal(field.textValue()), JavaText.literal(text)));
        }
        return context.constants().field("MEDIA_REFERENCES", ParameterizedTypeName.get(JavaTypes.LIST, context.support().mediaReferences()),
                JavaCode.of("$T.of(\n$>$>$L$<$<)", JavaTypes.LIST, JavaCode.join(groups, ",\n")), where, groups.size());
    }

    /** Returns false when the text in local {@code value} mentions an item a sibling array lacks. */
    static JavaCode fast(SchemaContext context, String value, String groups) {
        return JavaCode.builder()
                .beginControlFlow("if ($N != null && $N.isTextual()\n    && !$T.allExist($N.textValue(), node, $N))",
                        value, value, context.support().mediaReferences(), value, groups)
                .addStatement("return false")
                .endControlFlow()
                .build();
    }

    /** Reports each item the text in local {@code value} mentions that a sibling array lacks. */
    static JavaCode collect(SchemaContext context, String value, String name, String groups) {
        return JavaCode.builder()
                .beginControlFlow("if ($N != null && $N.isTextual())", value, value)
                .addStatement("$T.collect($N.textValue(), node, $N, $L, out)", context.support().mediaReferences(), value, groups,
                        PathExpr.property(name))
                .endControlFlow()
                .build();
    }
}
