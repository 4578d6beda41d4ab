package io.github.oxencodegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.OxenPaths;
import io.github.oxencodegen.fake.RecordedRequest;
import io.github.oxencodegen.fake.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OxenClientSyncTest {
    static final String KEY = "sk-oxen-test-7f3a91c2";
    static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

    private final FakeOxen oxen = FakeOxen.start();

    @AfterEach
    void stop() {
        oxen.close();
    }

    static Reply fixture(String name) {
        return Reply.json(200, FIXTURES.resolve(name));
    }

    static Reply error(int status, String name) {
        return Reply.json(status, FIXTURES.resolve(name));
    }

    static OxenClient.Builder clientOf(FakeOxen oxen) {
        return OxenClient.builder().apiKey(KEY).baseUrl(oxen.baseUrl() + "/api/ai").userAgent("oxen-test/1")
                .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(5)).requestTimeout(Duration.ofSeconds(5));
    }

    @Test
    void generateSendsOnePostWithTheModelTheParametersTheKeyAndTheUserAgent() {
        oxen.serve("POST", OxenPaths.VIDEOS_GENERATE, fixture("generation/videos-generate-200-url.json"));

        GeneratedVideos videos = clientOf(oxen).build().generate(TestRequest.video());

        assertThat(oxen.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/api/ai/videos/generate");
            assertThat(request.header("Authorization")).contains("Bearer " + KEY);
            assertThat(request.header("Content-Type")).contains("application/json");
            assertThat(request.header("User-Agent")).contains("oxen-test/1");
            assertThat(request.bodyText()).isEqualTo(
                    "{\"model\":\"wan-v2-7-reference-to-video\",\"prompt\":\"Image 1 walks through a garden\",\"duration\":5}");
        });
        assertThat(videos.model()).isEqualTo("wan-v2-7-reference-to-video");
        assertThat(videos.created()).isEqualTo(Instant.ofEpochSecond(1775090508));
        assertThat(videos.first().urlIfAny()).contains(
                "https://hub.oxen.ai/api/repos/alice/workbench/file/main/generations/2026-04-02/7cf9b23a.mp4?expires=1775176908&sig=3f9a");
    }

    @Test
    void aResponseFormatIsSentAndBase64ItemsAreRead() {
        oxen.serve("POST", OxenPaths.VIDEOS_GENERATE, fixture("generation/videos-generate-200-b64.json"));

        GeneratedVideos videos = clientOf(oxen).build().generate(TestRequest.video(), ResponseFormat.B64_JSON);

        assertThat(oxen.requests().get(0).bodyText()).endsWith(",\"response_format\":\"b64_json\"}");
        assertThat(videos.first().urlIfAny()).isEmpty();
        assertThat(videos.first().bytesIfAny()).get().satisfies(bytes -> assertThat(new String(bytes, 4, 4,
                java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("ftyp"));
    }

    @Test
    void anImageRequestGoesToTheImagesEndpointAndReadsImages() throws Exception {
        oxen.serve("POST", OxenPaths.IMAGES_GENERATE, fixture("generation/images-generate-200-url.json"));

        CompletableFuture<GeneratedImages> images = clientOf(oxen).build().generateAsync(TestRequest.image());

        assertThat(images.get().images()).hasSize(1);
        assertThat(images.get().model()).isEqualTo("flux-2-dev");
        assertThat(oxen.requests()).extracting(RecordedRequest::path).containsExactly("/api/ai/images/generate");
    }

    @Test
    void anInvalidRequestThrowsValidationExceptionAndSendsNothing() {
        Violation tooLong = new Violation("/prompt", "maxLength", "must be at most 5000 characters, is 5001");
        OxenClient client = clientOf(oxen).build();

        assertThatThrownBy(() -> client.generate(TestRequest.video().violating(tooLong)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("/prompt: must be at most 5000 characters");
        assertThat(client.generateAsync(TestRequest.video().violating(tooLong))).isCompletedExceptionally();
        assertThat(oxen.requests()).isEmpty();
    }

    @Test
    void a400CarriesOxensErrorTypeTitleAndDetailInOneLineNamingModelAndCall() {
        oxen.serve("POST", OxenPaths.VIDEOS_GENERATE, error(400, "errors/400-invalid-params.json"));

        OxenException e = catchThrowableOfType(() -> clientOf(oxen).build().generate(TestRequest.video()), OxenException.class);

        assertThat(e.kind()).isEqualTo(OxenException.Kind.INVALID_PARAMETERS);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.errorType()).contains("invalid_params");
        assertThat(e.title()).contains("Invalid parameters supplied, please check your request and try again.");
        assertThat(e.detail()).contains("Specific error details");
        assertThat(e).hasMessage("Oxen POST /api/ai/videos/generate for model 'wan-v2-7-reference-to-video' failed: HTTP 400 "
                + "invalid_params: Invalid parameters supplied, please check your request and try again. (Specific error details)");
        assertThat(oxen.count("POST", OxenPaths.VIDEOS_GENERATE)).isEqualTo(1);
    }

    @Test
    void a401IsAnAuthenticationFailure() {
        oxen.serve("POST", OxenPaths.VIDEOS_GENERATE, error(401, "errors/401-unauthenticated.json"));

        OxenException e = catchThrowableOfType(() -> clientOf(oxen).build().generate(TestRequest.video()), OxenException.class);

        assertThat(e.kind()).isEqualTo(OxenException.Kind.AUTHENTICATION);
        assertThat(e.errorType()).contains("unauthenticated");
        assertThat(e.getMessage()).doesNotContain(KEY).doesNotContain("\n");
    }

    @Test
    void a500WithAnHtmlBodyIsAnApiErrorWithTheBodyOnOneLineAndThePostIsNotRetried() {
        oxen.serve("POST", OxenPaths.VIDEOS_GENERATE, Reply.json(500, "<html>\n<h1>Internal\nServer Error</h1></html>"));

        OxenException e = catchThrowableOfType(() -> clientOf(oxen).build().generate(TestRequest.video()), OxenException.class);

        assertThat(e.kind()).isEqualTo(OxenException.Kind.API_ERROR);
        assertThat(e).hasMessageEndingWith("failed: HTTP 500: <html> <h1>Internal Server Error</h1></html>");
        assertThat(oxen.count("POST", OxenPaths.VIDEOS_GENERATE)).isEqualTo(1);
    }

    @Test
    void aTruncatedAnswerIsATransportFailureAndThePostIsNotRetried() {
        byte[] whole = OxenClientSyncTest.bytes("generation/videos-generate-200-url.json");
        oxen.serve("POST", OxenPaths.VIDEOS_GENERATE, Reply.json(200, whole).truncatedAfter(whole.length / 2));

        OxenException e = catchThrowableOfType(() -> clientOf(oxen).build().generate(TestRequest.video()), OxenException.class);

        assertThat(e.kind()).isEqualTo(OxenException.Kind.TRANSPORT);
        assertThat(e.getMessage()).startsWith("Oxen POST /api/ai/videos/generate for model 'wan-v2-7-reference-to-video' failed: no answer");
        assertThat(oxen.count("POST", OxenPaths.VIDEOS_GENERATE)).isEqualTo(1);
    }

    @Test
    void aServerThatStallsMidAnswerTimesOutAndThePostIsNotRetried() {
        byte[] whole = OxenClientSyncTest.bytes("generation/videos-generate-200-url.json");
        oxen.serve("POST", OxenPaths.VIDEOS_GENERATE, Reply.json(200, whole).stallingAfter(10));

        OxenException e = catchThrowableOfType(() -> clientOf(oxen).requestTimeout(Duration.ofMillis(300)).build()
                .generate(TestRequest.video()), OxenException.class);

        assertThat(e.kind()).isEqualTo(OxenException.Kind.TIMEOUT);
        assertThat(oxen.count("POST", OxenPaths.VIDEOS_GENERATE)).isEqualTo(1);
    }

    @Test
    void aServerThatSendsNothingTimesOut() {
        oxen.serve("POST", OxenPaths.VIDEOS_GENERATE, Reply.silence());

        OxenException e = catchThrowableOfType(() -> clientOf(oxen).requestTimeout(Duration.ofMillis(300)).build()
                .generate(TestRequest.video()), OxenException.class);

        assertThat(e.kind()).isEqualTo(OxenException.Kind.TIMEOUT);
        assertThat(e.getMessage()).contains("no answer in time");
    }

    @Test
    void aSuccessAnswerThatIsNotJsonIsAnInvalidResponse() throws InterruptedException {
        oxen.serve("POST", OxenPaths.VIDEOS_GENERATE, Reply.json(200, "OK"));

        ExecutionException e = catchThrowableOfType(() -> clientOf(oxen).build().generateAsync(TestRequest.video()).get(),
                ExecutionException.class);

        assertThat(e.getCause()).isInstanceOfSatisfying(OxenException.class, oxenError -> {
            assertThat(oxenError.kind()).isEqualTo(OxenException.Kind.INVALID_RESPONSE);
            assertThat(oxenError.getMessage()).contains("failed: HTTP 200 but the answer is not JSON");
        });
    }

    @Test
    void anAnswerOfTheWrongShapeNamesWhatIsMissing() {
        oxen.serve("POST", OxenPaths.VIDEOS_GENERATE, fixture("generation/images-generate-200-url.json"));

        assertThatThrownBy(() -> clientOf(oxen).build().generate(TestRequest.video()))
                .isInstanceOf(OxenException.class)
                .hasMessageContaining("the answer cannot be read: the answer has no 'videos' array; its fields are [created, images, model]");
    }

    static byte[] bytes(String fixture) {
        try {
            return java.nio.file.Files.readAllBytes(FIXTURES.resolve(fixture));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static com.fasterxml.jackson.databind.node.ObjectNode json(String fixture) {
        try {
            return (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(bytes(fixture));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
