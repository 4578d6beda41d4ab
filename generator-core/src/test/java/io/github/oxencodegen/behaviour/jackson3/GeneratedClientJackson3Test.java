package io.github.oxencodegen.behaviour.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.fake.EventStream;
import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.OxenPaths;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.generated3.GeneratedImages;
import io.github.oxencodegen.generated3.Generation;
import io.github.oxencodegen.generated3.GenerationStatus;
import io.github.oxencodegen.generated3.OxenClient;
import io.github.oxencodegen.generated3.OxenException;
import io.github.oxencodegen.generated3.OxenRequest;
import io.github.oxencodegen.generated3.ValidationException;
import io.github.oxencodegen.generated3.gpt_image_2.GptImage2Request;
import io.github.oxencodegen.generated3.wan_v2_7_reference_to_video.Reference;
import io.github.oxencodegen.generated3.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequest;
import io.github.oxencodegen.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Ordinary Java against the client generated for Jackson 3 beside the WAN 2.7 and GPT Image 2 classes
 * (package {@code io.github.oxencodegen.generated3}): the runtime translated by {@code JacksonDialect},
 * talking to the fake Oxen, reading Oxen's answers, events and errors with Jackson 3.
 */
class GeneratedClientJackson3Test {
    private static final String ID = "7cf9b23a-1234-5678-9abc-def012345678";

    private final FakeOxen oxen = FakeOxen.start();

    @AfterEach
    void stop() {
        oxen.close();
    }

    private OxenClient client() {
        return OxenClient.builder().apiKey("sk-generated-client").baseUrl(oxen.baseUrl() + "/api/ai")
                .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(5)).build();
    }

    @Test
    void anImageModelsRequestIsSentToItsEndpointAndAnswersTypedImages() {
        oxen.serve("POST", OxenPaths.IMAGES_GENERATE, Reply.json(200, Fixtures.path("generation/images-generate-200-url.json")));
        OxenRequest<GeneratedImages> request = GptImage2Request.builder().prompt("an ox in the snow").build();

        GeneratedImages images = client().generate(request);

        assertThat(images.first().urlIfAny()).get().asString().startsWith("https://hub.oxen.ai/");
        assertThat(images.json().getClass().getName()).startsWith("tools.jackson.databind.node.");
        assertThat(oxen.requests()).singleElement().satisfies(sent ->
                assertThat(sent.bodyText()).isEqualTo("{\"model\":\"gpt-image-2\",\"prompt\":\"an ox in the snow\"}"));
    }

    @Test
    void aVideoModelsRequestGoesThroughTheQueueAndItsEvents() {
        oxen.serve("GET", OxenPaths.EVENTS, Reply.events(EventStream.builder().comment("keep-alive")
                .event("media_generation_completed", "{\"generation_id\":\"" + ID + "\",\"status\":\"succeeded\"}").staysOpen()));
        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(200, "{\"generations\":[{\"generation_id\":\"" + ID + "\",\"status\":\"queued\"}]}"));
        oxen.serve("GET", OxenPaths.queueItem(ID), Reply.json(200, Fixtures.path("generation/queue-get-succeeded.json")));
        WanV27ReferenceToVideoRequest request = WanV27ReferenceToVideoRequest.builder().prompt("Image 1 walks through a garden")
                .addReferenceImage(Reference.builder().url("https://example.com/a.png").build()).build();

        Generation done = client().submitAndAwait(request, Duration.ofSeconds(10));

        assertThat(done.status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(done.id()).isEqualTo(ID);
        assertThat(oxen.requests("POST", OxenPaths.QUEUE)).singleElement().satisfies(sent -> assertThat(sent.bodyText())
                .startsWith("{\"model\":\"wan-v2-7-reference-to-video\",\"prompt\":\"Image 1 walks through a garden\""));
    }

    @Test
    void aPolledGenerationIsReadWithItsTimes() {
        oxen.serve("GET", OxenPaths.queueItem(ID), Reply.json(200, Fixtures.path("generation/queue-get-succeeded.json")));

        Generation generation = client().generation(ID);

        assertThat(generation.isFinal()).isTrue();
        assertThat(generation.model()).isEqualTo("wan-v2-7-reference-to-video");
        assertThat(generation.mediaType()).isEqualTo("video");
        assertThat(generation.completedAt()).isEqualTo(Instant.ofEpochSecond(1775091590));
        assertThat(generation.errorMessageIfAny()).isEmpty();
    }

    @Test
    void oxensErrorBodyIsReadIntoTheException() {
        oxen.serve("POST", OxenPaths.IMAGES_GENERATE, Reply.json(400, Fixtures.path("errors/400-invalid-params.json")));

        assertThatThrownBy(() -> client().generate(GptImage2Request.builder().prompt("an ox").build()))
                .isInstanceOfSatisfying(OxenException.class, e -> {
                    assertThat(e.kind()).isEqualTo(OxenException.Kind.INVALID_PARAMETERS);
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("'gpt-image-2'").contains("HTTP 400");
                });
    }

    @Test
    void anAnswerThatIsNotJsonIsAnInvalidResponse() {
        oxen.serve("POST", OxenPaths.IMAGES_GENERATE, Reply.json(200, "{\"created\": "));

        assertThatThrownBy(() -> client().generate(GptImage2Request.builder().prompt("an ox").build()))
                .isInstanceOfSatisfying(OxenException.class,
                        e -> assertThat(e.kind()).isEqualTo(OxenException.Kind.INVALID_RESPONSE));
    }

    @Test
    void aRequestBuiltUnvalidatedIsCheckedAgainBeforeAnythingIsSent() {
        GptImage2Request unchecked = GptImage2Request.builder().prompt(null).buildUnvalidated();

        assertThatThrownBy(() -> client().generate(unchecked)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("'gpt-image-2'").hasMessageContaining("/prompt");
        assertThat(oxen.requests()).isEmpty();
    }
}
