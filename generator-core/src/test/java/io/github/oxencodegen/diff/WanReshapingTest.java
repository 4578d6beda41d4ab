package io.github.oxencodegen.diff;

import static io.github.oxencodegen.diff.Contracts.json;
import static io.github.oxencodegen.diff.Contracts.lines;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.MergePatch;
import io.github.oxencodegen.schema.ModelDocument;
import io.github.oxencodegen.schema.ModelDocumentReader;
import io.github.oxencodegen.schema.PreparedContract;
import io.github.oxencodegen.schema.SchemaException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The main model reshaped the way a provider might: {@code input_image} a list, {@code duration} an
 * enum instead of a range, {@code seed} dropped, a required {@code model_version}, a new default and
 * description, and the documented-limits overlay (limits and if/then rules) on top.
 */
class WanReshapingTest {
    static final String MODEL = "wan-v2-7-reference-to-video";
    private static final String RESHAPE = """
            {"properties": {
               "duration": {"minimum": null, "maximum": null, "enum": [5, 10],
                            "description": "Output video duration in seconds: 5 or 10."},
               "input_image": {"type": "array", "format": null, "items": {"type": "string", "format": "uri"}},
               "resolution": {"default": "720P"},
               "seed": null,
               "model_version": {"type": "string", "enum": ["2.7"], "title": "Model Version"}},
             "required": ["prompt", "model_version"]}
            """;

    static PreparedContract published() {
        ModelDocument model = model();
        return Contracts.contract(MODEL, model.endpoint(), model.requestSchema());
    }

    static PreparedContract reshaped() {
        ModelDocument model = model();
        JsonNode schema = MergePatch.apply(MergePatch.apply(model.requestSchema(), json(RESHAPE)),
                resource("/fixtures/overlays/wan-v2-7-reference-to-video.documented-limits.json"));
        return Contracts.contract(MODEL, model.endpoint(), schema);
    }

    @Test
    void reshapingThePublishedContractIsBreakingChangeByChange() {
        String rangeRule = " | request: allOf rule added (if/then on reference_videos, reference_images);"
                + " it may reject requests accepted before";
        assertThat(lines(ContractDiffer.diff(published(), reshaped()))).containsExactly(
                "COSMETIC | /properties/duration/description | /duration | description-changed | duration: description changed",
                "BREAKING | /properties/duration/enum | /duration | enum-added | duration: now restricted to [5, 10]",
                "COMPATIBLE | /properties/duration/maximum | /duration | maximum-removed | duration: maximum 15 removed",
                "COMPATIBLE | /properties/duration/minimum | /duration | minimum-removed | duration: minimum 2 removed",
                "BREAKING | /properties/input_image/type | /input_image | type-changed"
                        + " | input_image: type changed from [string, null] to [array, null]",
                "BREAKING | /properties/negative_prompt/maxLength | /negative_prompt | max-length-added"
                        + " | negative_prompt: maxLength 500 added",
                "BREAKING | /properties/prompt/maxLength | /prompt | max-length-added | prompt: maxLength 5000 added",
                "BREAKING | /properties/reference_images/maxItems | /reference_images | max-items-added"
                        + " | reference_images: maxItems 5 added",
                "BREAKING | /properties/reference_videos/maxItems | /reference_videos | max-items-added"
                        + " | reference_videos: maxItems 5 added",
                "COMPATIBLE | /properties/resolution/default | /resolution | default-changed"
                        + " | resolution: default changed from \"1080P\" to \"720P\"",
                "BREAKING | /properties/model_version | /model_version | required-property-added"
                        + " | model_version: new required property; callers' code stops compiling (staged builders):"
                        + " add .modelVersion(...) after .prompt(...) in WanV27ReferenceToVideoRequest.builder()",
                "BREAKING | /properties/seed | /seed | property-removed | seed: property removed",
                "BREAKING | /allOf/0 | (root) | all-of-rule-added | request: allOf rule added (if/then on reference_videos, duration);"
                        + " it may reject requests accepted before",
                "BREAKING | /allOf/1 | (root) | all-of-rule-added" + rangeRule,
                "BREAKING | /allOf/2 | (root) | all-of-rule-added" + rangeRule,
                "BREAKING | /allOf/3 | (root) | all-of-rule-added" + rangeRule,
                "BREAKING | /allOf/4 | (root) | all-of-rule-added" + rangeRule,
                "BREAKING | /allOf/5 | (root) | all-of-rule-added" + rangeRule);
    }

    @Test
    void undoingTheReshapingLoosensEverythingButTheRetypeAndTheDroppedProperty() {
        String rangeRule = " | request: allOf rule removed (if/then on reference_videos, reference_images)";
        ContractDiff diff = ContractDiffer.diff(reshaped(), published());
        assertThat(lines(diff)).containsExactly(
                "COSMETIC | /properties/duration/description | /duration | description-changed | duration: description changed",
                "COMPATIBLE | /properties/duration/maximum | /duration | maximum-added"
                        + " | duration: maximum 15 added; every value allowed before (5, 10) still passes",
                "COMPATIBLE | /properties/duration/minimum | /duration | minimum-added"
                        + " | duration: minimum 2 added; every value allowed before (5, 10) still passes",
                "COMPATIBLE | /properties/duration/enum | /duration | enum-removed | duration: no longer restricted to [5, 10]",
                "BREAKING | /properties/input_image/type | /input_image | type-changed"
                        + " | input_image: type changed from [array, null] to [string, null]",
                "COMPATIBLE | /properties/negative_prompt/maxLength | /negative_prompt | max-length-removed"
                        + " | negative_prompt: maxLength 500 removed",
                "COMPATIBLE | /properties/prompt/maxLength | /prompt | max-length-removed | prompt: maxLength 5000 removed",
                "COMPATIBLE | /properties/reference_images/maxItems | /reference_images | max-items-removed"
                        + " | reference_images: maxItems 5 removed",
                "COMPATIBLE | /properties/reference_videos/maxItems | /reference_videos | max-items-removed"
                        + " | reference_videos: maxItems 5 removed",
                "COMPATIBLE | /properties/resolution/default | /resolution | default-changed"
                        + " | resolution: default changed from \"720P\" to \"1080P\"",
                "COMPATIBLE | /properties/seed | /seed | property-added | seed: new optional property",
                "BREAKING | /properties/model_version | /model_version | property-removed | model_version: property removed",
                "COMPATIBLE | /allOf/0 | (root) | all-of-rule-removed | request: allOf rule removed (if/then on reference_videos, duration)",
                "COMPATIBLE | /allOf/1 | (root) | all-of-rule-removed" + rangeRule,
                "COMPATIBLE | /allOf/2 | (root) | all-of-rule-removed" + rangeRule,
                "COMPATIBLE | /allOf/3 | (root) | all-of-rule-removed" + rangeRule,
                "COMPATIBLE | /allOf/4 | (root) | all-of-rule-removed" + rangeRule,
                "COMPATIBLE | /allOf/5 | (root) | all-of-rule-removed" + rangeRule);
        assertThat(diff.worst()).isEqualTo(Severity.BREAKING);
        assertThat(diff.count(Severity.COMPATIBLE)).isEqualTo(15);
    }

    @Test
    void thePublishedContractComparedWithItselfIsEmpty() {
        assertThat(ContractDiffer.diff(published(), published()).isEmpty()).isTrue();
    }

    private static ModelDocument model() {
        try {
            return new ModelDocumentReader()
                    .read(resource("/fixtures/models/" + MODEL + ".json"), "fixtures/models/" + MODEL + ".json", null)
                    .get(0);
        } catch (SchemaException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static JsonNode resource(String path) {
        try (InputStream in = WanReshapingTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + path + " is missing");
            }
            return json(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
