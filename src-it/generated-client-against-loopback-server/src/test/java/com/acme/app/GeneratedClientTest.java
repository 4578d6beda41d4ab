package com.acme.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.oxen.GeneratedImages;
import com.acme.oxen.Generation;
import com.acme.oxen.GenerationStatus;
import com.acme.oxen.OxenClient;
import com.acme.oxen.ValidationException;
import com.acme.oxen.flux_1_dev.Flux1DevRequest;
import com.acme.oxen.wan_v2_7_reference_to_video.Reference;
import com.acme.oxen.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Ordinary code against the generated client, as a user of the plugin writes it, talking to the fake Oxen. */
class GeneratedClientTest {
    private static final Path DOWNLOADS = Path.of("target", "downloads");

    private static OxenClient client() {
        return OxenClient.builder().apiKey("sk-it-client-key").baseUrl(System.getProperty("oxen.baseUrl") + "/api/ai").build();
    }

    @Test
    void anImageIsGeneratedSynchronouslyAndDownloaded() throws Exception {
        GeneratedImages images = client().generate(Flux1DevRequest.builder().prompt("an ox in a meadow").build());

        Path file = client().download(images.first(), DOWNLOADS.resolve("ox.png"));

        assertEquals("flux-2-dev", images.model());
        assertArrayEquals("PNG bytes of an ox".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    @Test
    void aVideoIsQueuedAwaitedThroughTheEventStreamAndDownloaded() throws Exception {
        OxenClient client = client();
        Generation video = client.submitAndAwait(WanV27ReferenceToVideoRequest.builder().prompt("Image 1 walks through a garden")
                        .addReferenceImage(Reference.builder().url("https://example.com/a.png").build()).build(),
                Duration.ofSeconds(30));

        Path file = client.download(video, DOWNLOADS.resolve("garden.mp4"));

        assertEquals(GenerationStatus.SUCCEEDED, video.status());
        assertArrayEquals("MP4 bytes of a garden walk".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
        assertFalse(client.toString().contains("sk-it-client-key"));
    }

    @Test
    void anInvalidRequestIsRefusedBeforeAnythingIsSent() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> client().generate(Flux1DevRequest.builder().prompt(null).buildUnvalidated()));

        assertTrue(e.getMessage().contains("/prompt"), e.getMessage());
    }
}
