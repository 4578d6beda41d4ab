package io.github.oxencodegen.benchmarks;

import io.github.oxencodegen.benchmarks.generated.wan_v2_7_reference_to_video.AspectRatio;
import io.github.oxencodegen.benchmarks.generated.wan_v2_7_reference_to_video.Reference;
import io.github.oxencodegen.benchmarks.generated.wan_v2_7_reference_to_video.Resolution;
import io.github.oxencodegen.benchmarks.generated.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequest;

/**
 * The two WAN 2.7 reference-to-video requests the validator benchmarks validate, built with the
 * generated builder. Both have two reference images, one reference video and a 300-character prompt.
 */
public final class WanRequests {
    /** Code points in each prompt. */
    public static final int PROMPT_LENGTH = 300;

    private static final String VALID_PROMPT_START =
            "Image 1 walks slowly through a sunlit garden in the painterly style of Image 2, "
                    + "moving exactly as the dancer moves in Video 1. ";

    private static final String INVALID_PROMPT_START =
            "Image 1 walks slowly through a sunlit garden in the painterly style of Image 2, "
                    + "then meets the figure of Image 3 by the fountain. ";

    private static final String FILLER =
            "Soft morning light, gentle wind in the leaves, a slow dolly shot, shallow depth of field, warm colours. ";

    private WanRequests() {}

    /**
     * A request every validator accepts: two images, one video, a 300-character prompt naming only
     * items that exist, duration 8 (at most 10 with a reference video), 16:9, 1080P.
     */
    public static WanV27ReferenceToVideoRequest valid() {
        return WanV27ReferenceToVideoRequest.builder()
                .prompt(prompt(VALID_PROMPT_START))
                .addReferenceImage(image(1))
                .addReferenceImage(image(2))
                .addReferenceVideo(video(1))
                .aspectRatio(AspectRatio.V16_9)
                .resolution(Resolution.V1080P)
                .duration(8)
                .build();
    }

    /**
     * The same request with exactly three violations: the prompt names {@code Image 3} of two images
     * ({@code x-media-references}, which only the generated validator knows), duration 12 while a
     * reference video is given (the overlay's {@code allOf/0}: at most 10), and a 501-character
     * negative prompt (the overlay's {@code maxLength} 500).
     */
    public static WanV27ReferenceToVideoRequest invalid() {
        return WanV27ReferenceToVideoRequest.builder()
                .prompt(prompt(INVALID_PROMPT_START))
                .addReferenceImage(image(1))
                .addReferenceImage(image(2))
                .addReferenceVideo(video(1))
                .aspectRatio(AspectRatio.V16_9)
                .resolution(Resolution.V1080P)
                .duration(12)
                .negativePrompt("x".repeat(501))
                .buildUnvalidated();
    }

    private static String prompt(String start) {
        StringBuilder prompt = new StringBuilder(start);
        while (prompt.length() < PROMPT_LENGTH) {
            prompt.append(FILLER);
        }
        prompt.setLength(PROMPT_LENGTH - 1);
        return prompt.append('.').toString();
    }

    private static Reference image(int n) {
        return Reference.builder().url("https://cdn.example.com/references/image-" + n + ".png").build();
    }

    private static Reference video(int n) {
        return Reference.builder().url("https://cdn.example.com/references/video-" + n + ".mp4").build();
    }
}
