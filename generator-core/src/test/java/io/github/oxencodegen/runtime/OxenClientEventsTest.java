package io.github.oxencodegen.runtime;

import static io.github.oxencodegen.runtime.OxenClientQueueTest.FAST;
import static io.github.oxencodegen.runtime.OxenClientQueueTest.enqueued;
import static io.github.oxencodegen.runtime.OxenClientSyncTest.KEY;
import static io.github.oxencodegen.runtime.OxenClientSyncTest.clientOf;
import static io.github.oxencodegen.runtime.OxenClientSyncTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.fake.EventStream;
import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.OxenPaths;
import io.github.oxencodegen.fake.RecordedRequest;
import io.github.oxencodegen.fake.Reply;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OxenClientEventsTest {
    private static final String ID = "7cf9b23a-1234-5678-9abc-def012345678";
    private static final String OTHER = "e9bede09-cd0e-46cf-bbcd-cb1a50099351";
    /** Polling slow enough that a test passing through it would have to wait seconds: the event must end the wait. */
    private static final PollingCadence SLOW = new PollingCadence(Duration.ofSeconds(20), Duration.ofSeconds(20));

    private final FakeOxen oxen = FakeOxen.start();

    @AfterEach
    void stop() {
        oxen.close();
    }

    private static String completed(String id, String status) {
        return "{\"generation_id\":\"" + id + "\",\"status\":\"" + status + "\",\"media_type\":\"video\","
                + "\"model\":\"wan-v2-7-reference-to-video\",\"url\":\"https://hub.oxen.ai/x.mp4\"}";
    }

    @Test
    void eventsSubscribesToApiEventsWithTheKeyAndDeliversEveryEventInOrder() throws Exception {
        oxen.serve("GET", OxenPaths.EVENTS, Reply.events(EventStream.builder().comment("keep-alive")
                .event("credits_low", "{\"balance\": 1}").event("media_generation_completed", completed(ID, "succeeded"))
                .staysOpen()));
        BlockingQueue<OxenEvent> heard = new LinkedBlockingQueue<>();

        try (EventSubscription subscription = clientOf(oxen).build().events(heard::add)) {
            assertThat(subscription.awaitConnected(Duration.ofSeconds(5))).isTrue();
            assertThat(heard.poll(5, TimeUnit.SECONDS)).extracting(OxenEvent::type).isEqualTo("credits_low");
            assertThat(heard.poll(5, TimeUnit.SECONDS).completedGeneration()).get().extracting(Generation::id).isEqualTo(ID);
        }
        assertThat(oxen.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.path()).isEqualTo("/api/events");
            assertThat(request.header("Authorization")).contains("Bearer " + KEY);
            assertThat(request.header("Accept")).contains("text/event-stream");
        });
    }

    @Test
    void aDroppedStreamReconnectsSendingTheLastEventId() throws Exception {
        oxen.enqueue("GET", OxenPaths.EVENTS, Reply.events(EventStream.builder().raw("id: 41\nretry: 10\ndata: one\n\n").drops()));
        oxen.serve("GET", OxenPaths.EVENTS, Reply.events(EventStream.builder().raw("id: 42\ndata: two\n\n").staysOpen()));
        BlockingQueue<OxenEvent> heard = new LinkedBlockingQueue<>();

        try (EventSubscription subscription = clientOf(oxen).reconnectDelay(Duration.ofSeconds(30)).build().events(heard::add)) {
            assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo(new OxenEvent("message", "one", "41"));
            assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo(new OxenEvent("message", "two", "42"));
        }
        List<RecordedRequest> subscriptions = oxen.requests("GET", OxenPaths.EVENTS);
        assertThat(subscriptions.get(0).header("Last-Event-ID")).isEmpty();
        assertThat(subscriptions.get(1).header("Last-Event-ID")).contains("41");
    }

    @Test
    void aRefusedSubscriptionEndsWithoutReconnecting() throws Exception {
        oxen.serve("GET", OxenPaths.EVENTS, Reply.json(401, OxenClientSyncTest.bytes("errors/401-unauthenticated.json")));
        BlockingQueue<OxenException> ended = new LinkedBlockingQueue<>();
        EventListener listener = new EventListener() {
            @Override
            public void onEvent(OxenEvent event) {}

            @Override
            public void onDisconnected(OxenException why) {
                ended.add(why);
            }
        };

        try (EventSubscription subscription = clientOf(oxen).reconnectDelay(Duration.ofMillis(1)).build().events(listener)) {
            OxenException why = ended.poll(5, TimeUnit.SECONDS);
            assertThat(why.kind()).isEqualTo(OxenException.Kind.AUTHENTICATION);
            assertThat(why.getMessage()).startsWith("Oxen GET /api/events failed: HTTP 401 unauthenticated");
            assertThat(subscription.isEnded()).isTrue();
        }
        assertThat(oxen.count("GET", OxenPaths.EVENTS)).isEqualTo(1);
    }

    @Test
    void submitAndAwaitSubscribesBeforeItEnqueuesAndCompletesOnTheMatchingEventAmidKeepAlivesAndOtherEvents() {
        oxen.serve("GET", OxenPaths.EVENTS, Reply.events(EventStream.builder()
                .pause(Duration.ofMillis(200)).comment("keep-alive").comment("keep-alive")
                .event("repo_updated", "{\"repo\":\"alice/workbench\"}")
                .event("media_generation_completed", completed(OTHER, "succeeded"))
                .data("not json")
                .event("media_generation_completed", completed(ID, "succeeded")).staysOpen()));
        oxen.serve("POST", OxenPaths.QUEUE, enqueued(ID));
        oxen.serve("GET", OxenPaths.queueItem(ID), fixture("generation/queue-get-succeeded.json"));

        Generation done = clientOf(oxen).videoPolling(SLOW).build().submitAndAwait(TestRequest.video(), Duration.ofSeconds(10));

        assertThat(done.status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(done.resultUrlIfAny()).isPresent();
        assertThat(oxen.requests()).extracting(request -> request.method() + " " + request.path())
                .containsExactly("GET /api/events", "POST /api/ai/queue", "GET /api/ai/queue/" + ID);
    }

    @Test
    void whenTheStreamDropsTheWaitCompletesThroughPolling() {
        oxen.serve("GET", OxenPaths.EVENTS, Reply.events(EventStream.builder().comment("keep-alive")
                .pause(Duration.ofMillis(300)).drops()));
        oxen.serve("POST", OxenPaths.QUEUE, enqueued(ID));
        oxen.serveInTurn("GET", OxenPaths.queueItem(ID), fixture("generation/queue-get-processing.json"),
                fixture("generation/queue-get-succeeded.json"));

        Generation done = clientOf(oxen).videoPolling(new PollingCadence(Duration.ofMillis(20), Duration.ofSeconds(20)))
                .reconnectDelay(Duration.ofSeconds(30)).build().submitAndAwait(TestRequest.video(), Duration.ofSeconds(5));

        assertThat(done.status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(oxen.count("POST", OxenPaths.QUEUE)).isEqualTo(1);
        assertThat(oxen.count("GET", OxenPaths.queueItem(ID))).isEqualTo(2);
    }

    @Test
    void anEventStreamThatCannotBeOpenedDoesNotHoldTheEnqueueBackAndTheWaitPolls() {
        oxen.serve("GET", OxenPaths.EVENTS, Reply.status(503));
        oxen.serve("POST", OxenPaths.QUEUE, enqueued(ID));
        oxen.serveInTurn("GET", OxenPaths.queueItem(ID), fixture("generation/queue-get-processing.json"),
                fixture("generation/queue-get-succeeded.json"));

        // a connect timeout longer than the whole wait: waiting for a stream that failed would time the call out
        Generation done = clientOf(oxen).connectTimeout(Duration.ofSeconds(30)).videoPolling(FAST)
                .reconnectDelay(Duration.ofSeconds(30)).build().submitAndAwait(TestRequest.video(), Duration.ofSeconds(5));

        assertThat(done.status()).isEqualTo(GenerationStatus.SUCCEEDED);
        assertThat(oxen.count("POST", OxenPaths.QUEUE)).isEqualTo(1);
    }

    @Test
    void aCancelledGenerationWhichGetsNoEventIsFoundByPollingTheSilentStream() {
        oxen.serve("GET", OxenPaths.EVENTS, Reply.events(EventStream.builder().comment("keep-alive").staysOpen()));
        oxen.serve("POST", OxenPaths.QUEUE, enqueued(ID));
        String cancelled = new String(OxenClientSyncTest.bytes("generation/queue-get-processing.json"),
                java.nio.charset.StandardCharsets.UTF_8).replace("\"processing\"", "\"cancelled\"");
        oxen.serve("GET", OxenPaths.queueItem(ID), Reply.json(200, cancelled));

        Generation done = clientOf(oxen).videoPolling(FAST).build().submitAndAwait(TestRequest.video(), Duration.ofSeconds(10));

        assertThat(done.status()).isEqualTo(GenerationStatus.CANCELLED);
    }

    @Test
    void submitAndAwaitTimesOutWhenNothingEnds() {
        oxen.serve("GET", OxenPaths.EVENTS, Reply.events(EventStream.builder().staysOpen()));
        oxen.serve("POST", OxenPaths.QUEUE, enqueued(ID));
        oxen.serve("GET", OxenPaths.queueItem(ID), fixture("generation/queue-get-processing.json"));

        assertThatThrownBy(() -> clientOf(oxen).videoPolling(FAST).build().submitAndAwait(TestRequest.video(), Duration.ofMillis(200)))
                .isInstanceOfSatisfying(OxenException.class, e -> assertThat(e.kind()).isEqualTo(OxenException.Kind.TIMEOUT))
                .hasMessageContaining("still processing after PT0.2S");
        assertThat(oxen.count("POST", OxenPaths.QUEUE)).isEqualTo(1);
    }

    @Test
    void anInvalidRequestIsRefusedBeforeSubscribing() {
        assertThatThrownBy(() -> clientOf(oxen).build().submitAndAwait(
                TestRequest.video().violating(new Violation("/duration", "maximum", "must be at most 10, is 11")), Duration.ofSeconds(1)))
                .isInstanceOf(ValidationException.class);
        assertThat(oxen.requests()).isEmpty();
    }
}
