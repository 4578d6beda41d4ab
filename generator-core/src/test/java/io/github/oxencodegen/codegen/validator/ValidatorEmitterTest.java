package io.github.oxencodegen.codegen.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.ClassName;
import io.github.oxencodegen.codegen.source.JavaFile;
import io.github.oxencodegen.codegen.support.SupportEmitter;
import io.github.oxencodegen.codegen.support.SupportFile;
import io.github.oxencodegen.testing.InMemoryCompiler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ValidatorEmitterTest {
    private static final String WAN = "overlay/wan-v2-7-reference-to-video";

    @Test
    void typedOverloadsValidateTheRequestsJsonAndRequireValidThrowsEveryViolation() throws Exception {
        String request = """
                package com.acme.oxen.wan;

                import com.fasterxml.jackson.databind.node.JsonNodeFactory;
                import com.fasterxml.jackson.databind.node.ObjectNode;

                public final class WanRequest {
                    private final ObjectNode json;

                    public WanRequest(String prompt, int duration) {
                        json = JsonNodeFactory.instance.objectNode().put("prompt", prompt).put("duration", duration);
                    }

                    public ObjectNode toJsonNode() {
                        return json.deepCopy();
                    }
                }
                """;
        String usage = """
                package usage;

                import com.acme.oxen.ValidationException;
                import com.acme.oxen.wan.WanRequest;
                import com.acme.oxen.wan.WanValidator;
                import java.util.function.Supplier;

                public final class Usage implements Supplier<String> {
                    @Override
                    public String get() {
                        WanRequest good = new WanRequest("A cat dances", 5);
                        WanRequest bad = new WanRequest("Image 3 dances", 1);
                        StringBuilder out = new StringBuilder();
                        out.append(WanValidator.isValid(good)).append(' ').append(WanValidator.validate(good)).append('\\n');
                        out.append(WanValidator.isValid(bad)).append('\\n');
                        WanValidator.requireValid(good);
                        try {
                            WanValidator.requireValid(bad);
                        } catch (ValidationException e) {
                            out.append(e.getMessage()).append('\\n').append(e.modelId()).append(' ').append(e.violations().get(1).keyword());
                            try {
                                e.violations().clear();
                            } catch (UnsupportedOperationException immutable) {
                                out.append(" immutable");
                            }
                        }
                        return out.toString();
                    }
                }
                """;
        JsonNode schema = ValidatorDifferentialTest.schemas().get(WAN);
        JavaFile validator = ValidatorEmitter.emit(CompiledValidator.SUPPORT, ClassName.get("com.acme.oxen.wan", "WanValidator"),
                ClassName.get("com.acme.oxen.wan", "WanRequest"), "wan-v2-7-reference-to-video", schema);
        Map<String, String> sources = new LinkedHashMap<>();
        for (SupportFile file : SupportEmitter.emit(CompiledValidator.SUPPORT, "")) {
            sources.put(file.type().canonicalName(), file.content());
        }
        sources.put("com.acme.oxen.wan.WanValidator", validator.toString());
        sources.put("com.acme.oxen.wan.WanRequest", request);
        sources.put("usage.Usage", usage);
        ClassLoader loader = InMemoryCompiler.compileSources(sources);
        @SuppressWarnings("unchecked")
        Supplier<String> run = (Supplier<String>) loader.loadClass("usage.Usage").getDeclaredConstructor().newInstance();
        assertThat(run.get()).isEqualTo("""
                true []
                false
                Request for model 'wan-v2-7-reference-to-video' has 2 violations:
                  /duration: must be at least 2, is 1 (minimum)
                  /prompt: refers to Image 3, but reference_images has no items (x-media-references)
                wan-v2-7-reference-to-video x-media-references immutable""");
    }

    @Test
    void theSameSchemaGivesByteIdenticalSource() throws Exception {
        JsonNode schema = ValidatorDifferentialTest.schemas().get(WAN);
        String first = ValidatorEmitter.emit(CompiledValidator.SUPPORT, ClassName.get("p", "V"), null, "m", schema).toString();
        String second = ValidatorEmitter.emit(CompiledValidator.SUPPORT, ClassName.get("p", "V"), null, "m", schema.deepCopy()).toString();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void schemaTextCannotBreakOutOfLiteralsOrComments() {
        String hostile = "*/ \\u000a \" $L \\ {@code x} \ud800 \n end";
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        ObjectNode property = schema.putObject("properties").putObject(hostile);
        property.put("type", "string").put("pattern", "^ok$|" + java.util.regex.Pattern.quote("*/ \\u000a \" $L {@code x}"))
                .put("description", hostile);
        schema.putArray("required").add(hostile);
        CompiledValidator validator = CompiledValidator.compileNormalized(Map.of("*/ model \\u000a", schema)).get("*/ model \\u000a");
        String pointer = "/" + hostile.replace("~", "~0").replace("/", "~1");
        assertThat(validator.where("{}")).containsExactly(pointer + " required");
        assertThat(validator.where(JsonNodeFactory.instance.objectNode().put(hostile, 1))).containsExactly(pointer + " type");
        assertThat(validator.isValid(JsonNodeFactory.instance.objectNode().put(hostile, "ok"))).isTrue();
    }

    @Test
    void aHugeSchemaIsSpreadOverMethodsThatCompile() {
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ObjectNode instance = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < 1000; i++) {
            properties.putObject("property_" + i).put("type", "integer").put("maximum", i);
            schema.withArray("required").add("property_" + i);
            instance.put("property_" + i, i);
        }
        ObjectNode choice = properties.putObject("choice");
        for (int i = 0; i < 1500; i++) {
            choice.withArray("enum").add("value " + i);
        }
        CompiledValidator validator = CompiledValidator.compileNormalized(Map.of("huge", schema)).get("huge");
        assertThat(validator.source()).contains("private static boolean isValidRootPart2(JsonNode node)");
        assertThat(validator.isValid(instance)).isTrue();
        instance.put("property_999", 1000).put("choice", "value 1500").remove("property_7");
        assertThat(validator.where(instance)).containsExactly("/property_7 required", "/property_999 maximum", "/choice enum");
    }

    @Test
    void theBooleanSchemasAcceptEverythingOrNothing() {
        Map<String, CompiledValidator> v = CompiledValidator.compile("always", "true", "never", "false", "annotations",
                "{\"title\": \"T\", \"x-order\": 1, \"basic\": [\"a\"]}");
        assertThat(v.get("always").isValid("{\"any\": 1}")).isTrue();
        assertThat(v.get("annotations").isValid("[1]")).isTrue();
        assertThat(v.get("never").violations("{}")).containsExactly("(root): no request is allowed: the request schema is false (false)");
        assertThat(v.get("never").isValid("null")).isFalse();
    }
}
