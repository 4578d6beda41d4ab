package io.github.oxencodegen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.oxencodegen.benchmarks.generated.Violation;
import io.github.oxencodegen.benchmarks.generated.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequestValidator;
import java.util.List;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** The validator benchmarks measure what they say: same inputs, the verdicts they are built for. */
class ValidatorBenchmarkTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ValidatorBenchmark benchmark(String request) throws Exception {
        ValidatorBenchmark benchmark = new ValidatorBenchmark();
        benchmark.request = request;
        benchmark.setUp();
        return benchmark;
    }

    @Test
    void theValidRequestHasTwoImagesOneVideoAndA300CharacterPrompt() {
        JsonNode valid = WanRequests.valid().toJsonNode();

        assertThat(valid.get("reference_images")).hasSize(2);
        assertThat(valid.get("reference_videos")).hasSize(1);
        String prompt = valid.get("prompt").textValue();
        assertThat(prompt.codePointCount(0, prompt.length())).isEqualTo(300);
    }

    @Test
    void everyValidatorAcceptsTheValidRequest() throws Exception {
        ValidatorBenchmark valid = benchmark("valid");

        assertThat(valid.generated()).isEmpty();
        assertThat(valid.generatedTyped()).isEmpty();
        assertThat(valid.everit()).isNull();
        assertThat(valid.networknt()).isEmpty();
    }

    @Test
    void theGeneratedValidatorFindsTheThreeViolationsOfTheInvalidRequest() throws Exception {
        ValidatorBenchmark invalid = benchmark("invalid");

        List<Violation> violations = invalid.generated();
        assertThat(violations).extracting(Violation::pointer, Violation::keyword).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/prompt", "x-media-references"),
                org.assertj.core.groups.Tuple.tuple("/duration", "maximum"),
                org.assertj.core.groups.Tuple.tuple("/negative_prompt", "maxLength"));
        assertThat(invalid.generatedTyped()).isEqualTo(violations);
    }

    @Test
    void theInterpretersFindTheTwoViolationsTheyKnowOf() throws Exception {
        ValidatorBenchmark invalid = benchmark("invalid");

        assertThat(Verdicts.everitCount(invalid.everit())).isEqualTo(2);
        assertThat(((ValidationException) invalid.everit()).getAllMessages())
                .anyMatch(message -> message.startsWith("#/duration"))
                .anyMatch(message -> message.startsWith("#/negative_prompt"));
        assertThat(invalid.networknt()).extracting(error -> error.getInstanceLocation().toString())
                .containsExactlyInAnyOrder("/duration", "/negative_prompt");
    }

    @Test
    void everyValidatorChecksTheUriFormatSoTheyDoComparableWork() throws Exception {
        ObjectNode request = WanRequests.valid().toJsonNode();
        ((ObjectNode) request.get("reference_images").get(0)).put("url", "not a uri");
        String schema = Fixtures.wanPreparedSchema().toString();

        List<Violation> generated = WanV27ReferenceToVideoRequestValidator.validate(request);
        List<Error> networknt = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(MAPPER.readTree(schema)).validate(request);
        List<String> everit;
        try {
            SchemaLoader.builder().schemaJson(new JSONObject(schema)).draftV7Support().build().load().build()
                    .validate(new JSONObject(request.toString()));
            everit = List.of();
        } catch (ValidationException e) {
            everit = e.getAllMessages();
        }

        assertThat(generated).extracting(Violation::keyword).containsExactly("format");
        assertThat(networknt).extracting(Error::getKeyword).containsExactly("format");
        // everit also reports the failed null branch of "type": ["array", "null"]
        assertThat(everit).anyMatch(message -> message.startsWith("#/reference_images/0/url: [not a uri] is not a valid URI"));
    }
}
