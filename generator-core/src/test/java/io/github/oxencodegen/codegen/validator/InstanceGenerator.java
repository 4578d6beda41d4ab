package io.github.oxencodegen.codegen.validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.oxencodegen.schema.JsonPointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes instances that nearly fit a schema: values are drawn from what the schema names (enum
 * members, bounds and their neighbours, required and declared properties, item schemas), so most
 * instances are valid or one step from it, and some are anything at all. {@link InstanceMutator}
 * then breaks some of them on purpose.
 */
final class InstanceGenerator {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 4;
    private static final List<String> KEYS = List.of("x", "y", "S_a", "I_1", "S_1", "a9", "none", "n", "x-y", "abcdef", "", "name",
            "email", "zip", "credit_card", "billing_address", "forbidden", "free", "kind", "radius", "side", "~", "a/b");
    private static final String[] CHARS = {"a", "b", "Z", "0", "9", " ", "-", "😀", "é", "字", "\n", "Image 1", " Image 3",
            "@Video2", "image10", "%", "/", "~"};

    private final JsonNode root;
    private final Random random;

    InstanceGenerator(JsonNode root, Random random) {
        this.root = root;
        this.random = random;
    }

    JsonNode generate() {
        return generate(root, 0);
    }

    JsonNode generate(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (!schema.isObject() || depth > MAX_DEPTH || chance(4)) {
            return anything(depth);
        }
        if (schema.has("const") && chance(70)) {
            return NumberSamples.variant(schema.get("const").deepCopy(), random);
        }
        if (schema.has("enum") && schema.get("enum").isArray() && chance(80)) {
            JsonNode values = schema.get("enum");
            return NumberSamples.variant(values.get(random.nextInt(values.size())).deepCopy(), random);
        }
        for (String combinator : List.of("anyOf", "oneOf", "allOf")) {
            JsonNode branches = schema.get(combinator);
            if (branches != null && branches.isArray() && chance(40)) {
                return generate(branches.get(random.nextInt(branches.size())), depth + 1);
            }
        }
        JsonNode thenOrElse = schema.get(chance(50) ? "then" : "else");
        if (thenOrElse != null && chance(30)) {
            return generate(thenOrElse, depth + 1);
        }
        return switch (type(schema)) {
            case "null" -> NODES.nullNode();
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "integer" -> NumberSamples.number(schema, true, random);
            case "number" -> NumberSamples.number(schema, false, random);
            case "string" -> NODES.textNode(string(schema));
            case "array" -> array(schema, depth);
            default -> object(schema, depth);
        };
    }

    private String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            return type.textValue();
        }
        if (type != null && type.isArray() && !type.isEmpty()) {
            return type.get(random.nextInt(type.size())).asText();
        }
        if (schema.has("properties") || schema.has("required") || schema.has("patternProperties") || schema.has("dependencies")) {
            return "object";
        }
        if (schema.has("items") || schema.has("contains") || schema.has("uniqueItems")) {
            return "array";
        }
        if (schema.has("format") || schema.has("pattern") || schema.has("maxLength") || schema.has("minLength")) {
            return "string";
        }
        if (schema.has("minimum") || schema.has("maximum") || schema.has("multipleOf") || schema.has("exclusiveMinimum")) {
            return "number";
        }
        return List.of("null", "boolean", "integer", "number", "string", "array", "object").get(random.nextInt(7));
    }

    String string(JsonNode schema) {
        if (schema.has("format") && chance(85)) {
            String sample = FormatSamples.pick(schema.get("format").asText(), random);
            if (sample != null) {
                return sample;
            }
        }
        if (schema.has("pattern") && chance(60)) {
            List<String> candidates = List.of("AB-12", "ab-12", "AB-", "XY-0", "aab", "b", "xaaabx", "12345", "1234", "123456", "");
            return candidates.get(random.nextInt(candidates.size()));
        }
        int min = schema.path("minLength").asInt(0);
        int max = schema.has("maxLength") ? schema.get("maxLength").asInt() : min + 8;
        int[] lengths = {min, max, Math.max(0, min - 1), max + 1, min + random.nextInt(Math.max(1, max - min + 1)), 0};
        int length = lengths[random.nextInt(lengths.length)];
        StringBuilder text = new StringBuilder();
        while (text.codePointCount(0, text.length()) < length) {
            text.append(CHARS[random.nextInt(CHARS.length)]);
        }
        while (text.codePointCount(0, text.length()) > length) {
            text.setLength(text.offsetByCodePoints(0, length));
        }
        return text.toString();
    }

    private JsonNode array(JsonNode schema, int depth) {
        int min = schema.path("minItems").asInt(0);
        int max = schema.has("maxItems") ? schema.get("maxItems").asInt() : min + 3;
        int[] sizes = {min, max, Math.max(0, min - 1), max + 1, min + random.nextInt(Math.max(1, max - min + 1)), 0};
        int size = Math.min(sizes[random.nextInt(sizes.length)], 8);
        JsonNode items = schema.get("items");
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < size; i++) {
            JsonNode itemSchema = items == null ? NODES.booleanNode(true)
                    : items.isArray() ? (i < items.size() ? items.get(i) : schema.path("additionalItems")) : items;
            array.add(generate(itemSchema.isMissingNode() ? NODES.booleanNode(true) : itemSchema, depth + 1));
        }
        if (schema.has("contains") && chance(60)) {
            array.insert(array.isEmpty() ? 0 : random.nextInt(array.size()), generate(schema.get("contains"), depth + 1));
        }
        if (!array.isEmpty() && chance(15)) {
            array.add(NumberSamples.variant(array.get(random.nextInt(array.size())).deepCopy(), random));
        }
        return array;
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        JsonNode properties = schema.path("properties");
        for (JsonNode name : schema.path("required")) {
            if (chance(95)) {
                object.set(name.asText(), generate(properties.path(name.asText()), depth + 1));
            }
        }
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            if (!object.has(property.getKey()) && chance(60)) {
                object.set(property.getKey(), generate(property.getValue(), depth + 1));
            }
        }
        for (Map.Entry<String, JsonNode> pattern : schema.path("patternProperties").properties()) {
            if (chance(30)) {
                object.set(KEYS.get(random.nextInt(KEYS.size())), generate(pattern.getValue(), depth + 1));
            }
        }
        for (Map.Entry<String, JsonNode> dependency : schema.path("dependencies").properties()) {
            if (chance(30)) {
                object.set(dependency.getKey(), anything(depth + 1));
                for (JsonNode needed : dependency.getValue().isArray() ? dependency.getValue() : NODES.arrayNode()) {
                    if (chance(80)) {
                        object.set(needed.asText(), NODES.textNode(string(properties.path(needed.asText()))));
                    }
                }
                if (dependency.getValue().isObject()) {
                    JsonNode extra = generate(dependency.getValue(), depth + 1);
                    if (extra.isObject()) {
                        object.setAll((ObjectNode) extra);
                    }
                }
            }
        }
        if (chance(20)) {
            JsonNode additional = schema.get("additionalProperties");
            object.set(KEYS.get(random.nextInt(KEYS.size())), additional == null ? anything(depth + 1) : generate(additional, depth + 1));
        }
        return object;
    }

    JsonNode anything(int depth) {
        int kind = random.nextInt(depth > MAX_DEPTH ? 5 : 7);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NumberSamples.variant(NODES.numberNode(random.nextInt(21) - 10), random);
            case 3 -> NODES.numberNode(random.nextInt(100) / 8.0);
            case 4 -> NODES.textNode(string(NODES.objectNode()));
            case 5 -> NODES.arrayNode().add(anything(depth + 1)).add(anything(depth + 1));
            default -> NODES.objectNode().set(KEYS.get(random.nextInt(KEYS.size())), anything(depth + 1));
        };
    }

    /** Follows local {@code $ref}s, as the generator does; unknown targets become {@code true}. */
    JsonNode resolve(JsonNode schema) {
        for (int hops = 0; schema.isObject() && schema.has("$ref") && hops < 10; hops++) {
            String ref = java.net.URLDecoder.decode(schema.get("$ref").asText().substring(1), java.nio.charset.StandardCharsets.UTF_8);
            JsonNode target = root;
            for (String token : ref.isEmpty() ? new String[0] : ref.substring(1).split("/", -1)) {
                target = target.path(JsonPointers.unescape(token));
            }
            schema = target.isMissingNode() ? NODES.booleanNode(true) : target;
        }
        return schema;
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    static List<String> keys() {
        return new ArrayList<>(KEYS);
    }
}
