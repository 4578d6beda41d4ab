package io.github.oxencodegen.diff;

import static io.github.oxencodegen.diff.Contracts.changes;
import static io.github.oxencodegen.diff.Contracts.diff;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Probable renames: which removed and added properties pair, and how a rename is reported. */
class RenameChangesTest {
    /** seedream before Oxen's 2026 rename: {@code input_images}, an array of URLs. */
    private static final String SEEDREAM_BEFORE = """
            {"type": "object", "required": ["prompt"], "properties": {
              "prompt": {"type": "string"},
              "input_images": {"type": "array", "items": {"type": "string", "format": "uri"}, "maxItems": 10,
                "title": "Reference Images", "description": "Optional reference image URLs. Up to 10 images."}}}
            """;
    private static final String RENAMED = "input_images -> input_image?: probable rename (the same name but for case,"
            + " separators or a plural s, the same description, the same title); a request that sent input_images must send input_image now";

    @Test
    void aPropertyRemovedWhileOneOfTheSameWordsIsAddedIsOneBreakingProbableRenameWithBothPointers() {
        ContractDiff diff = diff(SEEDREAM_BEFORE, SEEDREAM_BEFORE.replace("input_images", "input_image"));

        assertThat(Contracts.lines(diff)).containsExactly(
                "BREAKING | /properties/input_image | /input_image | property-renamed | " + RENAMED);
        assertThat(diff.changes().get(0).renamedFrom()).isEqualTo(new Change.Place("/properties/input_images", "/input_images"));
    }

    @Test
    void theTwoPropertySchemasOfARenameAreComparedWithEachOther() {
        assertThat(changes(SEEDREAM_BEFORE, SEEDREAM_BEFORE.replace("input_images", "input_image")
                .replace("\"maxItems\": 10", "\"maxItems\": 4").replace("\"title\": \"Reference Images\"", "\"title\": \"Input\"")))
                .containsExactly(
                        "BREAKING | /properties/input_image | /input_image | property-renamed | input_images -> input_image?: probable rename"
                                + " (the same name but for case, separators or a plural s, the same description); a request that sent"
                                + " input_images must send input_image now",
                        "BREAKING | /properties/input_image/maxItems | /input_image | max-items-lowered | input_image: maxItems lowered from 10 to 4",
                        "COSMETIC | /properties/input_image/title | /input_image | title-changed | input_image: title changed from \"Reference Images\" to \"Input\"");
    }

    @Test
    void aPropertyDroppedWithNothingLikeItAddedStaysARemoval() {
        String before = """
                {"type": "object", "properties": {"prompt": {"type": "string"},
                  "thinking_level": {"type": "string", "enum": ["minimal", "high"], "title": "Thinking Level"}}}
                """;
        assertThat(changes(before, """
                {"type": "object", "properties": {"prompt": {"type": "string"}}}
                """)).containsExactly("BREAKING | /properties/thinking_level | /thinking_level | property-removed | thinking_level: property removed");
        assertThat(changes(before, """
                {"type": "object", "properties": {"prompt": {"type": "string"}, "thinking": {"type": "boolean", "title": "Thinking"}}}
                """)).containsExactly(
                "COMPATIBLE | /properties/thinking | /thinking | property-added | thinking: new optional property",
                "BREAKING | /properties/thinking_level | /thinking_level | property-removed | thinking_level: property removed");
    }

    @Test
    void anOppositeOrAnotherParameterOfTheSameTypeIsNoRename() {
        assertThat(changes("""
                {"properties": {"enable_safety_checker": {"type": "boolean"}, "top_k": {"type": "integer"}}}
                """, """
                {"properties": {"disable_safety_checker": {"type": "boolean"}, "top_p": {"type": "number"}}}
                """)).extracting(line -> line.split(" \\| ")[3])
                .containsExactly("property-added", "property-added", "property-removed", "property-removed");
    }

    @Test
    void aSimilarNameWithAnIncompatibleTypeIsNoRename() {
        assertThat(changes("""
                {"properties": {"input_images": {"type": "array", "items": {"type": "string"}}, "seed": {"type": ["integer", "null"]}}}
                """, """
                {"properties": {"input_image": {"type": ["string", "null"]}, "seeds": {"type": ["array", "null"]}}}
                """)).extracting(line -> line.split(" \\| ")[3])
                .containsExactly("property-added", "property-added", "property-removed", "property-removed");
    }

    @Test
    void arraysWhoseItemsShareNoTypeAreNoRename() {
        assertThat(changes("""
                {"properties": {"reference_images": {"type": "array", "items": {"type": "string", "format": "uri"}}}}
                """, """
                {"properties": {"reference_image": {"type": "array", "items": {"type": "object", "properties": {"url": {"type": "string"}}}}}}
                """)).extracting(line -> line.split(" \\| ")[3]).containsExactly("property-added", "property-removed");
    }

    @Test
    void theSameDescriptionPairsUnlikeNamesAndATypoFixPairsOnItsOwn() {
        assertThat(changes("""
                {"properties": {"num_images": {"type": "integer", "description": "How many images to generate."},
                  "negtive_prompt": {"type": "string"}}}
                """, """
                {"properties": {"num_outputs": {"type": "integer", "description": "How many  images to generate. "},
                  "negative_prompt": {"type": "string"}}}
                """)).containsExactly(
                "BREAKING | /properties/num_outputs | /num_outputs | property-renamed | num_images -> num_outputs?: probable rename"
                        + " (the same description); a request that sent num_images must send num_outputs now",
                "COSMETIC | /properties/num_outputs/description | /num_outputs | description-changed | num_outputs: description changed",
                "BREAKING | /properties/negative_prompt | /negative_prompt | property-renamed | negtive_prompt -> negative_prompt?:"
                        + " probable rename (the same name but for one letter); a request that sent negtive_prompt must send negative_prompt now");
    }

    @Test
    void twoRemovalsAndOneAdditionPairTheBetterEvidenceAndLeaveTheOtherARemoval() {
        assertThat(changes("""
                {"properties": {"image_url": {"type": "string", "description": "The image."},
                  "input_images": {"type": "string", "description": "The image."}}}
                """, """
                {"properties": {"input_image": {"type": "string", "description": "The image."}}}
                """)).extracting(line -> line.split(" \\| ", 5)[4]).containsExactly(
                "input_images -> input_image?: probable rename (the same name but for case, separators or a plural s, the same description);"
                        + " a request that sent input_images must send input_image now",
                "image_url: property removed");
    }

    @Test
    void amongEqualEvidenceTheEarlierRemovedPropertyPairsWhateverTheOrderOfTheAdditions() {
        String before = """
                {"properties": {"first": {"type": "string", "description": "Same."}, "second": {"type": "string", "description": "Same."}}}
                """;
        assertThat(changes(before, """
                {"properties": {"third": {"type": "string", "description": "Same."}}}
                """)).extracting(line -> line.split(" \\| ", 5)[4]).containsExactly(
                "first -> third?: probable rename (the same description); a request that sent first must send third now",
                "second: property removed");
        assertThat(changes(before, """
                {"properties": {"fourth": {"type": "string", "description": "Same."}, "third": {"type": "string", "description": "Same."}}}
                """)).extracting(line -> line.split(" \\| ", 5)[4]).containsExactly(
                "first -> fourth?: probable rename (the same description); a request that sent first must send fourth now",
                "second -> third?: probable rename (the same description); a request that sent second must send third now");
    }

    @Test
    void oneRemovalAndTwoAdditionsPairTheSimilarNameAndTheOtherIsAnAddition() {
        assertThat(changes("""
                {"properties": {"image_urls": {"type": "string"}}}
                """, """
                {"properties": {"image_uri": {"type": "string"}, "image_url": {"type": "string"}}}
                """)).extracting(line -> line.split(" \\| ", 5)[3] + " " + line.split(" \\| ", 5)[1]).containsExactly(
                "property-added /properties/image_uri", "property-renamed /properties/image_url");
    }

    @Test
    void aRenameInsideArrayItemsIsNamedByItsPlaceInTheRequestWithBothPointers() {
        ContractDiff diff = diff("""
                {"properties": {"refs": {"type": "array", "items": {"type": "object",
                  "properties": {"url": {"type": "string"}, "reference_voice": {"type": "string"}}}}}}
                """, """
                {"properties": {"refs": {"type": "array", "items": {"type": "object",
                  "properties": {"url": {"type": "string"}, "referenceVoices": {"type": "string"}}}}}}
                """);
        assertThat(Contracts.lines(diff)).containsExactly("BREAKING | /properties/refs/items/properties/referenceVoices | /refs/*/referenceVoices"
                + " | property-renamed | refs[*].reference_voice -> refs[*].referenceVoices?: probable rename (the same name but for case,"
                + " separators or a plural s); a request that sent reference_voice must send referenceVoices now");
        assertThat(diff.changes().get(0).renamedFrom())
                .isEqualTo(new Change.Place("/properties/refs/items/properties/reference_voice", "/refs/*/reference_voice"));
    }

    @Test
    void aRenameSaysWhenTheNewPropertyIsRequiredAndTheOldWasNot() {
        assertThat(changes("""
                {"properties": {"image": {"type": "string"}}}
                """, """
                {"properties": {"images": {"type": "string"}}, "required": ["images"]}
                """)).extracting(line -> line.split(" \\| ", 5)[4]).containsExactly(
                "image -> images?: probable rename (the same name but for case, separators or a plural s);"
                        + " a request that sent image must send images now; images is required, image was not");
    }

    @Test
    void referencesAreFollowedToJudgeTheType() {
        assertThat(changes("""
                {"definitions": {"urls": {"type": "array", "items": {"type": "string"}}},
                 "properties": {"input_images": {"$ref": "#/definitions/urls"}}}
                """, """
                {"definitions": {"urls": {"type": "array", "items": {"type": "string"}}},
                 "properties": {"input_image": {"$ref": "#/definitions/urls"}}}
                """)).extracting(line -> line.split(" \\| ", 5)[3]).containsExactly("property-renamed");
    }

    @Test
    void insideACombinatorBranchPropertiesOnlyLimitSoNothingIsReadAsRenamed() {
        assertThat(changes("""
                {"properties": {"a": {}}, "allOf": [{"properties": {"input_images": {"maxItems": 3}}}]}
                """, """
                {"properties": {"a": {}}, "allOf": [{"properties": {"input_image": {"maxItems": 3}}}]}
                """)).noneMatch(line -> line.contains("property-renamed"));
    }
}
