package io.github.oxencodegen.fetch;

import static io.github.oxencodegen.fetch.ProducedFailures.API_KEY;
import static io.github.oxencodegen.fetch.ProducedFailures.failureIn;
import static io.github.oxencodegen.fetch.ProducedFailures.produced;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.fetch.FetchException.Kind;
import io.github.oxencodegen.testing.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Fetching several models at once: in parallel, bounded, and reported in the order asked. */
class FetchAllTest {
    private static final List<String> REAL_MODELS = List.of("flux-2-pro", "flux-2-flex", "gpt-image-2",
            "ideogram-v4", "qwen-image-3", "z-image-turbo");

    private final FakeOxen oxen = FakeOxen.start();

    @AfterEach
    void stopServer() {
        oxen.close();
    }

    private ModelFetcher fetcher(int parallelism) {
        return new ModelFetcher(FetchSettings.defaults(oxen.baseUrl()).withApiKey(API_KEY)
                .withRequestTimeout(Duration.ofSeconds(10)).withParallelism(parallelism), new RecordingSleeper());
    }

    @Test
    void modelsAreFetchedInParallelAndReportedInTheOrderAsked() {
        oxen.enqueueModel("flux-2-pro", Reply.json(200, Fixtures.path("real/flux-2-pro.json")));
        oxen.enqueueModel("wan-v9-9-does-not-exist", Reply.json(404, Fixtures.path("errors/get-model-404-model-not-found.json")));
        oxen.enqueueModel("claude-sonnet-4-6", Reply.json(200, Fixtures.path("models/claude-sonnet-4-6.json")));
        oxen.enqueueModel("gpt-image-2", Reply.json(200, Fixtures.path("real/gpt-image-2.json")));
        oxen.answerInGroupsOf(2);

        Map<String, FetchOutcome> outcomes;
        try (ModelFetcher fetcher = fetcher(2)) {
            outcomes = fetcher.fetchAll(List.of("flux-2-pro", "wan-v9-9-does-not-exist", "claude-sonnet-4-6", "gpt-image-2"));
        }

        assertThat(outcomes.keySet()).containsExactly("flux-2-pro", "wan-v9-9-does-not-exist", "claude-sonnet-4-6", "gpt-image-2");
        // answered only in pairs: the first two were in flight together
        assertThat(outcomes.get("flux-2-pro")).isInstanceOfSatisfying(FetchOutcome.Fetched.class,
                fetched -> assertThat(fetched.model().modelId()).isEqualTo("flux-2-pro"));
        assertThat(failureIn(outcomes.get("wan-v9-9-does-not-exist")).kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(failureIn(outcomes.get("claude-sonnet-4-6")).kind()).isEqualTo(Kind.NO_REQUEST_SCHEMA);
        assertThat(outcomes.get("gpt-image-2")).isInstanceOf(FetchOutcome.Fetched.class);
    }

    @Test
    void noMoreModelsThanTheParallelismAreInFlightAtOnce() {
        for (String id : REAL_MODELS) {
            oxen.enqueueModel(id, Reply.json(200, Fixtures.path("real/" + id + ".json")));
        }
        oxen.answerInGroupsOf(2);

        Map<String, FetchOutcome> outcomes;
        try (ModelFetcher fetcher = fetcher(2)) {
            outcomes = fetcher.fetchAll(REAL_MODELS);
        }

        assertThat(outcomes.keySet()).containsExactlyElementsOf(REAL_MODELS);
        assertThat(outcomes.values()).allMatch(FetchOutcome.Fetched.class::isInstance);
        assertThat(oxen.mostConcurrentRequests()).isEqualTo(2);
    }

    @Test
    void anIdGivenTwiceIsFetchedOnce() {
        oxen.enqueueModel("flux-2-pro", Reply.json(200, Fixtures.path("real/flux-2-pro.json")));

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
