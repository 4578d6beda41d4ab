package com.acme.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.oxen.ValidationException;
import com.acme.oxen.Violation;
import com.acme.oxen.flux_1_dev.AspectRatio;
import com.acme.oxen.flux_1_dev.Flux1DevRequest;
import com.acme.oxen.wan_v2_7_reference_to_video.Reference;
import com.acme.oxen.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ordinary code against the generated classes, as a user of the plugin writes it. */
class GeneratedRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aBuiltRequestIsTheJsonBodyOxenExpects() throws Exception {
        Flux1DevRequest request = Flux1DevRequest.builder()
                .prompt("an ox in a meadow")
                .aspectRatio(AspectRatio.V16_9)
                .numInferenceSteps(28)
                .build();

        JsonNode body = JSON.readTree(request.toJson());

        assertEquals("flux-1-dev", body.get("model").asText());
        assertEquals("an ox in a meadow", body.get("prompt").asText());
        assertEquals("16:9", body.get("aspect_ratio").asText());
        assertEquals(28, body.get("num_inference_steps").asInt());
        assertEquals(request, Flux1DevRequest.fromJson(request.toJson()));
    }

    @Test
    void everyViolationIsReportedAtOnceWithItsPointerAndKeyword() {
        Flux1DevRequest request = Flux1DevRequest.builder()
                .prompt(null) // the staged builder asks for the prompt; null leaves it out on purpose
                .numInferenceSteps(51)
                .guidance(10.5)
                .buildUnvalidated();

        List<Violation> violations = request.validate();

        assertTrue(violations.contains(violation(violations, "/prompt", "required")), violations::toString);
        assertTrue(violations.contains(violation(violations, "/num_inference_steps", "maximum")), violations::toString);
        assertTrue(violations.contains(violation(violations, "/guidance", "maximum")), violations::toString);
        ValidationException thrown = assertThrows(ValidationException.class, () -> request.toBuilder().build());
        assertEquals(violations, thrown.violations());
    }

    @Test
    void nestedItemsAreBuiltAndWrittenWithTheirWireNames() throws Exception {
        WanV27ReferenceToVideoRequest request = WanV27ReferenceToVideoRequest.builder()
                .prompt("@Image1 walks through @Image2")
                .addReferenceImage(Reference.builder().url("https://example.com/ox.png").build())
                .addReferenceImage(Reference.builder().url("https://example.com/field.png").build())
                .duration(5)
                .build();

        JsonNode body = JSON.readTree(request.toJson());

        assertEquals("wan-v2-7-reference-to-video", body.get("model").asText());
        assertEquals("https://example.com/field.png", body.get("reference_images").get(1).get("url").asText());
        assertTrue(request.validate().isEmpty());
    }

    private static Violation violation(List<Violation> violations, String pointer, String keyword) {
        return violations.stream()
                .filter(v -> v.pointer().equals(pointer) && v.keyword().equals(keyword))
                .findFirst()
                .orElse(new Violation(pointer, keyword, "(missing)"));
    }
}
