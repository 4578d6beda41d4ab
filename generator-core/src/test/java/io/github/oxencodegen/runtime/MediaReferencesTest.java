package io.github.oxencodegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaReferencesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<MediaReferences> IMAGES = List.of(MediaReferences.compile("reference_images", "Image {n}"));

    private static JsonNode withImages(int count) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < count; i++) {
            items.append(i == 0 ? "" : ",").append("{}");
        }
        return node("{\"reference_images\": [" + items + "]}");
    }

    private static JsonNode node(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<String> check(String prompt, JsonNode parent, List<MediaReferences> groups) {
        List<Violation> out = new ArrayList<>();
        MediaReferences.collect(prompt, parent, groups, InstancePath.root().child("prompt"), out);
        assertThat(MediaReferences.allExist(prompt, parent, groups)).as("allExist agrees with check").isEqualTo(out.isEmpty());
        return out.stream().map(Violation::toString).toList();
    }

    @Test
    void aMentionOfAnExistingItemPasses() {
        assertThat(check("Image 1 and Image 2 dance", withImages(2), IMAGES)).isEmpty();
    }

    @Test
    void aMentionPastTheLastItemIsReportedOnceWithTheCount() {
        assertThat(check("Image 3 then Image 3 again", withImages(2), IMAGES))
                .containsExactly("/prompt: refers to Image 3, but reference_images has 2 items (x-media-references)");
        assertThat(check("Image 2", withImages(1), IMAGES))
                .containsExactly("/prompt: refers to Image 2, but reference_images has 1 item (x-media-references)");
        assertThat(check("Image 1", withImages(0), IMAGES))
                .containsExactly("/prompt: refers to Image 1, but reference_images has no items (x-media-references)");
    }

    @Test
    void itemsAreNumberedFromOneAndLeadingZerosAreTheSameItem() {
        assertThat(check("Image 0", withImages(3), IMAGES))
                .containsExactly("/prompt: refers to Image 0, but the items of reference_images are numbered from 1 (x-media-references)");
        assertThat(check("Image 007 and Image 7", withImages(3), IMAGES))
                .containsExactly("/prompt: refers to Image 7, but reference_images has 3 items (x-media-references)");
    }

    @Test
    void aMentionIsAWholeRunOfDigits() {
        assertThat(check("Image 30", withImages(3), IMAGES)).hasSize(1);
        assertThat(check("Image 99999999999999999999", withImages(3), IMAGES)).hasSize(1);
    }

    @Test
    void lettersMatchInEitherCaseAndWhitespaceMatchesAnyRunOrNone() {
        assertThat(check("image4, IMAGE\t\n4, @Image4", withImages(3), IMAGES)).hasSize(1);
        assertThat(check("Imagen 4", withImages(3), IMAGES)).isEmpty();
    }

    @Test
    void anAbsentOrNullSiblingHasNoItemsAndANonArrayIsLeftToItsTypeCheck() {
        assertThat(check("Image 1", node("{}"), IMAGES)).hasSize(1);
        assertThat(check("Image 1", node("{\"reference_images\": null}"), IMAGES)).hasSize(1);
        assertThat(check("Image 1", node("{\"reference_images\": \"x\"}"), IMAGES)).isEmpty();
    }

    @Test
    void textAfterTheNumberIsPartOfThePattern() {
        List<MediaReferences> videos = List.of(MediaReferences.compile("videos", "[video {n}]"));
        JsonNode parent = node("{\"videos\": [{}]}");

        assertThat(check("[video 2]", parent, videos))
                .containsExactly("/prompt: refers to [video 2], but videos has 1 item (x-media-references)");
        assertThat(check("[video 2 ", parent, videos)).isEmpty();
    }

    @Test
    void eachGroupChecksItsOwnField() {
        List<MediaReferences> groups = List.of(
                MediaReferences.compile("images", "Image {n}"), MediaReferences.compile("videos", "Video {n}"));
        JsonNode parent = node("{\"images\": [{}, {}], \"videos\": [{}]}");

        assertThat(check("Image 2 with Video 2", parent, groups))
                .containsExactly("/prompt: refers to Video 2, but videos has 1 item (x-media-references)");
    }

    @Test
    void aPatternNeedsTheNumberPlaceholderExactlyOnce() {
        assertThatIllegalArgumentException().isThrownBy(() -> MediaReferences.compile("f", "Image"))
                .withMessage("a media reference pattern needs {n} exactly once: Image");
        assertThatIllegalArgumentException().isThrownBy(() -> MediaReferences.compile("f", "{n} of {n}"))
                .withMessage("a media reference pattern needs {n} exactly once: {n} of {n}");
    }
}
