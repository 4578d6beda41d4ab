package com.acme.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.oxen.OxenClient;
import com.acme.oxen.Violation;
import com.acme.oxen.flux_1_dev.AspectRatio;
import com.acme.oxen.flux_1_dev.Flux1DevRequest;
import com.acme.oxen.flux_1_dev.Flux1DevRequestValidator;
import com.acme.oxen.wan_v2_7_reference_to_video.ReferenceImage;
import com.acme.oxen.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequest;
import com.acme.oxen.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequestValidator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Ordinary code of a Jackson 3 project against the classes the plugin generated for it. */
class JacksonThreeOnlyTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void jackson2sDatabindIsNotOnTheClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("com.fasterxml.jackson.core.JsonProcessingException"));
    }

    @Test
    void aRequestGoesThroughBuildToJsonFromJsonAndValidateWithJackson3() {
        Flux1DevRequest request = Flux1DevRequest.builder()
                .prompt("an ox in a meadow")
                .aspectRatio(AspectRatio.V16_9)
                .numInferenceSteps(28)
                .build();

        String json = request.toJson();
        JsonNode body = JSON.readTree(json);

        assertEquals("{\"model\":\"flux-1-dev\",\"prompt\":\"an ox in a meadow\",\"aspect_ratio\":\"16:9\",\"num_inference_steps\":28}",
                json);
        assertEquals("16:9", body.get("aspect_ratio").stringValue());
        assertEquals(request, Flux1DevRequest.fromJson(json));
        assertEquals(List.of(), Flux1DevRequestValidator.validate(body));
    }

    @Test
    void rawAndTypedValidationAgree() {
        Flux1DevRequest request = Flux1DevRequest.builder().prompt(null).numInferenceSteps(51).buildUnvalidated();

        List<Violation> typed = request.validate();
        List<Violation> raw = Flux1DevRequestValidator.validate(JSON.readTree(request.toJson()));

        assertEquals(typed, raw);
        assertTrue(typed.stream().anyMatch(v -> v.pointer().equals("/prompt") && v.keyword().equals("required")), typed::toString);
        assertTrue(typed.stream().anyMatch(v -> v.pointer().equals("/num_inference_steps") && v.keyword().equals("maximum")),
                typed::toString);
    }

    @Test
    void nestedItemsAndUnknownPropertiesSurviveAJsonRoundTrip() {
        String json = "{\"model\":\"wan-v2-7-reference-to-video\",\"prompt\":\"@Image1 walks\","
                + "\"reference_images\":[{\"url\":\"https://example.com/ox.png\"}],\"camera\":{\"pan\":\"left\"}}";

        WanV27ReferenceToVideoRequest request = WanV27ReferenceToVideoRequest.fromJson(json);

        assertEquals(Optional.of(List.of(ReferenceImage.builder().url("https://example.com/ox.png").build())), request.referenceImages());
        assertEquals(json, request.toJson());
        assertEquals(List.of(), WanV27ReferenceToVideoRequestValidator.validate(JSON.readTree(json)));
    }

    @Test
    void textThatIsNotJsonFailsWithJacksonsUncheckedException() {
        assertThrows(JacksonException.class, () -> Flux1DevRequest.fromJson("{\"prompt\": "));
    }

    @Test
    void theClientIsThereForJackson3Too() {
        OxenClient client = OxenClient.builder().apiKey("sk-never-sent").baseUrl("http://127.0.0.1:9/api/ai").build();
        assertTrue(client.toString().contains("127.0.0.1"), client::toString);
    }
}
