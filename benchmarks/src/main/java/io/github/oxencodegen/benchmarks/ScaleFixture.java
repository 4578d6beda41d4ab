package io.github.oxencodegen.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A catalog of many models for the scale benchmark, made from the 19 models of {@code models-list.json}
 * that publish a request schema (recorded and reconstructed from Oxen): the first 19 are those models as
 * they are; every later one is one of them under a new id ({@code {id}-variant-{n}}) with its contract
 * varied, seeded by its position so the catalog is the same on every run:
 *
 * <ul>
 *   <li>limits: {@code maximum}, {@code maxLength} and {@code maxItems} of its own properties raised;</li>
 *   <li>enums: a value added to string enums;</li>
 *   <li>optional / required: an optional property made required, or a required one optional;</li>
 *   <li>new properties ({@link ScaleProperties}), one to four: enums, bounded numbers, strings with a
 *       pattern, arrays, and objects nested up to three levels, so the variants generate classes,
 *       enums and validators of their own, not copies.</li>
 * </ul>
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.oxencodegen.benchmarks.ScaleFixture [--models 300] --out models-300.json
 * </pre>
 * writes a list response ({@code {"data": [model, ...]}}) that {@link LoopbackOxenServer} serves with
 * {@code --models-list}.
 */
public final class ScaleFixture {
    /** How many models the scale benchmark generates. */
    public static final int DEFAULT_MODELS = 300;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScaleFixture() {}

    /** The list response of {@code count} models: the 19 real ones first, then their variants. */
    public static ObjectNode catalog(int count) {
        List<ObjectNode> bases = new ArrayList<>();
        try {
            for (JsonNode model : MAPPER.readTree(Fixtures.bytes("models-list.json")).path("data")) {
                if (model.path("request_schema").isObject()) {
                    bases.add((ObjectNode) model);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("models-list.json is not JSON: " + e.getMessage(), e);
        }
        ObjectNode list = MAPPER.createObjectNode();
        list.put("object", "list");
        ArrayNode data = list.putArray("data");
        for (int i = 0; i < count; i++) {
            ObjectNode base = bases.get(i % bases.size());
            int variant = i / bases.size();
            data.add(variant == 0 ? base.deepCopy() : variantOf(base, variant, new Random(i)));
        }
        return list;
    }

    private static ObjectNode variantOf(ObjectNode base, int variant, Random random) {
        ObjectNode model = base.deepCopy();
        String id = base.path("id").asText() + "-variant-" + variant;
        model.put("id", id);
        model.put("display_name", base.path("display_name").asText(id) + " (variant " + variant + ")");
        ObjectNode schema = (ObjectNode) model.get("request_schema");
        ObjectNode properties = schema.with("properties");
        raiseLimits(properties, variant);
        toggleRequired(schema, properties, variant, random);
        new ScaleProperties(random, variant).addTo(schema, properties, 1 + random.nextInt(4));
        return model;
    }

    /** Raises the limits of the properties that have them directly (not those behind a {@code $ref}). */
    private static void raiseLimits(ObjectNode properties, int variant) {
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            JsonNode property = it.next().getValue();
            if (!(property instanceof ObjectNode object)) {
                continue;
            }
            if (object.path("maximum").isIntegralNumber()) {
                object.put("maximum", object.get("maximum").asLong() + variant);
            } else if (object.path("maximum").isNumber()) {
                object.put("maximum", object.get("maximum").decimalValue().add(java.math.BigDecimal.valueOf(variant)));
            }
            if (object.path("maxLength").isIntegralNumber()) {
                object.put("maxLength", object.get("maxLength").asLong() + 100L * variant);
            }
            if (object.path("maxItems").isIntegralNumber()) {
                object.put("maxItems", object.get("maxItems").asLong() + variant);
            }
            if (object.path("enum").isArray() && object.path("enum").size() > 0 && object.path("enum").get(0).isTextual()) {
                ((ArrayNode) object.get("enum")).add(object.path("enum").get(0).asText() + "-v" + variant);
            }
        }
    }

    /** Makes one optional property without a default required, or one required property optional, by turn. */
    private static void toggleRequired(ObjectNode schema, ObjectNode properties, int variant, Random random) {
        ArrayNode required = schema.path("required").isArray() ? (ArrayNode) schema.get("required") : schema.putArray("required");
        List<String> names = new ArrayList<>();
        required.forEach(name -> names.add(name.asText()));
        if (variant % 2 == 1) {
            List<String> optional = new ArrayList<>();
            properties.fields().forEachRemaining(entry -> {
                if (!names.contains(entry.getKey()) && !entry.getValue().has("default")) {
                    optional.add(entry.getKey());
                }
            });
            if (!optional.isEmpty()) {
                required.add(optional.get(random.nextInt(optional.size())));
            }
        } else if (names.size() > 1) {
            required.remove(names.size() - 1);
        }
        if (required.isEmpty()) {
            schema.remove("required");
        }
    }

    public static void main(String[] args) throws IOException {
        int count = DEFAULT_MODELS;
        Path out = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--models" -> count = Integer.parseInt(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; options: --models N, --out FILE");
            }
        }
        if (out == null || args.length % 2 != 0) {
            throw new IllegalArgumentException("usage: ScaleFixture [--models N] --out FILE");
        }
        Files.write(out, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(catalog(count)));
        System.out.println("Wrote " + count + " models to " + out);
    }
}
