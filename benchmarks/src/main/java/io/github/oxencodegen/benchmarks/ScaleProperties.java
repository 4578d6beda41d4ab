package io.github.oxencodegen.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * New properties for a variant of {@link ScaleFixture}, drawn from a seeded {@link Random}: string enums,
 * bounded integers and numbers, strings with length limits and a pattern, booleans with defaults, arrays of
 * strings, and objects (alone or as array items) nested up to three levels, each with its own required
 * properties. Names come from a photographer's vocabulary and never repeat within one object.
 */
final class ScaleProperties {
    private static final List<String> NAMES = List.of("camera_motion", "color_grade", "lighting", "mood", "lens",
            "film_stock", "palette", "texture", "composition", "subject_pose", "backdrop", "weather", "time_of_day",
            "era", "art_style", "render_quality", "safety_level", "focus_point", "depth_of_field", "noise_level",
            "sharpness", "contrast", "saturation", "grain", "vignette", "framing", "shot_type", "tempo", "palette_lock",
            "detail_boost");
    private static final List<String> WORDS = List.of("soft", "hard", "warm", "cool", "neutral", "vivid", "muted",
            "cinematic", "documentary", "noir", "pastel", "neon", "golden_hour", "overcast", "studio", "handheld",
            "dolly", "crane", "macro", "wide", "tele", "low", "medium", "high", "ultra");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Random random;
    private final int variant;

    ScaleProperties(Random random, int variant) {
        this.random = random;
        this.variant = variant;
    }

    /** Adds {@code count} properties to {@code properties} (of {@code schema}), some of them required. */
    void addTo(ObjectNode schema, ObjectNode properties, int count) {
        List<String> names = freshNames(properties, count);
        for (String name : names) {
            properties.set(name, property(3));
            if (random.nextInt(4) == 0) {
                ArrayNode required = schema.path("required").isArray() ? (ArrayNode) schema.get("required")
                        : schema.putArray("required");
                required.add(name);
            }
        }
    }

    /** One property schema; objects may nest {@code depth - 1} more levels. */
    private ObjectNode property(int depth) {
        int kinds = depth > 1 ? 8 : 6;
        return switch (random.nextInt(kinds)) {
            case 0 -> stringEnum();
            case 1 -> integer();
            case 2 -> number();
            case 3 -> text();
            case 4 -> flag();
            case 5 -> strings();
            case 6 -> object(depth - 1);
            default -> JSON.objectNode().put("type", "array").put("maxItems", 2 + random.nextInt(8))
                    .set("items", object(depth - 1));
        };
    }

    private ObjectNode stringEnum() {
        List<String> words = new ArrayList<>(WORDS);
        Collections.shuffle(words, random);
        ArrayNode values = JSON.arrayNode();
        words.subList(0, 3 + random.nextInt(5)).forEach(values::add);
        ObjectNode property = described("one of the listed styles").put("type", "string");
        property.set("enum", values);
        if (random.nextBoolean()) {
            property.set("default", values.get(0));
        }
        return property;
    }

    private ObjectNode integer() {
        int minimum = random.nextInt(6);
        int maximum = minimum + 5 + random.nextInt(200) + variant;
        ObjectNode property = described("a whole number").put("type", "integer").put("minimum", minimum).put("maximum", maximum);
        if (random.nextBoolean()) {
            property.put("default", minimum + random.nextInt(maximum - minimum + 1));
        }
        return property;
    }

    private ObjectNode number() {
        ObjectNode property = described("a strength").put("type", "number").put("minimum", 0);
        double maximum = 1 + random.nextInt(10);
        if (random.nextBoolean()) {
            property.put("exclusiveMaximum", maximum);
        } else {
            property.put("maximum", maximum).put("multipleOf", 0.25);
        }
        return property;
    }

    private ObjectNode text() {
        ObjectNode property = described("free text").put("type", "string").put("maxLength", 16 + random.nextInt(2000));
        if (random.nextBoolean()) {
            property.put("minLength", 1).put("pattern", "^[A-Za-z0-9 _.,-]*$");
        }
        return property;
    }

    private ObjectNode flag() {
        return described("on or off").put("type", "boolean").put("default", random.nextBoolean());
    }

    private ObjectNode strings() {
        ObjectNode property = described("a list of tags").put("type", "array").put("minItems", random.nextInt(2))
                .put("maxItems", 2 + random.nextInt(10)).put("uniqueItems", true);
        property.set("items", JSON.objectNode().put("type", "string").put("maxLength", 64));
        return property;
    }

    private ObjectNode object(int depth) {
        ObjectNode object = described("a group of settings").put("type", "object").put("additionalProperties", false);
        ObjectNode properties = object.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (String name : freshNames(properties, 2 + random.nextInt(3))) {
            properties.set(name, property(depth));
            if (random.nextInt(3) == 0) {
                required.add(name);
            }
        }
        if (!required.isEmpty()) {
            object.set("required", required);
        }
        return object;
    }

    private ObjectNode described(String what) {
        return JSON.objectNode().put("description", "Benchmark variant " + variant + ": " + what + ".");
    }

    private List<String> freshNames(ObjectNode existing, int count) {
        List<String> names = new ArrayList<>(NAMES);
        Collections.shuffle(names, random);
        names.removeIf(existing::has);
        return names.subList(0, Math.min(count, names.size()));
    }
}
