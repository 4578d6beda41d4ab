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
import io.github.oxencodegen.testing.InMemoryCompiler;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Lives beside the instance generator it reuses.
 */
class JsonTreeDifferentialTest {
    private static final int INSTANCES = Integer.getInteger("oxen.differential.instances", 2000) / 4;
    private static final ObjectMapper MAPPER = new ObjectMapper();

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
        GenerationResult result = new Generator().generate(new GeneratorOptions("com.acme.tree"), List.of(ModelInput.of(model)));
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
        Class<?> type = InMemoryCompiler.compileSources(sources).loadClass(requestClass);
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        MethodHandle fromJson = lookup.findStatic(type, "fromJson", MethodType.methodType(type, String.class));
        MethodHandle toJsonNode = lookup.findVirtual(type, "toJsonNode", MethodType.methodType(ObjectNode.class));

        InstanceGenerator instances = new InstanceGenerator(schema, new Random(name.hashCode()));
        int compared = 0;
        for (int i = 0; i < INSTANCES; i++) {
            JsonNode instance = instances.generate();
            if (!instance.isObject()) {
                continue;
            }
            Object request;
            try {
                request = fromJson.invoke(instance.toString());
            } catch (Exception unreadable) { // JSON the request class cannot read: not this test's business
                continue;
            }
            ObjectNode expected = MAPPER.valueToTree(request);
            if (!schema.path("properties").has("model")) {
                expected.remove("model"); // the envelope, unless the schema has a property of that name
            }
            ObjectNode actual = (ObjectNode) toJsonNode.invoke(request);
            assertThat(actual).as("%s: toJsonNode() of %s", name, instance).isEqualTo(expected);
            assertThat(actual.toString()).as("%s: order and number forms for %s", name, instance).isEqualTo(expected.toString());
            compared++;
        }
        assertThat(compared).as("instances of %s that the request class reads", name).isGreaterThan(INSTANCES / 20);
    }
}
