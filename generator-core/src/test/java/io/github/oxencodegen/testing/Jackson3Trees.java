package io.github.oxencodegen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.FloatNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.ShortNode;
import tools.jackson.databind.node.StringNode;

/**
 * Jackson 2 trees as Jackson 3 trees, node for node: the same node types (an {@code int} stays an
 * {@code IntNode}, a {@code BigDecimal} a {@code DecimalNode} with its scale), members in the same
 * order. The tests that judge instances with both dialects' generated code give each dialect the
 * same instance this way, rather than through JSON text, which would let the parsers choose the
 * number types.
 */
public final class Jackson3Trees {
    /** A Jackson 3 mapper with Jackson 2's property order, as the generated Jackson 3 code makes it. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(tools.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();

    private Jackson3Trees() {}

    /** The Jackson 3 tree equal to {@code node}, node type for node type. */
    public static tools.jackson.databind.JsonNode of(JsonNode node) {
        if (node == null) {
            return null;
        }
        switch (node.getNodeType()) {
            case OBJECT -> {
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    object.set(member.getKey(), of(member.getValue()));
                }
                return object;
            }
            case ARRAY -> {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                for (JsonNode item : node) {
                    array.add(of(item));
                }
                return array;
            }
            case STRING -> {
                return StringNode.valueOf(node.textValue());
            }
            case BOOLEAN -> {
                return BooleanNode.valueOf(node.booleanValue());
            }
            case NULL -> {
                return NullNode.getInstance();
            }
            case MISSING -> {
                return MissingNode.getInstance();
            }
            case NUMBER -> {
                return number(node);
            }
            default -> throw new IllegalArgumentException("no Jackson 3 counterpart for a " + node.getNodeType() + " node: " + node);
        }
    }

    private static tools.jackson.databind.JsonNode number(JsonNode node) {
        return switch (node.numberType()) {
            case INT -> node.isShort() ? ShortNode.valueOf(node.shortValue()) : IntNode.valueOf(node.intValue());
            case LONG -> LongNode.valueOf(node.longValue());
            case BIG_INTEGER -> BigIntegerNode.valueOf(node.bigIntegerValue());
            case FLOAT -> FloatNode.valueOf(node.floatValue());
            case DOUBLE -> DoubleNode.valueOf(node.doubleValue());
            case BIG_DECIMAL -> DecimalNode.valueOf(node.decimalValue());
        };
    }
}
