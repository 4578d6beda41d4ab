package io.github.oxencodegen.sample;

import io.github.oxencodegen.sample.oxen.ValidationException;
import io.github.oxencodegen.sample.oxen.flux_2_dev.Flux2DevRequest;
import io.github.oxencodegen.sample.oxen.wan_v2_7_reference_to_video.AspectRatio;
import io.github.oxencodegen.sample.oxen.wan_v2_7_reference_to_video.Reference;
import io.github.oxencodegen.sample.oxen.wan_v2_7_reference_to_video.Resolution;
import io.github.oxencodegen.sample.oxen.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequest;

/** The two WAN 2.7 reference-to-video requests the program shows, built with the generated builder. */
final class SampleRequests {
    private SampleRequests() {}

    /**
     * Two characters from reference images (the second with a voice of its own) walking through
     * the scene of a reference video: valid, so {@code build()} returns it.
     *
     * @throws ValidationException never, unless the model's schema changed under this sample
     */
    static WanV27ReferenceToVideoRequest valid() {
        return WanV27ReferenceToVideoRequest.builder()
                .prompt("Image 1 and Image 2 walk side by side through the garden of Video 1, talking, cinematic lighting.")
                .addReferenceImage(Reference.builder()
                        .url("https://example.com/oxen/alice.png")
                        .build())
                .addReferenceImage(Reference.builder()
                        .url("https://example.com/oxen/bob.png")
                        .referenceVoice("https://example.com/oxen/bob-voice.mp3")
                        .build())
                .addReferenceVideo(Reference.builder()
                        .url("https://example.com/oxen/garden.mp4")
                        .build())
                .aspectRatio(AspectRatio.V16_9)
                .resolution(Resolution.V1080P)
                .duration(8)
                .negativePrompt("blurry, distorted faces, text overlays")
                .seed(42)
                .build();
    }

    /** An image of FLUX.2 [dev], for {@code --sync}: the synchronous endpoint answers with the image itself. */
    static Flux2DevRequest image() {
        return Flux2DevRequest.builder()
                .prompt("A woolly ox standing in fresh snow at dawn, soft light, photograph.")
                .build();
    }

    /**
     * Breaks three of the model's documented rules: two reference images and four reference videos
     * (six references, five at most), 15 seconds with a reference video (10 at most), and a prompt
     * naming {@code Image 3} when there are two images. Built with {@code buildUnvalidated()}, since
     * {@code build()} would refuse it.
     */
    static WanV27ReferenceToVideoRequest wrong() {
        WanV27ReferenceToVideoRequest.Builder builder = valid().toBuilder()
                .prompt("Image 1 hands Image 3 a lantern while Video 1 plays behind them.")
                .duration(15);
        for (int n = 2; n <= 4; n++) {
            builder.addReferenceVideo(Reference.builder().url("https://example.com/oxen/scene-" + n + ".mp4").build());
        }
        return builder.buildUnvalidated();
    }
}
