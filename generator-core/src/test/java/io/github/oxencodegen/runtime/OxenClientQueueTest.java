package io.github.oxencodegen.runtime;

import static io.github.oxencodegen.runtime.OxenClientSyncTest.KEY;
import static io.github.oxencodegen.runtime.OxenClientSyncTest.clientOf;
import static io.github.oxencodegen.runtime.OxenClientSyncTest.error;
import static io.github.oxencodegen.runtime.OxenClientSyncTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.OxenPaths;
import io.github.oxencodegen.fake.RecordedRequest;
import io.github.oxencodegen.fake.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OxenClientQueueTest {
    static final String FIRST = "bb8f5eb7-361e-4e13-ab73-67457bc8057e";
    static final String POLLED = "7cf9b23a-1234-5678-9abc-def012345678";
    static final PollingCadence FAST = new PollingCadence(Duration.ofMillis(5), Duration.ofMillis(20));

    private final FakeOxen oxen = FakeOxen.start();

    @AfterEach
    void stop() {
        oxen.close();
    }

    private OxenClient client() {
        return clientOf(oxen).imagePolling(FAST).videoPolling(FAST).build();
    }

    static Reply enqueued(String... ids) {
        StringBuilder json = new StringBuilder("{\"generations\":[");
        for (int i = 0; i < ids.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"generation_id\":\"").append(ids[i]).append("\",\"status\":\"queued\"}");
        }
        return Reply.json(200, json.append("]}").toString());
    }

    @Test
    void enqueueSendsOnePostWithTheModelTheParametersAndTheOptionsAndReadsEveryGeneration() {
        oxen.serve("POST", OxenPaths.QUEUE, fixture("generation/queue-enqueue-200.json"));

        List<Generation> queued = client().enqueue(TestRequest.video(),
                QueueOptions.defaults().numGenerations(2).targetRepo("workbench").targetDirectory("clips"));

        assertThat(oxen.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/api/ai/queue");
            assertThat(request.header("Authorization")).contains("Bearer " + KEY);
            assertThat(request.header("Content-Type")).contains("application/json");
            assertThat(request.bodyText()).isEqualTo("{\"model\":\"wan-v2-7-reference-to-video\",\"prompt\":\"Image 1 walks through a garden\","
                    + "\"duration\":5,\"num_generations\":2,\"target_repo\":\"workbench\",\"target_directory\":\"clips\"}");
        });
        assertThat(queued).extracting(Generation::id).containsExactly(FIRST, "e9bede09-cd0e-46cf-bbcd-cb1a50099351");
        assertThat(queued).allSatisfy(generation -> {
            assertThat(generation.status()).isEqualTo(GenerationStatus.QUEUED);
            assertThat(generation.model()).isEqualTo("wan-v2-7-reference-to-video");
        });
    }

    @Test
    void queueOptionsOutOfOxensRangeAreReportedWithTheRequestsViolationsAndNothingIsSent() {
        Violation missing = new Violation("/prompt", "required", "is required");

        ValidationException e = catchThrowableOfType(() -> client().enqueue(TestRequest.video().violating(missing),
                QueueOptions.defaults().numGenerations(5).targetNamespace(" ")), ValidationException.class);

        assertThat(e.violations()).extracting(Violation::pointer).containsExactly("/prompt", "/num_generations", "/target_namespace");
        assertThat(e.getMessage()).contains("/num_generations: must be 1 to 4, is 5 (maximum)");
        assertThat(oxen.requests()).isEmpty();
    }

    @Test
    void generationReadsEveryDocumentedField() {
        oxen.serve("GET", OxenPaths.queueItem(POLLED), fixture("generation/queue-get-failed.json"));

        Generation generation = client().generation(POLLED);

        assertThat(generation.id()).isEqualTo(POLLED);
        assertThat(generation.model()).isEqualTo("wan-v2-7-reference-to-video");
        assertThat(generation.status()).isEqualTo(GenerationStatus.FAILED);
        assertThat(generation.mediaType()).isEqualTo("video");
        assertThat(generation.resultUrlIfAny()).isEmpty();
        assertThat(generation.errorMessageIfAny()).contains("Insufficient credits");
        assertThat(generation.enqueuedAt()).isEqualTo(Instant.ofEpochSecond(1775091431));
        assertThat(generation.startedAt()).isEqualTo(Instant.ofEpochSecond(1775091432));
        assertThat(generation.completedAt()).isEqualTo(Instant.ofEpochSecond(1775091435));
        assertThat(generation.json().path("aspect_ratio").asText()).isEqualTo("16:9");
        assertThat(oxen.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.header("Authorization")).contains("Bearer " + KEY);
            assertThat(request.body()).isEmpty();
        });
    }

    @Test
    void anUnknownGenerationIsNotFoundWithOxensTitle() {
        oxen.serve("GET", OxenPaths.queueItem("nope"), error(404, "errors/queue-404-resource-not-found.json"));

        OxenException e = catchThrowableOfType(() -> client().generation("nope"), OxenException.class);

        assertThat(e.kind()).isEqualTo(OxenException.Kind.NOT_FOUND);
        assertThat(e).hasMessage("Oxen GET /api/ai/queue/nope failed: HTTP 404 resource_not_found: The requested resource could not be found");
        assertThat(oxen.count("GET", OxenPaths.queueItem("nope"))).isEqualTo(1);
    }

    @Test
    void theOtherErrorShapeGivesItsMessageAsTheTitle() {
        oxen.serve("POST", OxenPaths.QUEUE, error(404, "errors/get-model-404-model-not-found.json"));

        OxenException e = catchThrowableOfType(() -> client().enqueue(TestRequest.video()), OxenException.class);

        assertThat(e.kind()).isEqualTo(OxenException.Kind.NOT_FOUND);
        assertThat(e.title()).contains("Model not found: wan-v9-9-does-not-exist");
        assertThat(e.errorType()).isEmpty();
    }

    @Test
    void cancelSendsADelete() {
        oxen.serve("DELETE", OxenPaths.queueItem(FIRST), fixture("generation/queue-delete-200.json"));

        client().cancel(FIRST);

        assertThat(oxen.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("DELETE");
            assertThat(request.path()).isEqualTo("/api/ai/queue/" + FIRST);
            assertThat(request.header("Authorization")).contains("Bearer " + KEY);
        });
    }

    @Test
    void listSendsTheFilterAsTheQueryAndReadsEachGeneration() {
        oxen.serve("GET", OxenPaths.QUEUE, fixture("generation/queue-list-200.json"));

        List<Generation> listed = client().list(QueueFilter.active().status(GenerationStatus.PROCESSING).mediaType("video")
                .model("wan-v2-7-reference-to-video"));

        assertThat(oxen.requests()).extracting(RecordedRequest::query)
                .containsExactly("status=processing&media_type=video&model=wan-v2-7-reference-to-video");
        assertThat(listed).singleElement().extracting(Generation::status).isEqualTo(GenerationStatus.PROCESSING);
    }

    @Test
    void awaitPollsUntilTheGenerationSucceeded() {
        oxen.serveInTurn("GET", OxenPaths.queueItem(POLLED), fixture("generation/queue-get-queued.json"),
                fixture("generation/queue-get-processing.json"), fixture("generation/queue-get-succeeded.json"));

        Generation done = client().await(Generation.queued(POLLED, "wan-v2-7-reference-to-video"), Duration.ofSeconds(5));

        assertThat(done.status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(done.resultUrlIfAny()).contains("https://hub.oxen.ai/api/repos/alice/workbench/file/main/generations/2026-04-02/7cf9b23a.mp4");
        assertThat(oxen.count("GET", OxenPaths.queueItem(POLLED))).isEqualTo(3);
    }

    @Test
    void aStatusOxenAddsLaterIsKeptAndTheWaitGoesOn() throws Exception {
        String paused = new String(OxenClientSyncTest.bytes("generation/queue-get-processing.json"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"processing\"", "\"paused\"");
        oxen.serveInTurn("GET", OxenPaths.queueItem(POLLED), Reply.json(200, paused), fixture("generation/queue-get-succeeded.json"));
        OxenClient client = client();

        assertThat(client.generation(POLLED).status()).satisfies(status -> {
            assertThat(status.value()).isEqualTo("paused");
            assertThat(status.isKnown()).isFalse();
            assertThat(status.isFinal()).isFalse();
        });
        assertThat(client.awaitAsync(Generation.queued(POLLED, ""), Duration.ofSeconds(5)).get().status())
                .isEqualTo(GenerationStatus.SUCCEEDED);
    }

    @Test
    void aFailedGenerationIsReturnedNotThrown() {
        oxen.serve("GET", OxenPaths.queueItem(POLLED), fixture("generation/queue-get-failed.json"));

        Generation done = client().await(Generation.queued(POLLED, ""), Duration.ofSeconds(5));

        assertThat(done.errorMessageIfAny()).contains("Insufficient credits");
    }

    @Test
    void awaitGivesUpWithATimeoutNamingTheGenerationAndItsLastStatus() {
        oxen.serve("GET", OxenPaths.queueItem(POLLED), fixture("generation/queue-get-processing.json"));

        OxenException e = catchThrowableOfType(() -> client().await(Generation.queued(POLLED, "wan-v2-7-reference-to-video"),
                Duration.ofMillis(100)), OxenException.class);

        assertThat(e.kind()).isEqualTo(OxenException.Kind.TIMEOUT);
        assertThat(e).hasMessage("Oxen GET /api/ai/queue/" + POLLED + " for model 'wan-v2-7-reference-to-video' failed: generation "
                + POLLED + " still processing after PT0.1S");
    }

    @Test
    void aPollIsRetriedOn503And502And504And408AndOnACutOffAnswer() {
        byte[] processing = OxenClientSyncTest.bytes("generation/queue-get-processing.json");
        oxen.serveInTurn("GET", OxenPaths.queueItem(POLLED), Reply.json(503, "<html>busy</html>"), Reply.status(502),
                Reply.status(504), Reply.status(408), Reply.json(200, processing).truncatedAfter(20),
                fixture("generation/queue-get-succeeded.json"));

        Generation done = clientOf(oxen).maxRetries(5).build().generation(POLLED);

        assertThat(done.status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(oxen.count("GET", OxenPaths.queueItem(POLLED))).isEqualTo(6);
    }

    @Test
    void a429IsRetriedAfterItsRetryAfter() {
        oxen.serveInTurn("GET", OxenPaths.queueItem(POLLED), Reply.json(429, "{}").withHeader("Retry-After", "0"),
                fixture("generation/queue-get-succeeded.json"));

        assertThat(client().generation(POLLED).status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(oxen.count("GET", OxenPaths.queueItem(POLLED))).isEqualTo(2);
    }

    @Test
    void a429AskingForALongerWaitThanAllowedFailsAtOnceSayingWhen() {
        oxen.serve("GET", OxenPaths.queueItem(POLLED), Reply.json(429, "{}").withHeader("Retry-After", "3600"));

        OxenException e = catchThrowableOfType(() -> client().generation(POLLED), OxenException.class);

        assertThat(e.kind()).isEqualTo(OxenException.Kind.RATE_LIMITED);
        assertThat(e.retryAfter()).contains(Duration.ofHours(1));
        assertThat(e.getMessage()).endsWith("HTTP 429: {}; retry after 3600 s");
        assertThat(oxen.count("GET", OxenPaths.queueItem(POLLED))).isEqualTo(1);
    }

    @Test
    void retriesStopAtTheLimitAndTheLastAnswerIsReported() {
        oxen.serve("GET", OxenPaths.queueItem(POLLED), Reply.status(503));

        OxenException e = catchThrowableOfType(() -> clientOf(oxen).maxRetries(2).build().generation(POLLED), OxenException.class);

        assertThat(e.kind()).isEqualTo(OxenException.Kind.API_ERROR);
        assertThat(e.status()).isEqualTo(503);
        assertThat(oxen.count("GET", OxenPaths.queueItem(POLLED))).isEqualTo(3);
    }

    @Test
    void aDeleteIsRetriedOn503() {
        oxen.serveInTurn("DELETE", OxenPaths.queueItem(FIRST), Reply.status(503), fixture("generation/queue-delete-200.json"));

        client().cancel(FIRST);

        assertThat(oxen.count("DELETE", OxenPaths.queueItem(FIRST))).isEqualTo(2);
    }

    @Test
    void anEnqueueIsSentExactlyOnceWhateverTheFault() {
        byte[] answer = OxenClientSyncTest.bytes("generation/queue-enqueue-200.json");
        List<Reply> faults = List.of(Reply.status(503), Reply.status(502), Reply.status(504), Reply.status(408),
                Reply.json(429, "{}").withHeader("Retry-After", "0"), Reply.json(500, "{}"),
                Reply.json(200, answer).truncatedAfter(30), Reply.json(200, answer).stallingAfter(30), Reply.silence(),
                Reply.json(200, "{\"generations\": "));
        for (Reply fault : faults) {
            try (FakeOxen faulty = FakeOxen.start()) {
                faulty.serve("POST", OxenPaths.QUEUE, fault);
                OxenClient client = clientOf(faulty).maxRetries(5).requestTimeout(Duration.ofMillis(500)).build();

                assertThatThrownBy(() -> client.enqueue(TestRequest.video())).as("%s", fault).isInstanceOf(OxenException.class);
                assertThat(faulty.count("POST", OxenPaths.QUEUE)).as("%s", fault).isEqualTo(1);
            }
        }
    }

    @Test
    void anEnqueueToAServerThatIsNotListeningIsRetriedBecauseItCannotHaveReachedOxen() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        OxenClient client = OxenClient.builder().apiKey(KEY).baseUrl("http://127.0.0.1:" + port + "/api/ai").maxRetries(1)
                .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(1)).build();

        OxenException e = catchThrowableOfType(() -> client.enqueue(TestRequest.video()), OxenException.class);

        assertThat(e.kind()).isEqualTo(OxenException.Kind.TRANSPORT);
        assertThat(e.getMessage()).startsWith("Oxen POST /api/ai/queue for model 'wan-v2-7-reference-to-video' failed: no answer");
        assertThat(e.getCause()).isInstanceOf(java.net.ConnectException.class);
    }

    static Optional<String> header(RecordedRequest request, String name) {
        return request.header(name);
    }
}
