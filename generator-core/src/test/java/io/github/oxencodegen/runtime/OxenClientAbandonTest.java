package io.github.oxencodegen.runtime;

import static io.github.oxencodegen.runtime.OxenClientSyncTest.clientOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.OxenPaths;
import io.github.oxencodegen.fake.Reply;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A call the caller gave up on (its timeout, an interrupt, a cancelled future) lets go of the exchange in
 * flight and of a retry still waiting: the server sees the connection closed, and nothing is sent later.
 */
class OxenClientAbandonTest {
    private static final String ID = "7cf9b23a-1234-5678-9abc-def012345678";
    /** Longer than every client timeout below: the rest of the answer comes after the caller gave up. */
    private static final Duration PAUSE = Duration.ofSeconds(1);

    private final FakeOxen oxen = FakeOxen.start();

    @AfterEach
    void stopServer() {
        oxen.close();
    }

    private static Reply processingThenPause() {
        return Reply.json(200, OxenClientSyncTest.bytes("generation/queue-get-processing.json")).pausingAfter(10, PAUSE);
    }

    private void awaitFirstRequest() throws InterruptedException {
        while (oxen.count("GET", OxenPaths.queueItem(ID)) == 0) {
            Thread.sleep(5);
        }
    }

    @Test
    void anAnswerThatStallsPastTheTimeoutIsAbandonedSoTheServerSeesTheConnectionClosed() throws Exception {
        oxen.serve("GET", OxenPaths.queueItem(ID), processingThenPause());
        OxenClient client = clientOf(oxen).requestTimeout(Duration.ofMillis(200)).maxRetries(0).build();

        OxenException e = catchThrowableOfType(() -> client.generation(ID), OxenException.class);

        assertThat(e.kind()).isEqualTo(OxenException.Kind.TIMEOUT);
        assertThat(oxen.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(oxen.answersCutShort()).as("the client closed the connection instead of reading on").isEqualTo(1);
    }

    @Test
    void cancellingTheCallersFutureAbandonsTheExchangeInFlight() throws Exception {
        oxen.serve("GET", OxenPaths.queueItem(ID), processingThenPause());
        CompletableFuture<Generation> polled = clientOf(oxen).maxRetries(0).build().generationAsync(ID);
        awaitFirstRequest();

        polled.cancel(true);

        assertThat(oxen.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(oxen.answersCutShort()).isEqualTo(1);
    }

    @Test
    void interruptingTheCallerAbandonsTheExchangeInFlight() throws Exception {
        oxen.serve("GET", OxenPaths.queueItem(ID), processingThenPause());
        OxenClient client = clientOf(oxen).maxRetries(0).build();
        AtomicReference<OxenException> failure = new AtomicReference<>();
        Thread caller = new Thread(() -> failure.set(catchThrowableOfType(() -> client.generation(ID), OxenException.class)));
        caller.start();
        awaitFirstRequest();

        caller.interrupt();
        caller.join(5_000);

        assertThat(failure.get().kind()).isEqualTo(OxenException.Kind.TRANSPORT);
        assertThat(oxen.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(oxen.answersCutShort()).isEqualTo(1);
    }

    @Test
    void cancellingWhileARetryWaitsSendsNoRetry() throws Exception {
        oxen.enqueue("GET", OxenPaths.queueItem(ID), Reply.json(503, "{}").withHeader("Retry-After", "1"),
                Reply.json(200, OxenClientSyncTest.bytes("generation/queue-get-processing.json")));
        CompletableFuture<Generation> polled = clientOf(oxen).maxRetries(1).build().generationAsync(ID);
        awaitFirstRequest();
        assertThat(oxen.awaitIdle(Duration.ofSeconds(5))).isTrue(); // the 503 is answered: the retry waits its second

        polled.cancel(true);
        Thread.sleep(PAUSE.toMillis() + 500); // past the moment the retry was due

        assertThat(oxen.count("GET", OxenPaths.queueItem(ID))).as("no retry after the caller gave up").isEqualTo(1);
    }
}
