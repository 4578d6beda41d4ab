package io.github.oxencodegen.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.OxenPaths;
import io.github.oxencodegen.fake.RecordedRequest;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.sample.testing.FakeTime;
import io.github.oxencodegen.sample.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SampleProgramTest {
    private static final String KEY = "sk-test-5c1d9e";
    private static final String FIRST = "bb8f5eb7-361e-4e13-ab73-67457bc8057e";
    private static final String SECOND = "e9bede09-cd0e-46cf-bbcd-cb1a50099351";
    private static final String RESULT_URL = "https://hub.oxen.ai/api/repos/alice/workbench/file/main/generations/2026-04-02/7cf9b23a.mp4";
    /** What the valid sample request must send, byte for byte. */
    private static final String EXPECTED_BODY = "{\"model\":\"wan-v2-7-reference-to-video\","
            + "\"prompt\":\"Image 1 and Image 2 walk side by side through the garden of Video 1, talking, cinematic lighting.\","
            + "\"reference_images\":[{\"url\":\"https://example.com/oxen/alice.png\"},"
            + "{\"reference_voice\":\"https://example.com/oxen/bob-voice.mp3\",\"url\":\"https://example.com/oxen/bob.png\"}],"
            + "\"reference_videos\":[{\"url\":\"https://example.com/oxen/garden.mp4\"}],"
            + "\"aspect_ratio\":\"16:9\",\"resolution\":\"1080P\",\"duration\":8,"
            + "\"negative_prompt\":\"blurry, distorted faces, text overlays\",\"seed\":42}";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final FakeTime time = new FakeTime();
    private FakeOxen oxen;

    @BeforeEach
    void start() throws IOException {
        oxen = FakeOxen.start().serve("POST", OxenPaths.QUEUE, Fixtures.recorded("generation/queue-enqueue-200.json"));
    }

    @AfterEach
    void stop() {
        oxen.close();
    }

    private int run(Map<String, String> environment, String... args) {
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new SampleProgram(environment, outStream, errStream, time, time).run(List.of(args));
    }

    private int submit(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--submit", "--base-url", oxen.baseUrl().toString()));
        args.addAll(List.of(more));
        return run(Map.of("OXEN_API_KEY", KEY), args.toArray(String[]::new));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutArgumentsItPrintsExactlyTheCommittedSampleOutput() throws IOException {
        assertThat(run(Map.of())).isEqualTo(0);

        assertThat(out()).isEqualTo(SampleOutputFile.read());
        assertThat(err()).isEmpty();
    }

    @Test
    void withoutArgumentsNothingIsSentEvenWithAKey() {
        assertThat(run(Map.of("OXEN_API_KEY", KEY), "--base-url", oxen.baseUrl().toString())).isEqualTo(0);

        assertThat(oxen.requests()).isEmpty();
        assertThat(out()).contains("POST " + oxen.baseUrl() + "/api/ai/videos/generate (synchronous:");
    }

    @Test
    void theBodyPrintedIsTheBodyExpected() {
        run(Map.of());

        assertThat(out().lines()).contains(EXPECTED_BODY);
    }

    @Test
    void theBodyIsShownWithBothEndpointsThatTakeItAndTheOneSubmitUses() {
        run(Map.of(), "--base-url", oxen.baseUrl().toString());

        assertThat(out()).contains("POST " + oxen.baseUrl() + "/api/ai/videos/generate (synchronous:")
                .contains("POST " + oxen.baseUrl() + "/api/ai/queue (asynchronous:")
                .contains("--submit sends it to the queue");
        assertThat(oxen.requests()).isEmpty();
    }

    @Test
    void submitSaysTheBodyGoesToTheQueueBeforeSendingIt() {
        oxen.serveInTurn("GET", OxenPaths.queueItem(FIRST), Fixtures.recorded("generation/queue-get-succeeded.json"));
        oxen.serveInTurn("GET", OxenPaths.queueItem(SECOND), Fixtures.recorded("generation/queue-get-succeeded.json"));

        submit();

        String shown = out().substring(0, out().indexOf(EXPECTED_BODY));
        assertThat(shown).contains("--submit sends it to the queue").contains("POST " + oxen.baseUrl() + "/api/ai/queue");
    }

    @Test
    void helpPrintsTheUsageAndSucceeds() {
        assertThat(run(Map.of(), "--help")).isEqualTo(0);

        assertThat(out()).startsWith("Usage: java -jar oxen-sample.jar [--submit] [--base-url URL]\n");
    }

    @Test
    void anUnknownArgumentIsAUsageErrorNamedOnTheFirstLine() {
        assertThat(run(Map.of(), "--sumbit")).isEqualTo(2);

        assertThat(err()).startsWith("oxen-sample: unknown argument '--sumbit'\nUsage:");
        assertThat(out()).isEmpty();
    }

    @Test
    void aBaseUrlThatIsNotHttpIsAUsageError() {
        assertThat(run(Map.of(), "--base-url", "hub.oxen.ai")).isEqualTo(2);

        assertThat(err()).startsWith("oxen-sample: --base-url must be an http(s) address such as https://hub.oxen.ai, not 'hub.oxen.ai'\n");
    }

    @Test
    void submitWithoutAKeyIsAUsageErrorAndSendsNothing() {
        assertThat(run(Map.of("OXEN_API_KEY", "  "), "--submit", "--base-url", oxen.baseUrl().toString())).isEqualTo(2);

        assertThat(err()).isEqualTo("oxen-sample: --submit needs your Oxen API key in the environment variable OXEN_API_KEY.\n");
        assertThat(oxen.requests()).isEmpty();
    }

    @Test
    void submitSendsTheValidBodyWithTheKeyAndFollowsEveryGenerationToItsResult() {
        oxen.serveInTurn("GET", OxenPaths.queueItem(FIRST),
                Fixtures.recorded("generation/queue-get-queued.json"), Fixtures.recorded("generation/queue-get-processing.json"),
                Fixtures.recorded("generation/queue-get-succeeded.json"));
        oxen.serveInTurn("GET", OxenPaths.queueItem(SECOND), Fixtures.recorded("generation/queue-get-succeeded.json"));

        assertThat(submit()).isEqualTo(0);

        assertThat(oxen.requests()).first().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/api/ai/queue");
            assertThat(request.header("Authorization")).isEqualTo(Optional.of("Bearer " + KEY));
            assertThat(request.header("Content-Type")).isEqualTo(Optional.of("application/json"));
            assertThat(request.bodyText()).isEqualTo(EXPECTED_BODY);
        });
        assertThat(oxen.requests()).extracting(RecordedRequest::path).containsExactly("/api/ai/queue",
                "/api/ai/queue/" + FIRST, "/api/ai/queue/" + FIRST, "/api/ai/queue/" + FIRST, "/api/ai/queue/" + SECOND);
        assertThat(oxen.requests()).extracting(request -> request.header("Authorization")).containsOnly(Optional.of("Bearer " + KEY));
        assertThat(out()).endsWith("Sending it to Oxen's queue: POST " + oxen.baseUrl() + "/api/ai/queue\n"
                + "Generation " + FIRST + ": queued\n"
                + "Generation " + FIRST + ": processing\n"
                + "Generation " + FIRST + ": succeeded\n"
                + "Generation " + FIRST + " succeeded: " + RESULT_URL + "\n"
                + "Generation " + SECOND + ": succeeded\n"
                + "Generation " + SECOND + " succeeded: " + RESULT_URL + "\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void aFailedGenerationIsOneLineWithOxensReasonAndExitStatus1() {
        oxen.serveInTurn("GET", OxenPaths.queueItem(FIRST), Fixtures.recorded("generation/queue-get-failed.json"));
        oxen.serveInTurn("GET", OxenPaths.queueItem(SECOND), Fixtures.recorded("generation/queue-get-succeeded.json"));

        assertThat(submit()).isEqualTo(1);

        assertThat(err()).isEqualTo("Generation " + FIRST + " failed: Insufficient credits\n");
        assertThat(out()).contains("Generation " + SECOND + " succeeded: " + RESULT_URL);
    }

    @Test
    void a401IsOneLineOnStandardErrorAndNothingIsPolled() {
        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(401, Fixtures.text("errors/401-unauthenticated.json")));

        assertThat(submit()).isEqualTo(1);

        assertThat(err()).isEqualTo("Oxen refused the request (HTTP 401 unauthenticated):"
                + " You are not authenticated. Please log in and try again. Check OXEN_API_KEY.\n");
        assertThat(oxen.requests()).hasSize(1);
    }

    @Test
    void a400IsOneLineWithTheTitleAndDetail() {
        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(400, Fixtures.text("errors/400-invalid-params.json")));

        assertThat(submit()).isEqualTo(1);

        assertThat(err()).isEqualTo("Oxen refused the request (HTTP 400 invalid_params): Invalid parameters supplied,"
                + " please check your request and try again. (Specific error details)\n");
    }

    @Test
    void aServerErrorWhilePollingIsOneLine() {
        oxen.serveInTurn("GET", OxenPaths.queueItem(FIRST), Reply.json(503, "<html><h1>503 Service Unavailable</h1></html>"));
        oxen.serveInTurn("GET", OxenPaths.queueItem(SECOND), Fixtures.recorded("generation/queue-get-succeeded.json"));

        assertThat(submit()).isEqualTo(1);

        assertThat(err()).isEqualTo("Oxen failed to handle the request (HTTP 503): \"<html><h1>503 Service Unavailable</h1></html>\"\n");
    }

    @Test
    void garbageIsOneLine() {
        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(200, "OK"));

        assertThat(submit()).isEqualTo(1);

        assertThat(err()).isEqualTo("Oxen sent an answer this program cannot read (POST " + oxen.baseUrl()
                + "/api/ai/queue): HTTP 200, not a JSON object: \"OK\"\n");
    }

    @Test
    void aGenerationThatNeverEndsIsGivenUpAfterTheTimeout() {
        oxen.serveInTurn("GET", OxenPaths.queueItem(FIRST), Fixtures.recorded("generation/queue-get-processing.json"));
        oxen.serveInTurn("GET", OxenPaths.queueItem(SECOND), Fixtures.recorded("generation/queue-get-succeeded.json"));

        assertThat(submit()).isEqualTo(1);

        assertThat(err()).startsWith("Gave up on generation " + FIRST + " after 20 min (still processing)");
        assertThat(time.sleeps().stream().reduce(java.time.Duration.ZERO, java.time.Duration::plus))
                .isEqualTo(SampleProgram.POLL_TIMEOUT);
    }

    @Test
    void theKeyIsNeverPrinted() {
        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(401, Fixtures.text("errors/401-unauthenticated.json")));
        submit();
        oxen.serve("POST", OxenPaths.QUEUE, Fixtures.recorded("generation/queue-enqueue-200.json"));
        oxen.serveInTurn("GET", OxenPaths.queueItem(FIRST), Fixtures.recorded("generation/queue-get-succeeded.json"));
        oxen.serveInTurn("GET", OxenPaths.queueItem(SECOND), Fixtures.recorded("generation/queue-get-failed.json"));
        submit();

        assertThat(out() + err()).doesNotContain(KEY).contains("Insufficient credits", RESULT_URL);
    }

    @Test
    void noErrorEverPrintsAStackTrace() {
        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(500, "java.lang.NullPointerException\n\tat com.example.Server.handle(Server.java:1)"));

        assertThat(submit()).isEqualTo(1);

        assertThat(err().lines()).hasSize(1);
    }

    /** Reads the fenced block of SAMPLE-OUTPUT.md, the README's record of what the program prints. */
    static final class SampleOutputFile {
        private static final Path FILE = Path.of(System.getProperty("oxen.sample.output", "SAMPLE-OUTPUT.md"));
        private static final String OPEN = "```text\n";
        private static final String CLOSE = "```\n";

        static String read() throws IOException {
            String markdown = Files.readString(FILE);
            int start = markdown.indexOf(OPEN) + OPEN.length();
            int end = markdown.indexOf(CLOSE, start);
            assertThat(start).as("a ```text block in %s", FILE.toAbsolutePath()).isGreaterThanOrEqualTo(OPEN.length());
            return markdown.substring(start, end);
        }
    }
}
