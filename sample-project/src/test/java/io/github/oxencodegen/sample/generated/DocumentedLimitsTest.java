package io.github.oxencodegen.sample.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.oxencodegen.sample.oxen.ValidationException;
import io.github.oxencodegen.sample.oxen.Violation;
import io.github.oxencodegen.sample.oxen.wan_v2_7_reference_to_video.Reference;
import io.github.oxencodegen.sample.oxen.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequest;
import io.github.oxencodegen.sample.oxen.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequestValidator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The limits Oxen documents only in prose, enforced through the overlay in src/main/oxen/overlays. */
class DocumentedLimitsTest {
    private static List<Violation> violations(String prompt, int images, int videos, Integer duration) {
        WanV27ReferenceToVideoRequest.Builder builder = WanV27ReferenceToVideoRequest.builder().prompt(prompt).duration(duration);
        IntStream.rangeClosed(1, images).forEach(n -> builder.addReferenceImage(
                Reference.builder().url("https://example.com/image-" + n + ".png").build()));
        IntStream.rangeClosed(1, videos).forEach(n -> builder.addReferenceVideo(
                Reference.builder().url("https://example.com/video-" + n + ".mp4").build()));
        return builder.buildUnvalidated().validate();
    }

    private static List<Violation> references(int images, int videos) {
        return violations("a garden", images, videos, null);
    }

    @Test
    void aPromptOf5000CodePointsIsAcceptedEvenWhenItIs10000Chars() {
        String emoji = "\uD83C\uDFA5";
        assertThat(violations(emoji.repeat(5000), 0, 0, null)).isEmpty();
    }

    @Test
    void aPromptOf5001CodePointsIsTooLong() {
        assertThat(violations("x".repeat(5001), 0, 0, null)).extracting(Violation::pointer, Violation::keyword)
                .containsExactly(tuple("/prompt", "maxLength"));
    }

    @Test
    void aNegativePromptOver500CodePointsIsTooLong() {
        List<Violation> violations = WanV27ReferenceToVideoRequest.builder()
                .prompt("a garden").negativePrompt("n".repeat(501)).buildUnvalidated().validate();

        assertThat(violations).extracting(Violation::pointer, Violation::keyword).containsExactly(tuple("/negative_prompt", "maxLength"));
        assertThat(WanV27ReferenceToVideoRequest.builder().prompt("a garden").negativePrompt("n".repeat(500)).build()).isNotNull();
    }

    @Test
    void fiveReferencesInAnyMixAreAccepted() {
        assertThat(references(5, 0)).isEmpty();
        assertThat(references(4, 1)).isEmpty();
        assertThat(references(1, 4)).isEmpty();
        assertThat(references(0, 5)).isEmpty();
    }

    @Test
    void sixImagesAreTooMany() {
        assertThat(references(6, 0)).extracting(Violation::pointer, Violation::keyword)
                .containsExactly(tuple("/reference_images", "maxItems"));
    }

    @Test
    void sixVideosAreTooMany() {
        assertThat(references(0, 6)).extracting(Violation::pointer, Violation::keyword)
                .containsExactly(tuple("/reference_videos", "maxItems"));
    }

    @Test
    void imagesAndVideosTogetherMayNotPassFiveAndTheImagesAreBlamed() {
        assertThat(references(3, 3)).extracting(Violation::pointer, Violation::keyword, Violation::message, Violation::condition)
                .containsExactly(tuple("/reference_images", "maxItems",
                        "reference images and videos may total 5 (must have at most 2 items, has 3)",
                        "reference_videos has at least 3 items (#/allOf/3/if)"));
        assertThat(references(2, 4)).extracting(Violation::pointer, Violation::keyword, Violation::message, Violation::condition)
                .containsExactly(tuple("/reference_images", "maxItems",
                        "reference images and videos may total 5 (must have at most 1 item, has 2)",
                        "reference_videos has at least 4 items (#/allOf/4/if)"));
    }

    @Test
    void fifteenSecondsAreTooLongOnceAReferenceVideoIsGiven() {
        assertThat(violations("a garden", 1, 1, 15)).extracting(Violation::pointer, Violation::keyword, Violation::message,
                        Violation::condition)
                .containsExactly(tuple("/duration", "maximum",
                        "with a reference video, a clip lasts 10 seconds at most (must be at most 10, is 15)",
                        "reference_videos has at least 1 item (#/allOf/0/if)"));
        assertThat(violations("a garden", 1, 1, 10)).isEmpty();
    }

    @Test
    void fifteenSecondsAreFineWithImagesOnly() {
        assertThat(violations("a garden", 2, 0, 15)).isEmpty();
        assertThat(violations("a garden", 2, 0, 16)).extracting(Violation::pointer, Violation::keyword)
                .containsExactly(tuple("/duration", "maximum"));
    }

    @Test
    void aPromptNamingImage3WithTwoImagesNamesAnImageThatIsNotThere() {
        assertThat(violations("Image 1 hands Image 3 a lantern", 2, 0, null))
                .extracting(Violation::pointer, Violation::keyword, Violation::message)
                .containsExactly(tuple("/prompt", "x-media-references", "refers to Image 3, but reference_images has 2 items"));
        assertThat(violations("Image 1 hands Image 2 a lantern", 2, 0, null)).isEmpty();
    }

    @Test
    void aPromptNamingAVideoThatIsNotThereIsCaughtToo() {
        assertThat(violations("Video 2 plays", 0, 1, null)).extracting(Violation::pointer, Violation::keyword)
                .containsExactly(tuple("/prompt", "x-media-references"));
    }

    @Test
    void buildReportsEveryViolationAtOnce() {
        WanV27ReferenceToVideoRequest.Builder builder = WanV27ReferenceToVideoRequest.builder()
                .prompt("Image 1 hands Image 3 a lantern").duration(15);
        IntStream.rangeClosed(1, 2).forEach(n -> builder.addReferenceImage(Reference.builder().url("https://example.com/" + n + ".png").build()));
        IntStream.rangeClosed(1, 4).forEach(n -> builder.addReferenceVideo(Reference.builder().url("https://example.com/" + n + ".mp4").build()));

        assertThatThrownBy(builder::build).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(Violation::pointer, Violation::keyword)
                .containsExactlyInAnyOrder(tuple("/reference_images", "maxItems"), tuple("/duration", "maximum"),
                        tuple("/prompt", "x-media-references")));
    }

    @Test
    void theValidatorJudgesJsonFromElsewhereTheSameWay() throws Exception {
        var body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{\"prompt\":\"Image 3\",\"reference_images\":[{\"url\":\"https://example.com/1.png\"}],"
                        + "\"reference_videos\":[{\"url\":\"https://example.com/1.mp4\"}],\"duration\":12}");

        assertThat(WanV27ReferenceToVideoRequestValidator.validate(body)).extracting(Violation::pointer, Violation::keyword)
                .containsExactlyInAnyOrder(tuple("/prompt", "x-media-references"), tuple("/duration", "maximum"));
    }
}
