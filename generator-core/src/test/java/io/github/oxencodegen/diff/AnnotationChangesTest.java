package io.github.oxencodegen.diff;

import static io.github.oxencodegen.diff.Contracts.changes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnnotationChangesTest {
    private static String property(String keywords) {
        return "{\"properties\": {\"x\": {\"type\": \"integer\", " + keywords + "}}}";
    }

    @Test
    void aChangedDefaultIsCompatibleBecauseBehaviourChangesEvenThoughCodeCompiles() {
        assertThat(changes(property("\"default\": 5"), property("\"default\": 10")))
                .containsExactly("COMPATIBLE | /properties/x/default | /x | default-changed | x: default changed from 5 to 10");
        assertThat(changes(property("\"default\": 5"), property("\"title\": \"X\"")))
                .containsExactly(
                        "COSMETIC | /properties/x/title | /x | title-changed | x: title \"X\" added",
                        "COMPATIBLE | /properties/x/default | /x | default-changed | x: default 5 removed");
    }

    @Test
    void aDefaultEqualInValueIsNoChange() {
        assertThat(changes(property("\"default\": 5"), property("\"default\": 5.0"))).isEmpty();
    }

    @Test
    void titleAndDescriptionChangesAreCosmetic() {
        assertThat(changes(property("\"title\": \"Duration\", \"description\": \"Seconds.\""),
                property("\"title\": \"Length\", \"description\": \"Length in seconds.\"")))
                .containsExactly(
                        "COSMETIC | /properties/x/title | /x | title-changed | x: title changed from \"Duration\" to \"Length\"",
                        "COSMETIC | /properties/x/description | /x | description-changed | x: description changed");
    }

    @Test
    void orderAndVendorDisplayKeysAreCosmetic() {
        assertThat(changes(property("\"x-order\": 1, \"x-hidden\": false, \"x-custom-widget\": \"slider\""),
                property("\"x-order\": 2, \"x-hidden\": true, \"x-custom-widget\": \"knob\"")))
                .containsExactly(
                        "COSMETIC | /properties/x/x-order | /x | order-changed | x: x-order changed from 1 to 2",
                        "COSMETIC | /properties/x/x-hidden | /x | display-key-changed | x: x-hidden changed from false to true",
                        "COSMETIC | /properties/x/x-custom-widget | /x | display-key-changed"
                                + " | x: x-custom-widget changed from \"slider\" to \"knob\"");
        assertThat(changes("{\"basic\": [\"prompt\"], \"properties\": {}}", "{\"basic\": [\"prompt\", \"seed\"], \"properties\": {}}"))
                .containsExactly("COSMETIC | /basic | (root) | display-key-changed"
                        + " | request: basic changed from [\"prompt\"] to [\"prompt\", \"seed\"]");
    }

    @Test
    void aMediaReferenceGroupAddedIsBreakingBecauseTheValidatorStartsCheckingPrompts() {
        String images = """
                {"properties": {"prompt": {"type": "string", "x-media-references": {"groups": [
                  {"field": "reference_images", "pattern": "Image {n}"}]}}}}
                """;
        String imagesAndVideos = """
                {"properties": {"prompt": {"type": "string", "x-media-references": {"groups": [
                  {"field": "reference_images", "pattern": "Image {n}"}, {"field": "reference_videos", "pattern": "Video {n}"}]}}}}
                """;
        assertThat(changes(images, imagesAndVideos)).containsExactly(
                "BREAKING | /properties/prompt/x-media-references/groups/1 | /prompt | media-reference-added"
                        + " | prompt: references to reference_videos as \"Video {n}\" are now checked against its number of items");
        assertThat(changes(imagesAndVideos, images)).containsExactly(
                "COMPATIBLE | /properties/prompt/x-media-references/groups/1 | /prompt | media-reference-removed"
                        + " | prompt: references to reference_videos as \"Video {n}\" are no longer checked");
        assertThat(changes(images, images.replace("Image {n}", "Img {n}"))).containsExactly(
                "BREAKING | /properties/prompt/x-media-references/groups/0 | /prompt | media-reference-changed"
                        + " | prompt: reference pattern for reference_images changed from \"Image {n}\" to \"Img {n}\";"
                        + " it may reject prompts accepted before (conservative)");
    }

    @Test
    void anUnknownKeywordThatChangesIsBreakingConservativelyAndNeverDropped() {
        assertThat(changes(property("\"maxDigits\": 3"), property("\"maxDigits\": 2")))
                .containsExactly("BREAKING | /properties/x/maxDigits | /x | keyword-changed | x: keyword 'maxDigits' changed from 3 to 2;"
                        + " the diff cannot read it, so it may reject requests accepted before (conservative)");
    }

    @Test
    void aCustomViolationMessageThatChangesIsCosmeticLikeTheOtherVendorDisplayKeys() {
        assertThat(changes(property("\"x-message\": \"too long\""), property("\"x-message\": \"at most 10 seconds\"")))
                .containsExactly("COSMETIC | /properties/x/x-message | /x | display-key-changed"
                        + " | x: x-message changed from \"too long\" to \"at most 10 seconds\"");
    }

    @Test
    void aLaterDraftKeywordThatChangesIsBreakingConservativelyWhateverTheTypeSays() {
        assertThat(changes(property("\"unevaluatedProperties\": true"), property("\"unevaluatedProperties\": false")))
                .containsExactly("BREAKING | /properties/x/unevaluatedProperties | /x | keyword-changed"
                        + " | x: keyword 'unevaluatedProperties' changed from true to false;"
                        + " the diff cannot read it, so it may reject requests accepted before (conservative)");
    }
}
