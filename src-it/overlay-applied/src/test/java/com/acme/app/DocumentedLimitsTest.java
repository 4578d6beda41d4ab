package com.acme.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.oxen.Violation;
import com.acme.oxen.wan_v2_7_reference_to_video.Reference;
import com.acme.oxen.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limits the overlay adds, which Oxen states only in its documentation, are checked by the generated code. */
class DocumentedLimitsTest {
    private static WanV27ReferenceToVideoRequest.Builder request() {
        return WanV27ReferenceToVideoRequest.builder().prompt("@Image1 dances");
    }

    private static Reference image(int n) {
        return Reference.builder().url("https://example.com/image-" + n + ".png").build();
    }

    private static Reference video(int n) {
        return Reference.builder().url("https://example.com/video-" + n + ".mp4").build();
    }

    @Test
    void thePromptMayHold5000CharactersCountedAsCodePoints() {
        String ox = "\uD83D\uDC02"; // one code point, two chars
        assertTrue(request().prompt(ox.repeat(5000)).buildUnvalidated().validate().isEmpty());

        List<Violation> violations = request().prompt(ox.repeat(5001)).buildUnvalidated().validate();

        assertEquals(1, violations.size(), violations::toString);
        assertEquals("/prompt", violations.get(0).pointer());
        assertEquals("maxLength", violations.get(0).keyword());
    }

    @Test
    void referenceImagesAndVideosTogetherAreAtMostFive() {
        WanV27ReferenceToVideoRequest.Builder five = request()
                .addReferenceImage(image(1)).addReferenceImage(image(2)).addReferenceImage(image(3))
                .addReferenceVideo(video(1)).addReferenceVideo(video(2));
        assertTrue(five.buildUnvalidated().validate().isEmpty(), () -> five.buildUnvalidated().validate().toString());

        List<Violation> six = five.addReferenceVideo(video(3)).buildUnvalidated().validate();

        assertTrue(!six.isEmpty(), "six references must be refused");
    }

    @Test
    void aReferenceVideoCapsTheDurationAtTenSeconds() {
        assertTrue(request().addReferenceImage(image(1)).duration(15).buildUnvalidated().validate().isEmpty());

        List<Violation> violations = request().addReferenceVideo(video(1)).duration(12).buildUnvalidated().validate();

        assertTrue(violations.stream().anyMatch(v -> v.pointer().equals("/duration") && v.keyword().equals("maximum")),
                violations::toString);
    }
}
