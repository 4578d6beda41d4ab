package io.github.oxencodegen.fetch;

import static io.github.oxencodegen.fetch.ProducedFailures.API_KEY;
import static io.github.oxencodegen.fetch.ProducedFailures.fetchFailure;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.fetch.FetchException.Kind;
import io.github.oxencodegen.testing.Fixtures;
import java.net.URI;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What each HTTP status other than 200 turns into; none of these is asked again. */
class ModelFetcherStatusTest {
    private final FakeOxen oxen = FakeOxen.start();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @AfterEach
    void stopServer() {
        oxen.close();
    }

    private ModelFetcher fetcher() {
        return fetcher(settings -> settings);
    }

    private ModelFetcher fetcher(UnaryOperator<FetchSettings> change) {
        FetchSettings settings = FetchSettings.defaults(oxen.baseUrl()).withApiKey(API_KEY)
                .withRequestTimeout(Duration.ofSeconds(10))
                .withKeySources("the password of a <server> with id 'corp-oxen' in your Maven settings.xml, or the"
                        + " OXEN_API_KEY environment variable");
        return new ModelFetcher(change.apply(settings), sleeper);
    }

    private URI urlOf(String modelId) {
        return URI.create(oxen.baseUrl() + "/api/ai/models/" + modelId);
    }

    @Test
    void aMissingKeyOn401SaysHowToGiveOne() {
        oxen.enqueueModel("flux-2-dev", Reply.json(401, Fixtures.path("errors/401-unauthenticated.json")));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher(settings -> settings.withApiKey(null))) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(failure.status()).isEqualTo(401);
        assertThat(failure.getMessage()).isEqualTo("Model 'flux-2-dev' from " + urlOf("flux-2-dev")
                + ": Oxen answered 401 Unauthorized (\"You are not authenticated. Please log in and try again.\"):"
                + " no API key was sent. Give the key as the password of a <server> with id 'corp-oxen' in your Maven"
                + " settings.xml, or the OXEN_API_KEY environment variable.");
    }

    @Test
    void aRejectedKeyOn401SaysWhereTheKeyComesFromWithoutShowingIt() {
        oxen.enqueueModel("flux-2-dev", Reply.json(401, Fixtures.path("errors/401-unauthenticated.json")));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher()) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(failure.getMessage())
                .contains("the API key was not accepted")
                .contains("<server> with id 'corp-oxen'", "OXEN_API_KEY")
                .doesNotContain(API_KEY);
        assertThat(oxen.requests()).hasSize(1);
    }

    @Test
    void a403SaysTheKeyMayNotReadTheModel() {
        oxen.enqueueModel("flux-2-dev", Reply.json(403, "{\"error\":{\"type\":\"forbidden\",\"title\":\"Forbidden.\","
                + "\"detail\":\"No access to this model\"},\"status\":\"error\",\"status_message\":\"forbidden\"}"));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher()) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.kind()).isEqualTo(Kind.FORBIDDEN);
        assertThat(failure.status()).isEqualTo(403);
        assertThat(failure.getMessage())
                .contains("Oxen answered 403 Forbidden (\"Forbidden. No access to this model\")")
                .contains("<server> with id 'corp-oxen'", "OXEN_API_KEY")
                .doesNotContain(API_KEY);
        assertThat(oxen.requests()).hasSize(1);
    }

    @Test
    void a404NamesTheModelAndRepeatsOxensMessage() {
        oxen.enqueueModel("wan-v9-9-does-not-exist", Reply.json(404, Fixtures.path("errors/get-model-404-model-not-found.json")));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher()) {
            failure = fetchFailure(fetcher, "wan-v9-9-does-not-exist");
        }

        assertThat(failure.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(failure.modelId()).isEqualTo("wan-v9-9-does-not-exist");
        assertThat(failure.url()).isEqualTo(urlOf("wan-v9-9-does-not-exist"));
        assertThat(failure.getMessage()).startsWith("Model 'wan-v9-9-does-not-exist' from "
                + urlOf("wan-v9-9-does-not-exist") + ": Oxen answered 404 Not Found"
                + " (\"Model not found: wan-v9-9-does-not-exist\"): there is no model 'wan-v9-9-does-not-exist'.");
        assertThat(oxen.requests()).hasSize(1);
    }

    @Test
    void aKeyEchoedBackByTheServerIsRemovedFromTheMessage() {
        oxen.enqueueModel("flux-2-dev", Reply.json(404, "{\"error\":{\"message\":\"Unknown model for Bearer " + API_KEY + "\"}}"));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher()) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.getMessage()).contains("Unknown model for Bearer [API key]");
    }

    @Test
    void a500FailsAtOnceWithoutARetry() {
        oxen.enqueueModel("flux-2-dev", Reply.json(500, "{\"error\":{\"message\":\"boom\"}}"),
                Reply.json(200, Fixtures.path("models/flux-2-dev.json")));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher()) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(failure.status()).isEqualTo(500);
        assertThat(failure.getMessage()).contains("Oxen answered 500 Internal Server Error (\"boom\")")
                .doesNotContain("attempt");
        assertThat(oxen.requests()).hasSize(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void aStatusOutsideTheApiIsUnexpected() {
        oxen.enqueueModel("flux-2-dev", Reply.json(400, Fixtures.path("errors/400-invalid-params.json")));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher()) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.kind()).isEqualTo(Kind.UNEXPECTED_STATUS);
        assertThat(failure.status()).isEqualTo(400);
        assertThat(failure.getMessage()).contains("Oxen answered 400 Bad Request (\"Invalid parameters supplied,"
                + " please check your request and try again. Specific error details\")");
        assertThat(oxen.requests()).hasSize(1);
    }

    @Test
    void aRedirectIsNotFollowedSoTheKeyStaysWithTheConfiguredServer() {
        oxen.enqueueModel("flux-2-dev", Reply.body(301, "text/plain", new byte[0])
                .withHeader("Location", oxen.baseUrl() + "/api/ai/models/flux-2-pro"));
        oxen.enqueueModel("flux-2-pro", Reply.json(200, Fixtures.path("real/flux-2-pro.json")));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher()) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.kind()).isEqualTo(Kind.UNEXPECTED_STATUS);
        assertThat(failure.status()).isEqualTo(301);
        assertThat(failure.getMessage()).contains("with a redirect to " + oxen.baseUrl() + "/api/ai/models/flux-2-pro,"
                + " which is not followed");
        assertThat(oxen.requests()).hasSize(1);
    }

    @Test
    void withoutBeingToldWhereTheKeyComesFromTheAdviceNamesTheEnvironmentVariableAlone() {
        oxen.enqueueModel("flux-2-dev", Reply.json(401, Fixtures.path("errors/401-unauthenticated.json")));

        FetchException failure;
        try (ModelFetcher fetcher = new ModelFetcher(FetchSettings.defaults(oxen.baseUrl()), sleeper)) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.getMessage()).endsWith("no API key was sent. Give the key as the OXEN_API_KEY environment variable.");
    }
}
