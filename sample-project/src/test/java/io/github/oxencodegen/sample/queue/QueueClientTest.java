package io.github.oxencodegen.sample.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.OxenPaths;
import io.github.oxencodegen.fake.RecordedRequest;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.sample.testing.Fixtures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueueClientTest {
    private static final String KEY = "test-key-7f3a";
    private static final String BODY = "{\"model\":\"wan-v2-7-reference-to-video\",\"prompt\":\"Image 1 waves\"}";

    private FakeOxen oxen;
    private QueueClient client;

    @BeforeEach
    void start() throws IOException {
        oxen = FakeOxen.start().serve("POST", OxenPaths.QUEUE, Fixtures.recorded("generation/queue-enqueue-200.json"));
        client = new QueueClient(HttpClient.newHttpClient(), oxen.baseUrl(), KEY);
    }

    @AfterEach
    void stop() {
        oxen.close();
    }

    @Test
    void enqueuePostsTheBodyUnchangedWithTheKeyAsBearerToken() throws QueueException {
        client.enqueue(BODY);

        assertThat(oxen.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/api/ai/queue");
            assertThat(request.header("Authorization")).isEqualTo(Optional.of("Bearer " + KEY));
            assertThat(request.header("Content-Type")).isEqualTo(Optional.of("application/json"));
            assertThat(request.bodyText()).isEqualTo(BODY);
        });
    }

    @Test
    void enqueueReturnsEveryGenerationOxenCreated() throws QueueException {
        assertThat(client.enqueue(BODY)).extracting(Generation::id, Generation::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bb8f5eb7-361e-4e13-ab73-67457bc8057e", "queued"),
                org.assertj.core.groups.Tuple.tuple("e9bede09-cd0e-46cf-bbcd-cb1a50099351", "queued"));
    }

    @Test
    void aTrailingSlashOnTheBaseUrlDoesNotDoubleThePath() throws QueueException {
        new QueueClient(HttpClient.newHttpClient(), URI.create(oxen.baseUrl() + "/"), KEY).enqueue(BODY);

        assertThat(oxen.requests()).extracting(RecordedRequest::path).containsExactly("/api/ai/queue");
    }

    @Test
    void getReadsTheResultUrlOfASucceededGeneration() throws QueueException {
        oxen.serveInTurn("GET", OxenPaths.queueItem("abc"), Fixtures.recorded("generation/queue-get-succeeded.json"));

        Generation generation = client.get("abc");

        assertThat(generation.knownStatus()).contains(GenerationStatus.SUCCEEDED);
        assertThat(generation.resultUrl())
                .contains("https://hub.oxen.ai/api/repos/alice/workbench/file/main/generations/2026-04-02/7cf9b23a.mp4");
        assertThat(oxen.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.path()).isEqualTo("/api/ai/queue/abc");
            assertThat(request.header("Authorization")).isEqualTo(Optional.of("Bearer " + KEY));
        });
    }

    @Test
    void getReadsTheErrorMessageOfAFailedGeneration() throws QueueException {
        oxen.serveInTurn("GET", OxenPaths.queueItem("abc"), Fixtures.recorded("generation/queue-get-failed.json"));

        Generation generation = client.get("abc");

        assertThat(generation.isTerminal()).isTrue();
        assertThat(generation.errorMessage()).contains("Insufficient credits");
        assertThat(generation.resultUrl()).isEmpty();
    }

    @Test
    void aQueuedGenerationIsNotTerminal() throws QueueException {
        oxen.serveInTurn("GET", OxenPaths.queueItem("abc"), Fixtures.recorded("generation/queue-get-queued.json"));

        assertThat(client.get("abc").isTerminal()).isFalse();
    }

    @Test
    void a401IsOneLineWithTheTitleAndAHintAboutTheKey() {
        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(401, Fixtures.text("errors/401-unauthenticated.json")));

        assertThatThrownBy(() -> client.enqueue(BODY)).isInstanceOf(QueueException.class).hasMessage(
                "Oxen refused the request (HTTP 401 unauthenticated): You are not authenticated. Please log in and try again."
                        + " Check OXEN_API_KEY.");
    }

    @Test
    void a400GivesTheTitleAndTheDetail() {
        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(400, Fixtures.text("errors/400-invalid-params.json")));

        assertThatThrownBy(() -> client.enqueue(BODY)).hasMessage("Oxen refused the request (HTTP 400 invalid_params):"
                + " Invalid parameters supplied, please check your request and try again. (Specific error details)");
    }

    @Test
    void anErrorWithOnlyAMessageIsUnderstoodToo() {
        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(404, Fixtures.text("errors/get-model-404-model-not-found.json")));

        assertThatThrownBy(() -> client.enqueue(BODY))
                .hasMessage("Oxen refused the request (HTTP 404): Model not found: wan-v9-9-does-not-exist");
    }

    @Test
    void anUnknownGenerationIsTheRecorded404() {
        assertThatThrownBy(() -> client.get("no-such-id")).hasMessage(
                "Oxen refused the request (HTTP 404 resource_not_found): The requested resource could not be found");
    }

    @Test
    void aServerErrorWithAnHtmlPageQuotesItsStartOnOneLine() {
        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(502, "<html>\n<body>Bad gateway</body>\n</html>\n"));

        assertThatThrownBy(() -> client.enqueue(BODY))
                .hasMessage("Oxen failed to handle the request (HTTP 502): \"<html> <body>Bad gateway</body> </html>\"");
    }

    @Test
    void aServerErrorWithoutBodySaysSo() {
        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(503, ""));

        assertThatThrownBy(() -> client.enqueue(BODY)).hasMessage("Oxen failed to handle the request (HTTP 503): (empty body)");
    }

    @Test
    void aVeryLongBodyIsCut() {
        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(500, "x".repeat(5000)));

        assertThatThrownBy(() -> client.enqueue(BODY))
                .hasMessage("Oxen failed to handle the request (HTTP 500): \"" + "x".repeat(200) + "...\"");
    }

    @Test
    void garbageWithStatus200IsReportedAsUnreadable() {
        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(200, "<html>maintenance</html>"));

        assertThatThrownBy(() -> client.enqueue(BODY)).hasMessage("Oxen sent an answer this program cannot read (POST "
                + oxen.baseUrl() + "/api/ai/queue): HTTP 200, not a JSON object: \"<html>maintenance</html>\"");
    }

    @Test
    void jsonWithoutGenerationsIsReportedAsUnreadable() {
        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(200, "{\"generations\":[]}"));

        assertThatThrownBy(() -> client.enqueue(BODY)).hasMessage("Oxen sent an answer this program cannot read (POST "
                + oxen.baseUrl() + "/api/ai/queue): expected {\"generations\":[{\"generation_id\":...}]}, got {\"generations\":[]}");
    }

    @Test
    void generationsThatAreNotAListOfIdsAreReportedAsUnreadable() {
        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(200, "{\"generations\":{\"generation_id\":\"abc\"}}"));
        assertThatThrownBy(() -> client.enqueue(BODY)).hasMessageContaining("expected {\"generations\":[{\"generation_id\":...}]}");

        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(200, "{\"generations\":[{\"generation_id\":\"abc\"},{\"status\":\"queued\"}]}"));
        assertThatThrownBy(() -> client.enqueue(BODY)).hasMessageContaining("expected {\"generations\":[{\"generation_id\":...}]}");
    }

    @Test
    void aGenerationWithoutStatusIsReportedAsUnreadable() {
        oxen.serveInTurn("GET", OxenPaths.queueItem("abc"), Reply.json(200, "{\"generation_id\":\"abc\"}"));

        assertThatThrownBy(() -> client.get("abc")).hasMessage("Oxen sent an answer this program cannot read (GET "
                + oxen.baseUrl() + "/api/ai/queue/abc): expected a generation with a \"status\", got {\"generation_id\":\"abc\"}");
    }

    @Test
    void aRedirectIsNotFollowedButNamed() {
        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(301, "").withHeader("Location", "https://elsewhere.example/api/ai/queue"));

        assertThatThrownBy(() -> client.enqueue(BODY)).hasMessage("Oxen answered POST " + oxen.baseUrl()
                + "/api/ai/queue with a redirect (HTTP 301) to https://elsewhere.example/api/ai/queue;"
                + " point --base-url at the final address.");
    }

    @Test
    void nobodyListeningIsOneLineNamingTheAddress() {
        URI closed = oxen.baseUrl();
        oxen.close();

        assertThatThrownBy(() -> new QueueClient(HttpClient.newHttpClient(), closed, KEY).enqueue(BODY))
                .isInstanceOf(QueueException.class)
                .hasMessageStartingWith("Could not connect to " + closed)
                .hasMessageEndingWith("(is --base-url right?).");
    }

    @Test
    void theKeyAppearsInNoMessage() {
        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(401, Fixtures.text("errors/401-unauthenticated.json")));

        assertThatThrownBy(() -> client.enqueue(BODY)).message().doesNotContain(KEY);
    }

    @Test
    void generationIdsAreEscapedInThePath() {
        assertThat(client.generationUri("a b/c").getRawPath()).isEqualTo("/api/ai/queue/a%20b%2Fc");
    }
}
