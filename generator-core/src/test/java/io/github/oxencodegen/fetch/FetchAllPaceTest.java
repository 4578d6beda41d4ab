package io.github.oxencodegen.fetch;

import static io.github.oxencodegen.fetch.ProducedFailures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.OxenPaths;
import io.github.oxencodegen.fake.RecordedRequest;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pace of fetchAll as the server sees it: how many requests it has in flight at once, and that a
 * 429 pauses every worker and reduces how many go at once, instead of each retrying on its own.
 */
class FetchAllPaceTest {
    private static final byte[] MODEL = modelBytes();

    private final FakeOxen oxen = FakeOxen.start();

    @AfterEach
    void stopServer() {
        oxen.close();
    }

    private ModelFetcher fetcher(int parallelism) {
        return new ModelFetcher(FetchSettings.defaults(oxen.baseUrl()).withApiKey(API_KEY)
                .withRequestTimeout(Duration.ofSeconds(10)).withParallelism(parallelism), new RecordingSleeper());
    }

    /** {@code count} ids, each served the same model object under its own id. */
    private List<String> models(int count, Duration answerAfter) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "model-" + i;
            ids.add(id);
            oxen.enqueueModel(id, answer(id).delayedBy(answerAfter));
        }
        return ids;
    }

    private static Reply answer(String id) {
        return Reply.json(200, new String(MODEL, StandardCharsets.UTF_8)
                .replace("\"flux-2-dev\"", "\"" + id + "\""));
    }

    @Test
    void theServerNeverHasMoreRequestsInFlightThanTheParallelism() {
        List<String> ids = models(40, Duration.ofMillis(40));

        Map<String, FetchOutcome> outcomes;
        try (ModelFetcher fetcher = fetcher(8)) {
            outcomes = fetcher.fetchAll(ids);
        }

        assertThat(outcomes.values()).allMatch(FetchOutcome.Fetched.class::isInstance);
        assertThat(oxen.requests()).hasSize(40).allSatisfy(request -> assertThat(request.inFlightOnArrival()).isLessThanOrEqualTo(8));
        // the bound is reached, not just respected: the answers were held long enough for 8 to overlap
        assertThat(oxen.mostConcurrentRequests()).isEqualTo(8);
    }

    @Test
    void a429PausesEveryWorkerForItsRetryAfterThenTheFetchGoesOnAtHalfTheParallelism() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add("model-" + i);
        }
        oxen.enqueueModel("model-0", Reply.json(429, "{\"error\":{\"message\":\"slow down\"}}")
                .withHeader("Retry-After", "1").delayedBy(Duration.ofMillis(100)), answer("model-0"));
        for (String id : ids.subList(1, ids.size())) {
            oxen.enqueueModel(id, answer(id).delayedBy(Duration.ofMillis(300)));
        }

        Map<String, FetchOutcome> outcomes;
        List<String> notices = new CopyOnWriteArrayList<>();
        try (ModelFetcher fetcher = new ModelFetcher(FetchSettings.defaults(oxen.baseUrl()).withApiKey(API_KEY)
                .withParallelism(4), new RecordingSleeper(), notices::add)) {
            outcomes = fetcher.fetchAll(ids);
        }

        assertThat(outcomes.keySet()).containsExactlyElementsOf(ids);
        assertThat(outcomes.values()).allMatch(FetchOutcome.Fetched.class::isInstance);
        assertThat(notices).containsExactly("Oxen answered 429 for 'model-0': no model is asked for during the next 1 s,"
                + " then at most 2 at once (of 4), more as Oxen keeps up");
        List<RecordedRequest> requests = oxen.requests();
        // no model was retried blindly: model-0 twice (the 429, then its answer), every other one once
        assertThat(requests).hasSize(13);
        assertThat(oxen.requests("GET", OxenPaths.model("model-0"))).hasSize(2);
        RecordedRequest limited = oxen.requests("GET", OxenPaths.model("model-0")).get(0);
        List<RecordedRequest> afterFirstBatch = requests.subList(4, requests.size());
        // the first four went before the 429 was answered; none of the rest started within its Retry-After
        assertThat(requests.subList(0, 4)).contains(limited);
        assertThat(afterFirstBatch).allSatisfy(request -> assertThat(request.arrival())
                .isGreaterThanOrEqualTo(limited.arrival().plusSeconds(1)));
        // then two at once (half of four), the answers taking 300 ms, until two answers raise the limit: the
        // third request starts when one of the first two is answered; the fourth and fifth start together
        // when the second answer raises the limit to three, so either may find the other already counted
        assertThat(afterFirstBatch.subList(0, 3)).allSatisfy(request -> assertThat(request.inFlightOnArrival())
                .isLessThanOrEqualTo(2));
        // and it grows back, one at a time, never past the parallelism
        assertThat(afterFirstBatch).anySatisfy(request -> assertThat(request.inFlightOnArrival()).isGreaterThanOrEqualTo(3));
        assertThat(requests).allSatisfy(request -> assertThat(request.inFlightOnArrival()).isLessThanOrEqualTo(4));
    }

    @Test
    void a503WithRetryAfterPausesEveryWorkerToo() {
        List<String> ids = List.of("model-0", "model-1", "model-2", "model-3");
        oxen.enqueueModel("model-0", Reply.json(503, "{}").withHeader("Retry-After", "1").delayedBy(Duration.ofMillis(100)),
                answer("model-0"));
        oxen.enqueueModel("model-1", answer("model-1").delayedBy(Duration.ofMillis(300)));
        oxen.enqueueModel("model-2", answer("model-2"));
        oxen.enqueueModel("model-3", answer("model-3"));

        Map<String, FetchOutcome> outcomes;
        try (ModelFetcher fetcher = fetcher(2)) {
            outcomes = fetcher.fetchAll(ids);
        }

        assertThat(outcomes.values()).allMatch(FetchOutcome.Fetched.class::isInstance);
        List<RecordedRequest> requests = oxen.requests();
        RecordedRequest unavailable = oxen.requests("GET", OxenPaths.model("model-0")).get(0);
        assertThat(requests).hasSize(5);
        assertThat(requests.subList(2, 5)).allSatisfy(request -> assertThat(request.arrival())
                .isGreaterThanOrEqualTo(unavailable.arrival().plusSeconds(1)));
    }

    @Test
    void outcomesFollowTheOrderAskedWhateverOrderTheAnswersCameIn() {
        List<String> ids = List.of("model-0", "model-1", "model-2", "model-3", "model-4");
        for (int i = 0; i < ids.size(); i++) {
            // the first asked is answered last
            oxen.enqueueModel(ids.get(i), answer(ids.get(i)).delayedBy(Duration.ofMillis(100L * (ids.size() - i))));
        }

        Map<String, FetchOutcome> outcomes;
        try (ModelFetcher fetcher = fetcher(5)) {
            outcomes = fetcher.fetchAll(ids);
        }

        assertThat(outcomes.keySet()).containsExactlyElementsOf(ids);
        outcomes.forEach((id, outcome) -> assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Fetched.class,
                fetched -> assertThat(fetched.model().modelId()).isEqualTo(id)));
        assertThat(oxen.mostConcurrentRequests()).isEqualTo(5);
    }

    @Test
    void aFailedOrStalledModelLosesNoneOfTheOthersOutcomes() {
        List<String> ids = List.of("model-0", "model-1", "model-2", "model-3", "model-4", "model-5");
        oxen.enqueueModel("model-0", answer("model-0"))
                .enqueueModel("model-1", Reply.json(500, "{\"error\":{\"message\":\"boom\"}}"))
                .enqueueModel("model-2", answer("model-2").stallingAfter(10))
                .enqueueModel("model-3", answer("model-3"))
                .enqueueModel("model-4", answer("model-4"))
                .enqueueModel("model-5", answer("model-5"));

        Map<String, FetchOutcome> outcomes;
        try (ModelFetcher fetcher = new ModelFetcher(FetchSettings.defaults(oxen.baseUrl()).withApiKey(API_KEY)
                .withRequestTimeout(Duration.ofMillis(700)).withMaxRetries(0).withParallelism(2), new RecordingSleeper())) {
            outcomes = fetcher.fetchAll(ids);
        }

        assertThat(outcomes.keySet()).containsExactlyElementsOf(ids);
        assertThat(ProducedFailures.failureIn(outcomes.get("model-1")).kind()).isEqualTo(FetchException.Kind.SERVER_ERROR);
        assertThat(ProducedFailures.failureIn(outcomes.get("model-2")).kind()).isEqualTo(FetchException.Kind.TIMEOUT);
        for (String id : List.of("model-0", "model-3", "model-4", "model-5")) {
            assertThat(outcomes.get(id)).isInstanceOf(FetchOutcome.Fetched.class);
        }
    }

    private static byte[] modelBytes() {
        try {
            return Files.readAllBytes(Fixtures.path("models/flux-2-dev.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
