package io.github.oxencodegen.runtime;

import static io.github.oxencodegen.runtime.OxenClientSyncTest.KEY;
import static io.github.oxencodegen.runtime.OxenClientSyncTest.clientOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.oxencodegen.fake.EventStream;
import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.OxenPaths;
import io.github.oxencodegen.fake.Reply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OxenClientKeyTest {
    private final FakeOxen oxen = FakeOxen.start();

    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        oxen.close();
    }

    @Test
    void theKeyIsInNoToStringAndInNoMessageOrStackTraceOfAnyFailure() throws Exception {
        oxen.serve("POST", OxenPaths.VIDEOS_GENERATE, Reply.json(401, OxenClientSyncTest.bytes("errors/401-unauthenticated.json")));
        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(200, "not json"));
        oxen.serve("GET", OxenPaths.queueItem("g"), Reply.json(500, "echo: Authorization: Bearer " + "(hidden by the fake)"));
        oxen.serve("GET", "/media.mp4", Reply.body(200, "video/mp4", new byte[100]).truncatedAfter(10));
        oxen.serve("GET", OxenPaths.EVENTS, Reply.events(EventStream.builder().comment("keep-alive").drops()));
        OxenClient client = clientOf(oxen).maxRetries(0).reconnectDelay(Duration.ofSeconds(30)).build();
        List<Throwable> failures = new ArrayList<>();

        failures.add(failure(() -> client.generate(TestRequest.video())));
        failures.add(failure(() -> client.enqueue(TestRequest.video())));
        failures.add(failure(() -> client.generation("g")));
        failures.add(failure(() -> client.download(oxen.baseUrl() + "/media.mp4", folder.resolve("m.mp4"))));
        failures.add(failure(() -> client.await(Generation.queued("g", "m"), Duration.ofMillis(1))));
        BlockingQueue<OxenException> dropped = new LinkedBlockingQueue<>();
        try (EventSubscription subscription = client.events(new EventListener() {
            @Override
            public void onEvent(OxenEvent event) {}

            @Override
            public void onDisconnected(OxenException why) {
                dropped.add(why);
            }
        })) {
            failures.add(dropped.poll(5, TimeUnit.SECONDS));
        }

        assertThat(failures).hasSize(6).doesNotContainNull();
        for (Throwable failure : failures) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            assertThat(trace.toString()).as("%s", failure).doesNotContain(KEY);
            assertThat(failure.getMessage()).as("%s", failure).doesNotContain("\n");
        }
        assertThat(client.toString()).doesNotContain(KEY).contains(oxen.baseUrl().toString());
        assertThat(oxen.requests()).allSatisfy(request -> assertThat(request.header("Authorization")).contains("Bearer " + KEY));
    }

    private static Throwable failure(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            return e;
        }
        return null;
    }

    @Test
    void withoutAGivenKeyTheClientReadsOxenApiKey() {
        oxen.serve("GET", OxenPaths.queueItem("g"), OxenClientSyncTest.fixture("generation/queue-get-queued.json"));

        OxenClient.builder().environment(Map.of("OXEN_API_KEY", "sk-from-env")::get).baseUrl(oxen.baseUrl() + "/api/ai").build()
                .generation("g");

        assertThat(oxen.requests().get(0).header("Authorization")).contains("Bearer sk-from-env");
    }

    @Test
    void withoutAnyKeyTheClientIsNotBuiltAndSaysHowToGiveOne() {
        assertThatIllegalStateException().isThrownBy(() -> OxenClient.builder().environment(Map.<String, String>of()::get).build())
                .withMessage("no Oxen API key: give one to OxenClient.builder().apiKey(...) or set OXEN_API_KEY");
        assertThatIllegalStateException().isThrownBy(() -> OxenClient.builder().apiKey("sk-with\nnewline").build())
                .withMessageNotContaining("sk-with");
    }

    @Test
    void anHttpClientThatFollowsRedirectsIsRefusedBecauseItWouldCarryTheKeyAway() {
        assertThatIllegalArgumentException().isThrownBy(() -> OxenClient.builder()
                .httpClient(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()))
                .withMessageContaining("must not follow redirects");
    }

    @Test
    void aGivenHttpClientIsUsed() {
        oxen.serve("GET", OxenPaths.queueItem("g"), OxenClientSyncTest.fixture("generation/queue-get-queued.json"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        assertThat(clientOf(oxen).httpClient(http).build().generation("g").status()).isEqualTo(GenerationStatus.QUEUED);
    }

    @Test
    void aBaseUrlThatIsNotHttpIsRefusedAndTheEventsUrlSitsBesideApiAi() {
        assertThatIllegalArgumentException().isThrownBy(() -> OxenClient.builder().baseUrl("hub.oxen.ai"))
                .withMessage("the Oxen base URL must be an http(s) address such as https://hub.oxen.ai/api/ai, not 'hub.oxen.ai'");
        assertThat(OxenClient.builder().apiKey(KEY).build().toString())
                .isEqualTo("OxenClient[baseUrl=https://hub.oxen.ai/api/ai, eventsUrl=https://hub.oxen.ai/api/events, apiKey=(set)]");
    }
}
