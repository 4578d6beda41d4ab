package io.github.oxencodegen.codegen.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.oxencodegen.GeneratedFile;
import io.github.oxencodegen.GenerationResult;
import io.github.oxencodegen.Generator;
import io.github.oxencodegen.GeneratorOptions;
import io.github.oxencodegen.schema.ModelInput;
import io.github.oxencodegen.schema.ModelDocument;
import io.github.oxencodegen.codegen.support.JacksonDialect;
import io.github.oxencodegen.testing.InMemoryCompiler;
import io.github.oxencodegen.testing.Jackson3Trees;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The generated {@code toJsonNode()} builds its tree straight from the fields; this proves it is the
 * tree Jackson's data binding makes of the same object ({@code ObjectMapper.valueToTree}, less
 * {@code "model"}): equal nodes of equal node types, in the same order. For every schema of the
 * validator differential test and every golden case, the request classes are generated and compiled,
 * and the nearly-fitting instances of {@link InstanceGenerator} read with the generated {@code fromJson}
 * (those it cannot read, a string where a number belongs, are skipped) are compared both ways. One
 * schema of its own nests the request in itself ({@code "$ref": "#"}), where Jackson writes
 * {@code "model"} inside the nested requests too.
 * The same request classes generated for Jackson 3 (compiled against Jackson 3 alone) read every
 * instance the Jackson 2 ones read, make the tree Jackson 3 makes of them, and give the same tree (numbers
 * by value: Jackson 2's trees write an enum's decimal 20 as {@code 2E+1}, Jackson 3's as {@code 20}),
 * the same body ({@code toJson()}, byte for byte) and the same violations as the Jackson 2 ones.
 * Lives beside the instance generator it reuses.
 */
class JsonTreeDifferentialTest {
    private static final int INSTANCES = Integer.getInteger("oxen.differential.instances", 2000) / 4;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** JSON equality with numbers compared by value ({@code 20} equals {@code 2E+1}). */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue())
            : a.equals(b) ? 0 : 1;

    @TestFactory
    Stream<DynamicTest> toJsonNodeIsTheTreeJacksonMakesOfTheObject() throws Exception {
        Map<String, JsonNode> schemas = new LinkedHashMap<>(ValidatorDifferentialTest.schemas());
        Path golden = Path.of(JsonTreeDifferentialTest.class.getResource("/golden").toURI());
        try (Stream<Path> cases = Files.list(golden)) {
            for (Path dir : cases.sorted().toList()) {
                JsonNode document = MAPPER.readTree(dir.resolve("schema.json").toFile());
                schemas.put("golden/" + dir.getFileName(), document.get("request_schema"));
            }
        }
        schemas.put("tree/request-nested-in-itself", MAPPER.readTree("""
                {"type": "object",
                 "properties": {
                   "prompt": {"type": "string"},
                   "child": {"$ref": "#"},
                   "kids": {"type": "array", "items": {"$ref": "#"}},
                   "shot": {"$ref": "#/definitions/shot"}},
                 "definitions": {
                   "shot": {"type": "object", "properties": {"parent": {"$ref": "#"}, "n": {"type": "integer"}}}}}
                """));
        return schemas.entrySet().stream()
                .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> compare(entry.getKey(), entry.getValue())));
    }

    private static void compare(String name, JsonNode schema) throws Throwable {
        ModelDocument model = new ModelDocument("tree-test", "/test", schema, name);
        Generated jackson2 = Generated.of(name, model, JacksonDialect.JACKSON_2);
        Generated jackson3 = Generated.of(name, model, JacksonDialect.JACKSON_3);

        InstanceGenerator instances = new InstanceGenerator(schema, new Random(name.hashCode()));
        int compared = 0;
        for (int i = 0; i < INSTANCES; i++) {
            JsonNode instance = instances.generate();
            if (!instance.isObject()) {
                continue;
            }
            Object request;
            try {
                request = jackson2.fromJson.invoke(instance.toString());
            } catch (Exception unreadable) { // JSON the request class cannot read: not this test's business
                assertThat(readsInJackson3(jackson3, instance)).as("%s: Jackson 3 reads what Jackson 2 cannot: %s", name, instance)
                        .isFalse();
                continue;
            }
            ObjectNode expected = MAPPER.valueToTree(request);
            if (!schema.path("properties").has("model")) {
                expected.remove("model"); // the envelope, unless the schema has a property of that name
            }
            ObjectNode actual = (ObjectNode) jackson2.toJsonNode.invoke(request);
            assertThat(actual).as("%s: toJsonNode() of %s", name, instance).isEqualTo(expected);
            assertThat(actual.toString()).as("%s: order and number forms for %s", name, instance).isEqualTo(expected.toString());

            Object request3 = jackson3.fromJson.invoke(instance.toString());
            tools.jackson.databind.node.ObjectNode expected3 = Jackson3Trees.MAPPER.valueToTree(request3);
            if (!schema.path("properties").has("model")) {
                expected3.remove("model");
            }
            Object actual3 = jackson3.toJsonNode.invoke(request3);
            assertThat(actual3.toString()).as("%s: Jackson 3 toJsonNode() of %s", name, instance).isEqualTo(expected3.toString());
            // by value: Jackson 2's trees strip a decimal's trailing zeros (an enum's 20 becomes 2E+1), Jackson 3's keep them
            assertThat(actual.equals(NUMBERS_BY_VALUE, MAPPER.readTree(actual3.toString())))
                    .as("%s: the same tree in both dialects for %s: %s and %s", name, instance, actual, actual3).isTrue();
            assertThat((String) jackson3.toJson.invoke(request3)).as("%s: the same body in both dialects for %s", name, instance)
                    .isEqualTo((String) jackson2.toJson.invoke(request));
            assertThat(jackson3.validate.invoke(request3).toString()).as("%s: the same violations in both dialects for %s", name, instance)
                    .isEqualTo(jackson2.validate.invoke(request).toString());
            compared++;
        }
        assertThat(compared).as("instances of %s that the request class reads", name).isGreaterThan(INSTANCES / 20);
    }

    private static boolean readsInJackson3(Generated jackson3, JsonNode instance) {
        try {
            jackson3.fromJson.invoke(instance.toString());
            return true;
        } catch (Throwable unreadable) {
            return false;
        }
    }

    /** A model's request class generated for one dialect and compiled (Jackson 3 against Jackson 3 alone). */
    private record Generated(MethodHandle fromJson, MethodHandle toJsonNode, MethodHandle toJson, MethodHandle validate) {
        static Generated of(String name, ModelDocument model, JacksonDialect jackson) throws Exception {
            GenerationResult result = new Generator().generate(new GeneratorOptions("com.acme.tree", true, jackson),
                    List.of(ModelInput.of(model)));
            Map<String, String> sources = new LinkedHashMap<>();
            String requestClass = null;
            for (GeneratedFile file : result.files()) {
                String className = file.relativePath().replace(".java", "").replace('/', '.');
                sources.put(className, file.content());
                if (file.content().contains("public static final String MODEL_ID")) {
                    requestClass = className;
                }
            }
            assertThat(requestClass).as("the request class of %s", name).isNotNull();
            Class<?> type = InMemoryCompiler.compileSources(sources, jackson).loadClass(requestClass);
            Class<?> objectNode = jackson == JacksonDialect.JACKSON_2 ? ObjectNode.class : tools.jackson.databind.node.ObjectNode.class;
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            return new Generated(lookup.findStatic(type, "fromJson", MethodType.methodType(type, String.class)),
                    lookup.findVirtual(type, "toJsonNode", MethodType.methodType(objectNode)),
                    lookup.findVirtual(type, "toJson", MethodType.methodType(String.class)),
                    lookup.findVirtual(type, "validate", MethodType.methodType(List.class)));
        }
    }
}
