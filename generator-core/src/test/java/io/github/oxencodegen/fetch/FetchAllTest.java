package io.github.oxencodegen.fetch;

import static io.github.oxencodegen.fetch.OxenTestServer.fixtureReply;
import static io.github.oxencodegen.fetch.ProducedFailures.API_KEY;
import static io.github.oxencodegen.fetch.ProducedFailures.failureIn;
import static io.github.oxencodegen.fetch.ProducedFailures.produced;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.oxencodegen.fetch.FetchException.Kind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Fetching several models at once: in parallel, bounded, and reported in the order asked. */
class FetchAllTest {
    private static final List<String> REAL_MODELS = List.of("flux-2-pro", "flux-2-flex", "gpt-image-2",
            "ideogram-v4", "qwen-image-3", "z-image-turbo");

    private final OxenTestServer oxen = new OxenTestServer();

    @AfterEach
    void stopServer() {
        oxen.close();
    }

    private ModelFetcher fetcher(int parallelism) {
        return new ModelFetcher(FetchSettings.defaults(oxen.baseUrl()).withApiKey(API_KEY)
                .withRequestTimeout(Duration.ofSeconds(10)).withParallelism(parallelism), new RecordingSleeper());
    }

    /** Answers only once {@code other} has been answered, and 500 if that does not happen within 5 s. */
    private static OxenTestServer.Reply after(CountDownLatch other, OxenTestServer.Reply reply) {
        return (exchange, closed) -> {
            if (other.await(5, TimeUnit.SECONDS)) {
                reply.send(exchange, closed);
            } else {
                OxenTestServer.json(500, "{\"error\":{\"message\":\"the other request never came\"}}").send(exchange, closed);
            }
        };
    }

    private static OxenTestServer.Reply counting(CountDownLatch answered, OxenTestServer.Reply reply) {
        return (exchange, closed) -> {
            reply.send(exchange, closed);
            answered.countDown();
        };
    }

    @Test
    void modelsAreFetchedInParallelAndReportedInTheOrderAsked() {
        CountDownLatch missingAnswered = new CountDownLatch(1);
        oxen.on("flux-2-pro", after(missingAnswered, fixtureReply(200, "real/flux-2-pro.json")));
        oxen.on("wan-v9-9-does-not-exist",
                counting(missingAnswered, fixtureReply(404, "errors/get-model-404-model-not-found.json")));
        oxen.on("claude-sonnet-4-6", fixtureReply(200, "models/claude-sonnet-4-6.json"));
        oxen.on("gpt-image-2", fixtureReply(200, "real/gpt-image-2.json"));

        Map<String, FetchOutcome> outcomes;
        try (ModelFetcher fetcher = fetcher(2)) {
            outcomes = fetcher.fetchAll(List.of("flux-2-pro", "wan-v9-9-does-not-exist", "claude-sonnet-4-6", "gpt-image-2"));
        }

        assertThat(outcomes.keySet()).containsExactly("flux-2-pro", "wan-v9-9-does-not-exist", "claude-sonnet-4-6", "gpt-image-2");
        // answered only once the second model had been: both were in flight together
        assertThat(outcomes.get("flux-2-pro")).isInstanceOfSatisfying(FetchOutcome.Fetched.class,
                fetched -> assertThat(fetched.model().modelId()).isEqualTo("flux-2-pro"));
        assertThat(failureIn(outcomes.get("wan-v9-9-does-not-exist")).kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(failureIn(outcomes.get("claude-sonnet-4-6")).kind()).isEqualTo(Kind.NO_REQUEST_SCHEMA);
        assertThat(outcomes.get("gpt-image-2")).isInstanceOf(FetchOutcome.Fetched.class);
    }

    @Test
    void noMoreModelsThanTheParallelismAreInFlightAtOnce() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        CyclicBarrier pairs = new CyclicBarrier(2);
        for (String id : REAL_MODELS) {
            OxenTestServer.Reply model = fixtureReply(200, "real/" + id + ".json");
            oxen.on(id, (exchange, closed) -> {
                mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    pairs.await(5, TimeUnit.SECONDS);
                } catch (BrokenBarrierException | TimeoutException e) {
                    inFlight.decrementAndGet();
                    OxenTestServer.json(500, "{}").send(exchange, closed);
                    return;
                }
                inFlight.decrementAndGet();
                model.send(exchange, closed);
            });
        }

        Map<String, FetchOutcome> outcomes;
        try (ModelFetcher fetcher = fetcher(2)) {
            outcomes = fetcher.fetchAll(REAL_MODELS);
        }

        assertThat(outcomes.keySet()).containsExactlyElementsOf(REAL_MODELS);
        assertThat(outcomes.values()).allMatch(FetchOutcome.Fetched.class::isInstance);
        assertThat(mostInFlight.get()).isEqualTo(2);
    }

    @Test
    void anIdGivenTwiceIsFetchedOnce() {
        oxen.on("flux-2-pro", fixtureReply(200, "real/flux-2-pro.json"));

        Map<String, FetchOutcome> outcomes;
        try (ModelFetcher fetcher = fetcher(4)) {
            outcomes = fetcher.fetchAll(List.of("flux-2-pro", "flux-2-pro"));
        }

        assertThat(outcomes).containsOnlyKeys("flux-2-pro");
        assertThat(oxen.requests()).hasSize(1);
    }

    @Test
    void oneInvalidIdStopsTheWholeCallBeforeAnyRequest() {
        try (ModelFetcher fetcher = fetcher(4)) {
            produced(assertThatIllegalArgumentException()
                    .isThrownBy(() -> fetcher.fetchAll(List.of("flux-2-pro", "../flux-2-dev")))
                    .withMessageContaining("'../flux-2-dev' is not a valid model id").actual());
        }

        assertThat(oxen.requests()).isEmpty();
    }

    @Test
    void nothingAskedIsNothingFetched() {
        try (ModelFetcher fetcher = fetcher(4)) {
            assertThat(fetcher.fetchAll(List.of())).isEmpty();
        }
    }

    @Test
    void aClosedFetcherRefusesToFetch() {
        ModelFetcher fetcher = fetcher(1);
        fetcher.close();

        assertThatIllegalStateException().isThrownBy(() -> fetcher.fetch("flux-2-pro"));
        assertThatIllegalStateException().isThrownBy(() -> fetcher.fetchAll(List.of("flux-2-pro")));
        assertThat(oxen.requests()).isEmpty();
    }
}
