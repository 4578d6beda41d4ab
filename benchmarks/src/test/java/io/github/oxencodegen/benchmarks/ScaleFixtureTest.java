package io.github.oxencodegen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.oxencodegen.GeneratedFile;
import io.github.oxencodegen.GenerationResult;
import io.github.oxencodegen.Generator;
import io.github.oxencodegen.GeneratorOptions;
import io.github.oxencodegen.schema.ContractPreparer;
import io.github.oxencodegen.schema.ModelDocument;
import io.github.oxencodegen.schema.ModelIds;
import io.github.oxencodegen.schema.ModelInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The 300-model catalog of the scale benchmark: 300 distinct ids and contracts the generator accepts. */
class ScaleFixtureTest {
    private static final ObjectNode CATALOG = ScaleFixture.catalog(ScaleFixture.DEFAULT_MODELS);

    @Test
    void itHas300ValidDistinctIdsTheFirst19BeingTheRealModels() throws Exception {
        List<String> ids = new ArrayList<>();
        CATALOG.get("data").forEach(model -> ids.add(model.get("id").asText()));

        assertThat(ids).hasSize(300).doesNotHaveDuplicates().allMatch(ModelIds::isValid);
        assertThat(ids.subList(0, 19)).containsExactlyElementsOf(LoopbackOxenServer.generatableIds(Fixtures.bytes("models-list.json")));
        assertThat(ids).contains("wan-v2-7-reference-to-video-variant-15", "flux-1-dev-variant-1");
    }

    @Test
    void everyContractIsDifferentFromEveryOtherEvenBeyondTheNewProperties() {
        Set<JsonNode> schemas = new HashSet<>();
        Set<List<String>> propertyNameSets = new HashSet<>();
        CATALOG.get("data").forEach(model -> {
            schemas.add(model.get("request_schema"));
            List<String> names = new ArrayList<>();
            model.get("request_schema").get("properties").fieldNames().forEachRemaining(names::add);
            propertyNameSets.add(names);
        });

        assertThat(schemas).hasSize(300);
        // not just one extra field each: most variants have a property set of their own
        assertThat(propertyNameSets).hasSizeGreaterThan(250);
    }

    @Test
    void theSameCountGivesTheSameCatalog() {
        assertThat(ScaleFixture.catalog(300)).isEqualTo(CATALOG);
    }

    @Test
    void everyContractPassesTheGeneratorsChecks() throws Exception {
        for (JsonNode model : CATALOG.get("data")) {
            // parsed, normalised and checked against the draft-07 meta-schema; throws naming the model if not
            ContractPreparer.prepare(input(model));
        }
    }

    @Test
    void theGeneratorGeneratesARequestAndAValidatorForTheMostVariedModels() throws Exception {
        // generating all 300 takes half a minute on two cores; the last 19 are the most varied of them
        // (variant 15 of each real model); benchmarks/scale-build.sh generates and compiles all 300
        List<ModelInput> inputs = new ArrayList<>();
        JsonNode data = CATALOG.get("data");
        for (int i = data.size() - 19; i < data.size(); i++) {
            inputs.add(input(data.get(i)));
        }

        GenerationResult result = new Generator().generate(new GeneratorOptions("com.example.oxen"), inputs);

        List<String> paths = result.files().stream().map(GeneratedFile::relativePath).toList();
        assertThat(paths).filteredOn(path -> path.endsWith("RequestValidator.java")).hasSize(19);
        assertThat(paths).contains("com/example/oxen/flux_1_dev_variant_15/Flux1DevVariant15Request.java");
    }

    private static ModelInput input(JsonNode model) {
        String id = model.get("id").asText();
        return ModelInput.of(new ModelDocument(id, model.get("endpoint").asText(), model.get("request_schema"), id));
    }
}
