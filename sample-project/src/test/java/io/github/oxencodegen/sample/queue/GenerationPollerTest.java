package io.github.oxencodegen.sample.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.OxenPaths;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.sample.testing.FakeTime;
import io.github.oxencodegen.sample.testing.Fixtures;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GenerationPollerTest {
    private static final String ID = "bb8f5eb7-361e-4e13-ab73-67457bc8057e";

    private final FakeTime time = new FakeTime();
    private final List<String> changes = new ArrayList<>();
    private FakeOxen oxen;
    private GenerationPoller poller;

    @BeforeEach
    void start() throws IOException {
        oxen = FakeOxen.start().serve("POST", OxenPaths.QUEUE, Fixtures.recorded("generation/queue-enqueue-200.json"));
        QueueClient client = new QueueClient(HttpClient.newHttpClient(), oxen.baseUrl(), "key");
        poller = new GenerationPoller(client, Backoff.DEFAULT, Duration.ofSeconds(30), time, time);
    }

    @AfterEach
    void stop() {
        oxen.close();
    }

    private Generation await() throws QueueException {
        return poller.awaitTerminal(ID, generation -> changes.add(generation.status()));
    }

    @Test
    void pollsWithGrowingWaitsUntilTheGenerationSucceeds() throws QueueException {
        oxen.serveInTurn("GET", OxenPaths.queueItem(ID),
                Fixtures.recorded("generation/queue-get-queued.json"), Fixtures.recorded("generation/queue-get-queued.json"),
                Fixtures.recorded("generation/queue-get-processing.json"), Fixtures.recorded("generation/queue-get-succeeded.json"));

        Generation done = await();

        assertThat(done.knownStatus()).contains(GenerationStatus.SUCCEEDED);
        assertThat(done.id()).isEqualTo(ID);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(oxen.requests()).hasSize(4);
    }

    @Test
    void reportsEachStatusOnceWhenItChanges() throws QueueException {
        oxen.serveInTurn("GET", OxenPaths.queueItem(ID),
                Fixtures.recorded("generation/queue-get-queued.json"), Fixtures.recorded("generation/queue-get-queued.json"),
                Fixtures.recorded("generation/queue-get-processing.json"), Fixtures.recorded("generation/queue-get-processing.json"),
                Fixtures.recorded("generation/queue-get-succeeded.json"));

        await();

        assertThat(changes).containsExactly("queued", "processing", "succeeded");
    }

    @Test
    void aFailedGenerationEndsThePollingWithItsMessage() throws QueueException {
        oxen.serveInTurn("GET", OxenPaths.queueItem(ID),
                Fixtures.recorded("generation/queue-get-processing.json"), Fixtures.recorded("generation/queue-get-failed.json"));

        Generation done = await();

        assertThat(done.knownStatus()).contains(GenerationStatus.FAILED);
        assertThat(done.errorMessage()).contains("Insufficient credits");
    }

    @Test
    void aCancelledGenerationIsTerminal() throws QueueException {
        oxen.serveInTurn("GET", OxenPaths.queueItem(ID), Reply.json(200, "{\"generation_id\":\"" + ID + "\",\"status\":\"cancelled\"}"));

        assertThat(await().knownStatus()).contains(GenerationStatus.CANCELLED);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void anUnknownStatusIsTreatedAsStillRunning() throws QueueException {
        oxen.serveInTurn("GET", OxenPaths.queueItem(ID),
                Reply.json(200, "{\"status\":\"starting\"}"), Fixtures.recorded("generation/queue-get-succeeded.json"));

        assertThat(await().knownStatus()).contains(GenerationStatus.SUCCEEDED);
        assertThat(changes).containsExactly("starting", "succeeded");
    }

    @Test
    void givesUpAtTheOverallTimeoutWithoutSleepingPastIt() {
        oxen.serveInTurn("GET", OxenPaths.queueItem(ID), Fixtures.recorded("generation/queue-get-processing.json"));

        assertThatThrownBy(this::await).isInstanceOf(QueueException.class).hasMessage("Gave up on generation " + ID
                + " after 30 s (still processing); it may yet finish: GET " + oxen.baseUrl() + "/api/ai/queue/" + ID);
        assertThat(time.sleeps()).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L, 15L);
        assertThat(time.sleeps().stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theLastWaitIsCutToTheTimeLeft() {
        QueueClient client = new QueueClient(HttpClient.newHttpClient(), oxen.baseUrl(), "key");
        GenerationPoller shortPoller = new GenerationPoller(client, Backoff.DEFAULT, Duration.ofSeconds(10), time, time);
        oxen.serveInTurn("GET", OxenPaths.queueItem(ID), Fixtures.recorded("generation/queue-get-queued.json"));

        assertThatThrownBy(() -> shortPoller.awaitTerminal(ID, generation -> {})).hasMessageStartingWith("Gave up on generation");
        assertThat(time.sleeps()).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 3L);
    }

    @Test
    void aRefusalWhilePollingEndsThePollingWithItsLine() {
        oxen.serveInTurn("GET", OxenPaths.queueItem(ID),
                Fixtures.recorded("generation/queue-get-queued.json"), Reply.json(500, "{\"error\":{\"message\":\"boom\"}}"));

        assertThatThrownBy(this::await).hasMessage("Oxen failed to handle the request (HTTP 500): boom");
    }
}
