package io.github.oxencodegen.codegen.validator;

import static io.github.oxencodegen.codegen.validator.InstanceGenerator.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Breaks an instance in one place, the ways requests really go wrong: a value replaced by null,
 * another type, a boundary number or an astral-plane string; a property removed or added; an array
 * item duplicated (as {@code 1} and {@code 1.0}) or removed.
 */
final class InstanceMutator {
    private final Random random;
    private final InstanceGenerator generator;

    InstanceMutator(Random random, InstanceGenerator generator) {
        this.random = random;
        this.generator = generator;
    }

    /** A mutated copy of {@code instance}. */
    JsonNode mutate(JsonNode instance) {
        JsonNode copy = instance.deepCopy();
        List<JsonNode> containers = new ArrayList<>();
        collect(copy, containers);
        if (containers.isEmpty() || random.nextInt(10) == 0) {
            return replacement();
        }
        JsonNode container = containers.get(random.nextInt(containers.size()));
        if (container.isObject()) {
            mutateObject((ObjectNode) container);
        } else {
            mutateArray((ArrayNode) container);
        }
        return copy;
    }

    private void mutateObject(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.properties().forEach(e -> names.add(e.getKey()));
        int action = random.nextInt(4);
        if (names.isEmpty() || action == 0) {
            List<String> keys = InstanceGenerator.keys();
            object.set(keys.get(random.nextInt(keys.size())), replacement());
        } else if (action == 1) {
            object.remove(names.get(random.nextInt(names.size())));
        } else {
            object.set(names.get(random.nextInt(names.size())), replacement());
        }
    }

    private void mutateArray(ArrayNode array) {
        int action = random.nextInt(4);
        if (array.isEmpty() || action == 0) {
            array.add(replacement());
        } else if (action == 1) {
            array.remove(random.nextInt(array.size()));
        } else if (action == 2) {
            array.add(NumberSamples.variant(array.get(random.nextInt(array.size())).deepCopy(), random));
        } else {
            array.set(random.nextInt(array.size()), replacement());
        }
    }

    private JsonNode replacement() {
        return switch (random.nextInt(9)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.textNode("😀".repeat(random.nextInt(4)) + "x");
            case 2 -> NODES.numberNode(random.nextBoolean() ? Long.MAX_VALUE : Integer.MIN_VALUE);
            case 3 -> NODES.numberNode(random.nextInt(7) - 3 + 0.5);
            case 4 -> NODES.numberNode(new java.math.BigDecimal("1.0"));
            case 5 -> NODES.textNode("a".repeat(5001 + random.nextInt(3)));
            case 6 -> NODES.objectNode();
            case 7 -> NODES.arrayNode();
            default -> generator.anything(2);
        };
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isObject() || node.isArray()) {
            containers.add(node);
            for (JsonNode child : node) {
                collect(child, containers);
            }
        }
    }
}
