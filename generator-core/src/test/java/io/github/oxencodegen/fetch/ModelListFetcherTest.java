package io.github.oxencodegen.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.OxenPaths;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.select.ModelList;
import io.github.oxencodegen.testing.Fixtures;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One request for Oxen's whole list, with the per-model fetch's authentication, retries and care for the key. */
class ModelListFetcherTest {
    private static final String KEY = "sk-list-0123456789";

    private final FakeOxen oxen = FakeOxen.start();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @AfterEach
    void stopServer() {
        oxen.close();
    }

    private ModelListFetcher fetcher(long maxBodyBytes) {
        FetchSettings settings = FetchSettings.defaults(oxen.baseUrl()).withApiKey(KEY)
                .withRequestTimeout(Duration.ofSeconds(10));
        return new ModelListFetcher(settings, sleeper, maxBodyBytes);
    }

    private ModelListFetcher fetcher() {
        return fetcher(ModelListFetcher.MAX_BODY_BYTES);
    }

    @Test
    void theWholeListArrivesFromOneAuthenticatedRequest() throws Exception {
        oxen.serve("GET", OxenPaths.MODELS, Reply.json(200, Fixtures.path("models-list.json")));

        ModelList list = fetcher().fetch();

        assertThat(list.models()).hasSize(20);
        assertThat(list.source()).isEqualTo(oxen.baseUrl() + "/api/ai/models");
        assertThat(oxen.requests()).singleElement().satisfies(request ->
                assertThat(request.header("Authorization")).contains("Bearer " + KEY));
    }

    @Test
    void theListKeepsOxensOrderAndEachWholeModelObject() throws Exception {
        oxen.serveModelList(Fixtures.path("models/wan-v2-7-text-to-video.json"), Fixtures.path("models/flux-1-dev.json"));

        ModelList list = fetcher().fetch();

        assertThat(list.models()).extracting(m -> m.id()).containsExactly("wan-v2-7-text-to-video", "flux-1-dev");
        JsonNode listed = list.find("flux-1-dev").orElseThrow().object();
        JsonNode alone = Fixtures.json("models/flux-1-dev.json");
        assertThat(listed.fieldNames()).toIterable().containsExactlyElementsOf(alone::fieldNames);
        assertThat(listed.get("description")).isEqualTo(alone.get("description"));
    }

    @Test
    void a503IsAskedAgainAfterItsRetryAfter() throws Exception {
        oxen.enqueue("GET", OxenPaths.MODELS, Reply.json(503, "{}").withHeader("Retry-After", "3"),
                Reply.json(200, Fixtures.path("models-list.json")));

        assertThat(fetcher().fetch().models()).hasSize(20);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void a401FailsAtOnceNamingTheListAndNeverTheKey() {
        oxen.serve("GET", OxenPaths.MODELS, Reply.json(401, "{\"error\":{\"message\":\"bad key " + KEY + "\"}}"));

        assertThatThrownBy(() -> fetcher().fetch())
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FetchException.Kind.UNAUTHORIZED);
                    assertThat(e.modelId()).isEqualTo(ModelListFetcher.SUBJECT);
                })
                .hasMessageStartingWith("The model list from " + oxen.baseUrl() + "/api/ai/models: Oxen answered 401")
                .hasMessageNotContaining(KEY);
        assertThat(oxen.requests()).hasSize(1);
    }

    @Test
    void a404SaysThereIsNoListAtThatUrl() {
        // no route: the fake's own 404
        assertThatThrownBy(() -> fetcher().fetch())
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.UNEXPECTED_STATUS))
                .hasMessageContaining("there is no model list at this URL")
                .hasMessageContaining("Check that the base URL is Oxen's server root");
    }

    @Test
    void aBodyPastTheLimitIsRefusedWithoutReadingOn() {
        oxen.serve("GET", OxenPaths.MODELS, Reply.json(200, Fixtures.path("models-list.json")));

        assertThatThrownBy(() -> fetcher(1024).fetch())
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.BAD_BODY))
                .hasMessageContaining("the body is larger than 1024 bytes");
    }

    @Test
    void aBodyThatIsNoListIsABadBodyNamingWhatIsWrong() {
        oxen.serve("GET", OxenPaths.MODELS, Reply.json(200, Fixtures.path("models/flux-1-dev.json")));

        assertThatThrownBy(() -> fetcher().fetch())
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.BAD_BODY))
                .hasMessageContaining("is not Oxen's model list");
    }
}
