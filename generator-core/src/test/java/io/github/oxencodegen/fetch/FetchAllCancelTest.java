package io.github.oxencodegen.fetch;

import static io.github.oxencodegen.fetch.ProducedFailures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.testing.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Interrupting the caller of fetchAll, or closing the fetcher, ends the requests in flight and starts
 * none of the models still waiting. The server holds every answer (silence) for 10 s, and the request
 * timeout is a minute: a fetch that only stopped waiting, or that went on in the background, would show.
 */
class FetchAllCancelTest {
    private static final List<String> IDS = List.of("model-0", "model-1", "model-2", "model-3", "model-4");

    private final FakeOxen oxen = FakeOxen.start();
    private final ModelFetcher fetcher = new ModelFetcher(FetchSettings.defaults(oxen.baseUrl()).withApiKey(API_KEY)
            .withRequestTimeout(Duration.ofSeconds(60)).withParallelism(2), new RecordingSleeper());

    @AfterEach
    void stop() {
        fetcher.close();
        oxen.close();
    }

    @Test
    void interruptingTheCallerCancelsTheRequestsInFlightAndStartsNoMoreAndFreesTheWorkers() throws Exception {
        IDS.forEach(id -> oxen.enqueueModel(id, Reply.silence()));
        AtomicReference<Thread> caller = new AtomicReference<>();
        CompletableFuture<Map<String, FetchOutcome>> fetching = CompletableFuture.supplyAsync(() -> {
            caller.set(Thread.currentThread());
            return fetcher.fetchAll(IDS);
        });
        awaitRequests(2);

        caller.get().interrupt();

        assertThat(fetching).failsWithin(5, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(CancellationException.class)
                .withMessage("Interrupted while fetching the models " + IDS);
        assertNoMoreRequestsThan(2);
        // both workers are free again: had they stayed in their exchanges, this would wait 10 s for them
        oxen.enqueueModel("flux-2-dev", Reply.json(200, Fixtures.path("models/flux-2-dev.json")));
        assertThat(CompletableFuture.supplyAsync(() -> fetcher.fetchAll(List.of("flux-2-dev"))))
                .succeedsWithin(5, TimeUnit.SECONDS)
                .satisfies(outcomes -> assertThat(outcomes.get("flux-2-dev")).isInstanceOf(FetchOutcome.Fetched.class));
    }

    @Test
    void closingTheFetcherCancelsTheRequestsInFlightAndStartsNoMore() throws Exception {
        IDS.forEach(id -> oxen.enqueueModel(id, Reply.silence()));
        CompletableFuture<Map<String, FetchOutcome>> fetching = CompletableFuture.supplyAsync(() -> fetcher.fetchAll(IDS));
        awaitRequests(2);

        fetcher.close();

        assertThat(fetching).failsWithin(5, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(CancellationException.class)
                .withMessage("The fetch of the models " + IDS + " was cancelled: the fetcher was closed");
        assertNoMoreRequestsThan(2);
    }

    @Test
    void closingTheFetcherDuringA429PauseEndsTheWait() throws Exception {
        oxen.enqueueModel("model-0", Reply.json(429, "{}").withHeader("Retry-After", "60"));
        IDS.subList(1, IDS.size()).forEach(id -> oxen.enqueueModel(id, Reply.silence()));
        ModelFetcher single = new ModelFetcher(FetchSettings.defaults(oxen.baseUrl()).withApiKey(API_KEY)
                .withParallelism(1), new RecordingSleeper());
        CompletableFuture<Map<String, FetchOutcome>> fetching = CompletableFuture.supplyAsync(() -> single.fetchAll(IDS));
        awaitRequests(1);

        single.close();

        assertThat(fetching).failsWithin(5, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(CancellationException.class);
        assertNoMoreRequestsThan(1);
    }

    private void awaitRequests(int count) throws InterruptedException {
        for (int i = 0; i < 500 && oxen.requests().size() < count; i++) {
            Thread.sleep(10);
        }
        assertThat(oxen.requests()).hasSize(count);
    }

    /** Long enough for a worker that was not stopped to send its next request. */
    private void assertNoMoreRequestsThan(int count) throws InterruptedException {
        Thread.sleep(300);
        assertThat(oxen.requests()).hasSize(count);
    }
}
