package io.github.oxencodegen.fetch;

import static io.github.oxencodegen.fetch.ProducedFailures.API_KEY;
import static io.github.oxencodegen.fetch.ProducedFailures.fetchFailure;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.fetch.FetchException.Kind;
import io.github.oxencodegen.testing.Fixtures;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which answers are asked again, how long the fetcher waits in between, and when it gives up. */
class ModelFetcherRetryTest {
    private static final byte[] NO_BODY = new byte[0];

    private final FakeOxen oxen = FakeOxen.start();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @AfterEach
    void stopServer() {
        oxen.close();
    }

    private ModelFetcher fetcher(UnaryOperator<FetchSettings> change) {
        FetchSettings settings = FetchSettings.defaults(oxen.baseUrl()).withApiKey(API_KEY)
                .withRequestTimeout(Duration.ofSeconds(10));
        return new ModelFetcher(change.apply(settings), sleeper);
    }

    private ModelFetcher fetcher() {
        return fetcher(settings -> settings);
    }

    private static Reply tooManyRequests(String retryAfter) {
        return Reply.json(429, "{\"error\":{\"message\":\"slow down\"}}").withHeader("Retry-After", retryAfter);
    }

    @Test
    void a429IsAskedAgainAfterTheSecondsInRetryAfter() throws Exception {
        oxen.enqueueModel("flux-2-dev", tooManyRequests("2"), Reply.json(200, Fixtures.path("models/flux-2-dev.json")));

        try (ModelFetcher fetcher = fetcher()) {
            assertThat(fetcher.fetch("flux-2-dev").modelId()).isEqualTo("flux-2-dev");
        }

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
        assertThat(oxen.requests()).hasSize(2);
    }

    @Test
    void aRetryAfterDateInThePastMeansAskingAgainAtOnce() throws Exception {
        oxen.enqueueModel("flux-2-dev", tooManyRequests("Wed, 21 Oct 2015 07:28:00 GMT"), Reply.json(200, Fixtures.path("models/flux-2-dev.json")));

        try (ModelFetcher fetcher = fetcher()) {
            fetcher.fetch("flux-2-dev");
        }

        assertThat(sleeper.waits()).containsExactly(Duration.ZERO);
    }

    @Test
    void aRetryAfterLongerThanAMinuteIsShortenedToAMinute() throws Exception {
        oxen.enqueueModel("flux-2-dev", tooManyRequests("3600"), Reply.json(200, Fixtures.path("models/flux-2-dev.json")));

        try (ModelFetcher fetcher = fetcher()) {
            fetcher.fetch("flux-2-dev");
        }

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(60));
    }

    @Test
    void a429WithoutRetryAfterBacksOffExponentially() throws Exception {
        oxen.enqueueModel("flux-2-dev", Reply.json(429, "{}"), Reply.json(429, "{}"), Reply.json(200, Fixtures.path("models/flux-2-dev.json")));

        try (ModelFetcher fetcher = fetcher()) {
            fetcher.fetch("flux-2-dev");
        }

        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void a503TwiceThenA200Succeeds() throws Exception {
        oxen.enqueueModel("flux-2-dev", Reply.body(503, "text/plain", NO_BODY), Reply.body(503, "text/plain", NO_BODY),
                Reply.json(200, Fixtures.path("models/flux-2-dev.json")));

        try (ModelFetcher fetcher = fetcher()) {
            assertThat(fetcher.fetch("flux-2-dev").model().hasRequestSchema()).isTrue();
        }

        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(oxen.requests()).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {502, 504})
    void gatewayFailuresAreAskedAgain(int status) throws Exception {
        oxen.enqueueModel("flux-2-dev", Reply.json(status, "{}"), Reply.json(200, Fixtures.path("models/flux-2-dev.json")));

        try (ModelFetcher fetcher = fetcher()) {
            fetcher.fetch("flux-2-dev");
        }

        assertThat(oxen.requests()).hasSize(2);
    }

    @Test
    void whenEveryRetryFailsTheMessageCountsTheAttempts() {
        oxen.enqueueModel("flux-2-dev", Reply.json(503, "{}"), Reply.json(503, "{}"), Reply.json(503, "{}"), Reply.json(503, "{}"));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher()) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(failure.status()).isEqualTo(503);
        assertThat(failure.getMessage()).contains("Oxen answered 503 Service Unavailable; gave up after 4 attempts.");
        assertThat(oxen.requests()).hasSize(4);
        assertThat(sleeper.waits())
                .containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void a429OnEveryAttemptIsRateLimited() {
        oxen.enqueueModel("flux-2-dev", tooManyRequests("1"), tooManyRequests("1"));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher(settings -> settings.withMaxRetries(1))) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failure.getMessage())
                .contains("Oxen answered 429 Too Many Requests (\"slow down\"); gave up after 2 attempts.");
        assertThat(oxen.requests()).hasSize(2);
    }

    @Test
    void withNoRetriesOneAttemptIsMade() {
        oxen.enqueueModel("flux-2-dev", Reply.json(503, "{}"), Reply.json(200, Fixtures.path("models/flux-2-dev.json")));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher(settings -> settings.withMaxRetries(0))) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(failure.getMessage()).doesNotContain("attempt");
        assertThat(oxen.requests()).hasSize(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void aFinalAnswerAfterARetryStopsTheRetriesAndSaysWhichAttemptGotIt() {
        oxen.enqueueModel("flux-2-dev", Reply.json(503, "{}"), Reply.json(404, Fixtures.path("errors/get-model-404-model-not-found.json")),
                Reply.json(200, Fixtures.path("models/flux-2-dev.json")));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher()) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(failure.getMessage()).contains(": there is no model 'flux-2-dev' (on attempt 2).");
        assertThat(oxen.requests()).hasSize(2);
    }

    @Test
    void theWaitDoublesUpToEightSeconds() throws Exception {
        Reply unavailable = Reply.json(503, "{}");
        oxen.enqueueModel("flux-2-dev", unavailable, unavailable, unavailable, unavailable, unavailable, unavailable,
                Reply.json(200, Fixtures.path("models/flux-2-dev.json")));

        try (ModelFetcher fetcher = fetcher(settings -> settings.withMaxRetries(6).withInitialBackoff(Duration.ofSeconds(1)))) {
            fetcher.fetch("flux-2-dev");
        }

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(8), Duration.ofSeconds(8));
    }
}
