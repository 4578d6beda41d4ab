package io.github.oxencodegen.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.OxenPaths;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.fake.EventStream;
import io.github.oxencodegen.sample.oxen.PollingCadence;
import io.github.oxencodegen.sample.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    private static final byte[] VIDEO = "\0\0\0 ftypisom the sample's video".getBytes(StandardCharsets.ISO_8859_1);
    /** Polls the fake fast where the stream gives nothing; a real video is polled every 10 to 30 s. */
    private static final PollingCadence FAST = new PollingCadence(Duration.ofMillis(10), Duration.ofMillis(50));

    private FakeOxen oxen;
    /** The host the presigned result URLs point at. */
    private FakeOxen media;
    @TempDir
    Path downloads;

    @BeforeEach
    void start() throws IOException {
        oxen = FakeOxen.start().serve("POST", OxenPaths.QUEUE, Fixtures.recorded("generation/queue-enqueue-200.json"));
        media = FakeOxen.start();
    }

    @AfterEach
    void stop() {
        oxen.close();
        media.close();
    }

    private int run(Map<String, String> environment, String... args) {
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new SampleProgram(environment, outStream, errStream, client -> client.videoPolling(FAST).imagePolling(FAST)
                .retryBackoff(Duration.ZERO, Duration.ZERO)).run(List.of(args));
    }

    private int submit(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--submit", "--base-url", oxen.baseUrl().toString(),
                "--download-dir", downloads.toString()));
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
        oxen.serve("GET", OxenPaths.EVENTS, completed(FIRST, SECOND));
        oxen.serve("GET", OxenPaths.queueItem(FIRST), succeeded(FIRST));
        oxen.serve("GET", OxenPaths.queueItem(SECOND), succeeded(SECOND));
        media.serve("GET", "/" + FIRST + ".mp4", Reply.body(200, "video/mp4", VIDEO));
        media.serve("GET", "/" + SECOND + ".mp4", Reply.body(200, "video/mp4", VIDEO));

        submit();

        String shown = out().substring(0, out().indexOf(EXPECTED_BODY));
        assertThat(shown).contains("--submit sends it to the queue").contains("POST " + oxen.baseUrl() + "/api/ai/queue");
    }

    @Test
    void helpPrintsTheUsageAndSucceeds() {
        assertThat(run(Map.of(), "--help")).isEqualTo(0);

        assertThat(out()).startsWith("Usage: java -jar oxen-sample.jar [--submit | --sync] [--base-url URL] [--download-dir DIR]\n");
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

    /** A generation of the fake Oxen, succeeded, whose result URL points at the fake's media host. */
    private Reply succeeded(String id) {
        return Reply.json(200, Fixtures.text("generation/queue-get-succeeded.json").replace("7cf9b23a-1234-5678-9abc-def012345678", id)
                .replace(RESULT_URL, media.baseUrl() + "/" + id + ".mp4"));
    }

    private static Reply completed(String... ids) {
        EventStream.Builder events = EventStream.builder().comment("keep-alive");
        for (String id : ids) {
            events.event("media_generation_completed", "{\"generation_id\":\"" + id + "\",\"status\":\"succeeded\"}");
        }
        return Reply.events(events.staysOpen());
    }

    @Test
    void submitSubscribesThenSendsTheValidBodyWithTheKeyWaitsForTheEventsAndSavesEveryVideo() throws IOException {
        oxen.serve("GET", OxenPaths.EVENTS, completed(FIRST, SECOND));
        oxen.serve("GET", OxenPaths.queueItem(FIRST), succeeded(FIRST));
        oxen.serve("GET", OxenPaths.queueItem(SECOND), succeeded(SECOND));
        media.serve("GET", "/" + FIRST + ".mp4", Reply.body(200, "video/mp4", VIDEO));
        media.serve("GET", "/" + SECOND + ".mp4", Reply.body(200, "video/mp4", VIDEO));

        assertThat(submit()).as(err()).isEqualTo(0);

        assertThat(oxen.requests()).extracting(request -> request.method() + " " + request.path()).containsExactly(
                "GET /api/events", "POST /api/ai/queue", "GET /api/ai/queue/" + FIRST, "GET /api/ai/queue/" + SECOND);
        assertThat(oxen.requests("POST", OxenPaths.QUEUE)).singleElement().satisfies(request -> {
            assertThat(request.header("Authorization")).isEqualTo(Optional.of("Bearer " + KEY));
            assertThat(request.header("Content-Type")).isEqualTo(Optional.of("application/json"));
            assertThat(request.header("User-Agent")).isEqualTo(Optional.of("oxen-sample"));
            assertThat(request.bodyText()).isEqualTo(EXPECTED_BODY);
        });
        assertThat(media.requests()).allSatisfy(request -> assertThat(request.header("Authorization")).isEmpty());
        assertThat(downloads.resolve(FIRST + ".mp4")).hasBinaryContent(VIDEO);
        assertThat(downloads.resolve(SECOND + ".mp4")).hasBinaryContent(VIDEO);
        assertThat(out()).endsWith("Subscribing to Oxen's events, then sending it to the queue, then waiting for the video\n"
                + "Generation " + FIRST + " succeeded; the video is saved to " + downloads.resolve(FIRST + ".mp4") + "\n"
                + "Generation " + SECOND + " succeeded; the video is saved to " + downloads.resolve(SECOND + ".mp4") + "\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void whenTheEventStreamIsUnavailableSubmitStillFinishesByPolling() {
        oxen.serve("GET", OxenPaths.EVENTS, Reply.status(503));
        oxen.serveInTurn("GET", OxenPaths.queueItem(FIRST), Fixtures.recorded("generation/queue-get-processing.json"), succeeded(FIRST));
        oxen.serve("GET", OxenPaths.queueItem(SECOND), succeeded(SECOND));
        media.serve("GET", "/" + FIRST + ".mp4", Reply.body(200, "video/mp4", VIDEO));
        media.serve("GET", "/" + SECOND + ".mp4", Reply.body(200, "video/mp4", VIDEO));

        assertThat(submit()).as(err()).isEqualTo(0);

        assertThat(oxen.count("POST", OxenPaths.QUEUE)).isEqualTo(1);
        assertThat(downloads.resolve(FIRST + ".mp4")).hasBinaryContent(VIDEO);
    }

    @Test
    void aFailedGenerationIsOneLineWithOxensReasonAndExitStatus1() {
        oxen.serve("GET", OxenPaths.EVENTS, completed());
        oxen.serve("GET", OxenPaths.queueItem(FIRST), Reply.json(200, Fixtures.text("generation/queue-get-failed.json")
                .replace("7cf9b23a-1234-5678-9abc-def012345678", FIRST)));
        oxen.serve("GET", OxenPaths.queueItem(SECOND), succeeded(SECOND));
        media.serve("GET", "/" + SECOND + ".mp4", Reply.body(200, "video/mp4", VIDEO));

        assertThat(submit()).isEqualTo(1);

        assertThat(err()).isEqualTo("Generation " + FIRST + " failed: Insufficient credits\n");
        assertThat(out()).contains("Generation " + SECOND + " succeeded; the video is saved to ");
    }

    @Test
    void a401IsOneLineOnStandardErrorAndTheJobIsNotSentAgain() {
        oxen.serve("GET", OxenPaths.EVENTS, completed());
        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(401, Fixtures.text("errors/401-unauthenticated.json")));

        assertThat(submit()).isEqualTo(1);

        assertThat(err()).isEqualTo("Oxen POST /api/ai/queue for model 'wan-v2-7-reference-to-video' failed:"
                + " HTTP 401 unauthenticated: You are not authenticated. Please log in and try again.\n");
        assertThat(oxen.count("POST", OxenPaths.QUEUE)).isEqualTo(1);
    }

    @Test
    void garbageIsOneLine() {
        oxen.serve("GET", OxenPaths.EVENTS, completed());
        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(200, "OK"));

        assertThat(submit()).isEqualTo(1);

        assertThat(err().lines()).singleElement().asString()
                .startsWith("Oxen POST /api/ai/queue for model 'wan-v2-7-reference-to-video' failed: HTTP 200 but the answer is not JSON");
    }

    @Test
    void syncGeneratesOneImageAndSavesIt() {
        oxen.serve("POST", OxenPaths.IMAGES_GENERATE, Reply.json(200, "{\"created\":1775090372,\"model\":\"flux-2-dev\","
                + "\"images\":[{\"url\":\"" + media.baseUrl() + "/ox.png?sig=1\"}]}"));
        media.serve("GET", "/ox.png", Reply.body(200, "image/png", VIDEO));

        assertThat(run(Map.of("OXEN_API_KEY", KEY), "--sync", "--base-url", oxen.baseUrl().toString(),
                "--download-dir", downloads.toString())).as(err()).isEqualTo(0);

        assertThat(oxen.requests()).singleElement().satisfies(request -> assertThat(request.bodyText())
                .startsWith("{\"model\":\"flux-2-dev\",\"prompt\":\"A woolly ox"));
        assertThat(downloads.resolve("flux-2-dev-1.png")).hasBinaryContent(VIDEO);
        assertThat(out()).contains("Image 1 saved to " + downloads.resolve("flux-2-dev-1.png"));
    }

    @Test
    void theKeyIsNeverPrinted() {
        oxen.serve("GET", OxenPaths.EVENTS, completed());
        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(401, Fixtures.text("errors/401-unauthenticated.json")));
        submit();
        oxen.serve("POST", OxenPaths.QUEUE, Fixtures.recorded("generation/queue-enqueue-200.json"));
        oxen.serve("GET", OxenPaths.queueItem(FIRST), succeeded(FIRST));
        oxen.serve("GET", OxenPaths.queueItem(SECOND), Fixtures.recorded("generation/queue-get-failed.json"));
        media.serve("GET", "/" + FIRST + ".mp4", Reply.body(200, "video/mp4", VIDEO));
        submit();

        assertThat(out() + err()).doesNotContain(KEY).contains("Insufficient credits", FIRST + ".mp4");
    }

    @Test
    void noErrorEverPrintsAStackTrace() {
        oxen.serve("GET", OxenPaths.EVENTS, completed());
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
