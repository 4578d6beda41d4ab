package io.github.oxencodegen.fetch;

import static io.github.oxencodegen.fetch.ProducedFailures.API_KEY;
import static io.github.oxencodegen.fetch.ProducedFailures.fetchFailure;
import static io.github.oxencodegen.fetch.ProducedFailures.produced;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.fetch.FetchException.Kind;
import io.github.oxencodegen.schema.ModelDocumentReader;
import io.github.oxencodegen.testing.Fixtures;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the fetcher sends, and what it makes of a 200 answer. */
class ModelFetcherTest {
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
                .withRequestTimeout(Duration.ofSeconds(10));
        return new ModelFetcher(change.apply(settings), sleeper);
    }

    private URI urlOf(String modelId) {
        return URI.create(oxen.baseUrl() + "/api/ai/models/" + modelId);
    }

    @Test
    void aModelObjectIsReturnedWithItsBodyDocumentAndSchema() throws Exception {
        oxen.enqueueModel("flux-2-dev", Reply.json(200, Fixtures.path("models/flux-2-dev.json")));

        FetchedModel fetched;
        try (ModelFetcher fetcher = fetcher()) {
            fetched = fetcher.fetch("flux-2-dev");
        }

        assertThat(fetched.modelId()).isEqualTo("flux-2-dev");
        assertThat(fetched.url()).isEqualTo(urlOf("flux-2-dev"));
        assertThat(fetched.body()).isEqualTo(Fixtures.bytes("models/flux-2-dev.json"));
        assertThat(fetched.document())
                .isEqualTo(ModelDocumentReader.parseJson(Fixtures.bytes("models/flux-2-dev.json"), "fixture"));
        assertThat(fetched.model().id()).isEqualTo("flux-2-dev");
        assertThat(fetched.model().endpoint()).isEqualTo("/images/generate");
        assertThat(fetched.model().requestSchema()).isEqualTo(fetched.document().get("request_schema"));
        assertThat(fetched.model().source()).isEqualTo(urlOf("flux-2-dev").toString());
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void theRequestCarriesTheKeyAsABearerTokenAndAsksForJson() throws Exception {
        oxen.enqueueModel("flux-2-dev", Reply.json(200, Fixtures.path("models/flux-2-dev.json")));

        try (ModelFetcher fetcher = fetcher(settings -> settings.withUserAgent("oxen-codegen/0.1 (test)"))) {
            fetcher.fetch("flux-2-dev");
        }

        assertThat(oxen.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.path()).isEqualTo("/api/ai/models/flux-2-dev");
            assertThat(request.header("Authorization")).contains("Bearer " + API_KEY);
            assertThat(request.header("Accept")).contains("application/json");
            assertThat(request.header("User-Agent")).contains("oxen-codegen/0.1 (test)");
        });
    }

    @Test
    void withoutAKeyNoAuthorizationHeaderIsSent() throws Exception {
        oxen.enqueueModel("flux-2-dev", Reply.json(200, Fixtures.path("models/flux-2-dev.json")));

        try (ModelFetcher fetcher = fetcher(settings -> settings.withApiKey(null))) {
            fetcher.fetch("flux-2-dev");
        }

        assertThat(oxen.requests()).singleElement().satisfies(request -> {
            assertThat(request.header("Authorization")).isEmpty();
            assertThat(request.header("User-Agent")).contains("oxen-codegen");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytedance-seedream-5-pro", "flux-2-flex", "flux-2-pro", "google-nano-banana-pro",
            "gpt-image-2", "ideogram-v4", "krea-v2-large-text-to-image", "qwen-image-3", "topazlabs-bloom-2-image",
            "topazlabs-image-upscale", "xai-grok-imagine-image", "z-image-turbo"})
    void everyRecordedRealModelIsAccepted(String modelId) throws Exception {
        oxen.enqueueModel(modelId, Reply.json(200, Fixtures.path("real/" + modelId + ".json")));

        try (ModelFetcher fetcher = fetcher()) {
            assertThat(fetcher.fetch(modelId).model().hasRequestSchema()).isTrue();
        }
    }

    @Test
    void aChatModelHasNothingToGenerate() {
        oxen.enqueueModel("claude-sonnet-4-6", Reply.json(200, Fixtures.path("models/claude-sonnet-4-6.json")));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher()) {
            failure = fetchFailure(fetcher, "claude-sonnet-4-6");
        }

        assertThat(failure.kind()).isEqualTo(Kind.NO_REQUEST_SCHEMA);
        assertThat(failure.status()).isEqualTo(200);
        assertThat(failure.getMessage()).isEqualTo("Model 'claude-sonnet-4-6' from " + urlOf("claude-sonnet-4-6")
                + ": it is a chat model or publishes no request schema; nothing to generate."
                + " Remove it from the models to generate.");
    }

    @Test
    void aBodyDescribingAnotherModelIsABadBody() {
        oxen.enqueueModel("flux-2-pro", Reply.json(200, Fixtures.path("models/flux-2-dev.json")));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher()) {
            failure = fetchFailure(fetcher, "flux-2-pro");
        }

        assertThat(failure.kind()).isEqualTo(Kind.BAD_BODY);
        assertThat(failure.getMessage()).contains("the body describes the model 'flux-2-dev', not the one asked for");
    }

    @Test
    void aServedIdIsShownOnOneLineAndShortened() {
        oxen.enqueueModel("flux-2-pro", Reply.json(200, "{\"id\":\"evil\\nline " + "x".repeat(200) + "\",\"request_schema\":{}}"));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher()) {
            failure = fetchFailure(fetcher, "flux-2-pro");
        }

        assertThat(failure.kind()).isEqualTo(Kind.BAD_BODY);
        assertThat(failure.getMessage()).contains("the body describes the model 'evil line xxx").contains("x...'")
                .doesNotContain("x".repeat(80));
    }

    @Test
    void invalidJsonIsABadBodyWithTheLineAndColumnWhereItBreaks() {
        oxen.enqueueModel("flux-2-dev", Reply.json(200, "{\n  \"id\": \"flux-2-dev\",\n  \"request_schema\": {\"type\": object}\n}"));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher()) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.kind()).isEqualTo(Kind.BAD_BODY);
        assertThat(failure.getMessage()).contains("the body is not valid JSON at line 3, column ");
    }

    @Test
    void anHtmlPageInsteadOfJsonIsABadBodyThatShowsTheContentType() {
        oxen.enqueueModel("flux-2-dev", Reply.body(200, "text/html; charset=utf-8",
                "<html><body>Sign in</body></html>".getBytes(StandardCharsets.UTF_8)));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher()) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.kind()).isEqualTo(Kind.BAD_BODY);
        assertThat(failure.getMessage())
                .contains("not valid JSON at line 1, column 1")
                .contains("(Content-Type: text/html; charset=utf-8)")
                .contains("a proxy or a login page may have answered");
    }

    @Test
    void aBodyThatEchoesTheKeyIsReportedWithoutIt() {
        oxen.enqueueModel("flux-2-dev", Reply.body(200, "text/plain", (API_KEY + " is not allowed here").getBytes(StandardCharsets.UTF_8)));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher()) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.kind()).isEqualTo(Kind.BAD_BODY);
        assertThat(failure.getMessage()).contains("[API key]");
    }

    @Test
    void anEmptyBodyIsABadBody() {
        oxen.enqueueModel("flux-2-dev", Reply.json(200, ""));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher()) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.kind()).isEqualTo(Kind.BAD_BODY);
        assertThat(failure.getMessage()).contains("the body is empty");
    }

    @Test
    void jsonThatIsNotAModelObjectIsABadBody() {
        oxen.enqueueModel("flux-2-dev", Reply.json(200, "{\"object\":\"list\",\"data\":[]}"));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher()) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.kind()).isEqualTo(Kind.BAD_BODY);
        assertThat(failure.getMessage()).contains("the body is JSON but not a model object with an 'id'");
    }

    @Test
    void aModelObjectWithoutARequestSchemaFieldIsABadBody() {
        oxen.enqueueModel("flux-2-dev", Reply.json(200, "{\"id\":\"flux-2-dev\",\"endpoint\":\"/images/generate\"}"));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher()) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.kind()).isEqualTo(Kind.BAD_BODY);
        assertThat(failure.getMessage()).contains("the model object has no 'request_schema' field");
    }

    @Test
    void aRequestSchemaThatIsNotAnObjectIsABadBody() {
        oxen.enqueueModel("flux-2-dev", Reply.json(200, "{\"id\":\"flux-2-dev\",\"request_schema\":\"see docs\"}"));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher()) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.kind()).isEqualTo(Kind.BAD_BODY);
        assertThat(failure.getMessage())
                .contains("the model object cannot be read: 'request_schema' must be a JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secrets", "flux 2", "flux/2", ".hidden", ""})
    void anInvalidIdIsRejectedBeforeAnyRequest(String modelId) {
        try (ModelFetcher fetcher = fetcher()) {
            produced(assertThatIllegalArgumentException().isThrownBy(() -> fetcher.fetch(modelId))
                    .withMessageContaining("is not a valid model id").actual());
        }

        assertThat(oxen.requests()).isEmpty();
    }
}
