package io.github.oxencodegen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Rewrites the lenient dialect Oxen publishes into plain JSON Schema draft-07, so that everything
 * after this stage (meta-schema check, type model, validator) reads one dialect:
 * <ul>
 *   <li>OpenAPI {@code nullable: true}: {@code "null"} is added to {@code type} (and to {@code enum}
 *       when there is one); {@code nullable} is removed.</li>
 *   <li>draft-04 boolean {@code exclusiveMinimum}/{@code exclusiveMaximum}: turned into the numeric
 *       form, taking the bound from {@code minimum}/{@code maximum}.</li>
 *   <li>{@code dependentRequired} and {@code dependentSchemas} (2019-09): merged into {@code dependencies}.</li>
 *   <li>an integer-valued number such as {@code 2.0} in a keyword that draft-06 and later define as a
 *       non-negative integer ({@code maxLength}, {@code minItems}, ...): written as the integer {@code 2},
 *       as the specification counts it one; a fraction such as {@code 2.5} is left for the meta-schema
 *       check to refuse.</li>
 * </ul>
 * The input is never modified; vendor keys are kept as they are.
 */
public final class SchemaNormalizer {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The keywords whose value draft-07 defines as a non-negative integer. */
    private static final List<String> COUNTS = List.of(
            "maxLength", "minLength", "maxItems", "minItems", "maxProperties", "minProperties");

    private SchemaNormalizer() {}

    /** Returns the normalised copy of {@code schema}. */
    public static JsonNode normalize(JsonNode schema, String modelId) throws SchemaException {
        JsonNode copy = schema.deepCopy();
        SchemaWalker.walk("", copy, (pointer, node) -> {
            if (node.isObject()) {
                normalizeOne(pointer, (ObjectNode) node, modelId);
            }
        });
        return copy;
    }

    private static void normalizeOne(String pointer, ObjectNode schema, String modelId) throws SchemaException {
        normalizeNullable(pointer, schema, modelId);
        normalizeExclusive(pointer, schema, modelId, "exclusiveMinimum", "minimum");
        normalizeExclusive(pointer, schema, modelId, "exclusiveMaximum", "maximum");
        mergeDependencies(pointer, schema, modelId);
        integerValuedCounts(schema);
    }

    private static void integerValuedCounts(ObjectNode schema) {
        for (String keyword : COUNTS) {
            JsonNode value = schema.get(keyword);
            if (value == null || !value.isNumber() || value.isIntegralNumber() || !Double.isFinite(value.doubleValue())) {
                continue;
            }
            BigDecimal number = value.decimalValue();
            if (number.signum() == 0) {
                schema.put(keyword, 0);
            } else if (number.stripTrailingZeros().scale() <= 0) {
                BigInteger integer = number.toBigIntegerExact();
                schema.set(keyword, integer.bitLength() < 32 ? NODES.numberNode(integer.intValue())
                        : integer.bitLength() < 64 ? NODES.numberNode(integer.longValue()) : NODES.numberNode(integer));
            }
        }
    }

    private static void normalizeNullable(String pointer, ObjectNode schema, String modelId) throws SchemaException {
        JsonNode nullable = schema.get("nullable");
        if (nullable == null) {
            return;
        }
        if (!nullable.isBoolean()) {
            throw new SchemaException(null, modelId, pointer + "/nullable", "'nullable' must be true or false, found " + ModelDocumentReader.describe(nullable));
        }
        schema.remove("nullable");
        if (!nullable.booleanValue()) {
            return;
        }
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual() && !type.asText().equals("null")) {
            ArrayNode union = NODES.arrayNode();
            union.add(type.asText());
            union.add("null");
            schema.set("type", union);
        } else if (type != null && type.isArray() && !contains(type, NODES.textNode("null"))) {
            ((ArrayNode) type).add("null");
        }
        JsonNode values = schema.get("enum");
        if (values != null && values.isArray() && !contains(values, NODES.nullNode())) {
            ((ArrayNode) values).addNull();
        }
    }

    private static void normalizeExclusive(String pointer, ObjectNode schema, String modelId, String exclusive, String inclusive)
            throws SchemaException {
        JsonNode flag = schema.get(exclusive);
        if (flag == null || !flag.isBoolean()) {
            return;
        }
        schema.remove(exclusive);
        if (!flag.booleanValue()) {
            return;
        }
        JsonNode bound = schema.get(inclusive);
        if (bound == null) {
            throw new SchemaException(null, modelId, JsonPointers.child(pointer, exclusive),
                    "draft-04 boolean '" + exclusive + "' needs '" + inclusive + "' beside it");
        }
        schema.remove(inclusive);
        schema.set(exclusive, bound);
    }

    private static void mergeDependencies(String pointer, ObjectNode schema, String modelId) throws SchemaException {
        for (String keyword : new String[] {"dependentRequired", "dependentSchemas"}) {
            JsonNode value = schema.get(keyword);
            if (value == null) {
                continue;
            }
            if (!value.isObject()) {
                throw new SchemaException(null, modelId, JsonPointers.child(pointer, keyword), "'" + keyword + "' must be an object");
            }
            JsonNode existing = schema.get("dependencies");
            ObjectNode merged = existing != null && existing.isObject() ? (ObjectNode) existing : NODES.objectNode();
            Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (merged.has(e.getKey())) {
                    throw new SchemaException(null, modelId, JsonPointers.child(JsonPointers.child(pointer, keyword), e.getKey()),
                            "'" + e.getKey() + "' has dependencies declared twice (in 'dependencies' and '" + keyword + "')");
                }
                merged.set(e.getKey(), e.getValue());
            }
            schema.remove(keyword);
            schema.set("dependencies", merged);
        }
    }

    private static boolean contains(JsonNode array, JsonNode value) {
        for (JsonNode element : array) {
            if (element.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
