package io.github.oxencodegen.codegen.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.MergePatch;
import io.github.oxencodegen.schema.ModelDocument;
import io.github.oxencodegen.schema.ModelDocumentReader;
import io.github.oxencodegen.schema.SchemaException;
import io.github.oxencodegen.schema.SchemaNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import io.github.oxencodegen.codegen.support.JacksonDialect;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Judges thousands of generated and mutated instances per schema with the generated validator and
 * with networknt (draft-07, formats asserted) on the same normalised schema, and requires the same
 * verdict every time, with the validators generated for Jackson 2 and for Jackson 3 (given the same
 * instances as Jackson 3 trees, node type for node type). The schemas are every fixture model with a request schema, the WAN model
 * with its documented-limits overlay, and synthetic schemas that use every supported keyword.
 * {@code x-media-references} is Oxen's, unknown to networknt, so its violations are left out of the
 * comparison (it has its own tests). The few places where networknt departs from draft-07 are
 * listed, with the reason, in {@link OracleQuirks}.
 */
class ValidatorDifferentialTest {
    /** Instances per schema; {@code -Doxen.differential.instances} raises it for a longer hunt. */
    private static final int INSTANCES = Integer.getInteger("oxen.differential.instances", 2000);
    /** Added to each schema's seed; {@code -Doxen.differential.seed} explores other instances. */
    private static final long SEED = Long.getLong("oxen.differential.seed", 0L);
    private static final Path FIXTURES = Path.of(System.getProperty("oxen.fixtures", "src/test/resources/fixtures"));
    private static final String WAN = "wan-v2-7-reference-to-video";

    @TestFactory
    Stream<DynamicContainer> generatedValidatorsAgreeWithNetworknt() throws Exception {
        Map<String, JsonNode> schemas = schemas();
        return Stream.of(JacksonDialect.values()).map(jackson -> {
            Map<String, CompiledValidator> validators = CompiledValidator.compileNormalized(schemas, jackson);
            return DynamicContainer.dynamicContainer("generated for " + jackson, schemas.entrySet().stream()
                    .map(entry -> DynamicTest.dynamicTest(entry.getKey(),
                            () -> agree(entry.getKey(), entry.getValue(), validators.get(entry.getKey())))));
        });
    }

    private static void agree(String name, JsonNode schema, CompiledValidator validator) {
        NetworkntOracle oracle = new NetworkntOracle(schema);
        Random random = new Random(name.hashCode() + SEED);
        InstanceGenerator generator = new InstanceGenerator(schema, random);
        InstanceMutator mutator = new InstanceMutator(random, generator);
        List<String> disagreements = new ArrayList<>();
        int valid = 0;
        int compared = 0;
        for (int i = 0; i < INSTANCES; i++) {
            JsonNode instance = generator.generate();
            if (random.nextInt(3) == 0) {
                instance = mutator.mutate(instance);
            }
            List<String> ours = validator.violations(instance);
            boolean fast = validator.isValid(instance);
            if (fast != ours.isEmpty()) {
                disagreements.add("isValid says " + fast + " but validate says " + ours + " for " + instance);
            }
            if (OracleQuirks.excluded(schema, instance)) {
                continue;
            }
            compared++;
            List<String> schemaViolations = ours.stream().filter(v -> !v.endsWith("(" + MediaReferenceAssertion.KEYWORD + ")")).toList();
            List<com.networknt.schema.Error> theirs = oracle.errors(instance);
            if (schemaViolations.isEmpty() != theirs.isEmpty()) {
                disagreements.add("instance " + instance + "\n    generated: " + (schemaViolations.isEmpty() ? "valid" : schemaViolations)
                        + "\n    networknt: " + (theirs.isEmpty() ? "valid" : theirs));
            }
            valid += schemaViolations.isEmpty() ? 1 : 0;
        }
        assertThat(disagreements).as("schema %s: %s disagreements, first ones:\n%s", name, disagreements.size(),
                String.join("\n", disagreements.subList(0, Math.min(15, disagreements.size())))).isEmpty();
        assertThat(compared).as("instances compared for %s", name).isGreaterThan(INSTANCES / 5);
        if (!name.equals("synthetic/always") && !name.equals("synthetic/never")) {
            assertThat(valid).as("valid instances of %s", name).isBetween(compared / 100, compared - compared / 100);
        }
    }

    static Map<String, JsonNode> schemas() throws IOException, SchemaException, java.net.URISyntaxException {
        Map<String, JsonNode> schemas = new LinkedHashMap<>();
        ModelDocumentReader reader = new ModelDocumentReader();
        for (String folder : List.of("models", "real")) {
            try (Stream<Path> files = Files.list(FIXTURES.resolve(folder))) {
                for (Path file : files.sorted().toList()) {
                    for (ModelDocument model : reader.read(file)) {
                        if (model.hasRequestSchema()) {
                            schemas.put(folder + "/" + file.getFileName(), SchemaNormalizer.normalize(model.requestSchema(), model.id()));
                        }
                    }
                }
            }
        }
        ModelDocument wan = reader.read(FIXTURES.resolve("models/" + WAN + ".json")).get(0);
        JsonNode overlay = CompiledValidator.JSON.readTree(FIXTURES.resolve("overlays/" + WAN + ".documented-limits.json").toFile());
        schemas.put("overlay/" + WAN, SchemaNormalizer.normalize(MergePatch.apply(wan.requestSchema(), overlay), WAN));
        Path synthetic = Path.of(ValidatorDifferentialTest.class.getResource("/validator/synthetic").toURI());
        try (Stream<Path> files = Files.list(synthetic)) {
            for (Path file : files.sorted().toList()) {
                String name = "synthetic/" + file.getFileName().toString().replace(".json", "");
                schemas.put(name, SchemaNormalizer.normalize(CompiledValidator.JSON.readTree(file.toFile()), name));
            }
        }
        return schemas;
    }
}
