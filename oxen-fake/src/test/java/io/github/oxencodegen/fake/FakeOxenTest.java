package io.github.oxencodegen.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FakeOxenTest {
    private static final String FLUX = OxenPaths.model("flux-1-dev");

    private final FakeOxen oxen = FakeOxen.start();
    private final Http http = new Http(oxen);

    @AfterEach
    void stop() {
        oxen.close();
    }

    @Test
    void itListensOnTheLoopbackAddressAtAFreePort() {
        assertThat(oxen.baseUrl().toString()).isEqualTo("http://127.0.0.1:" + oxen.port());
        assertThat(oxen.port()).isPositive();
    }

    @Test
    void queuedRepliesAreAnsweredInOrderAndThenA500NamesTheRoute() throws Exception {
        oxen.enqueue("GET", FLUX, Reply.json(503, "{}"), Reply.json(200, "{\"id\":\"flux-1-dev\"}"));

        assertThat(http.get(FLUX).statusCode()).isEqualTo(503);
        HttpResponse<String> second = http.get(FLUX);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo("{\"id\":\"flux-1-dev\"}");
        assertThat(second.headers().firstValue("Content-Type")).contains("application/json");
        HttpResponse<String> third = http.get(FLUX);
        assertThat(third.statusCode()).isEqualTo(500);
        assertThat(third.body()).contains("no reply left for GET /api/ai/models/flux-1-dev (request 3)");
    }

    @Test
    void theStandingReplyAnswersOnceTheQueueIsEmpty() throws Exception {
        oxen.enqueue("GET", OxenPaths.queueItem("g1"), Reply.json(200, "{\"status\":\"queued\"}"))
                .serve("GET", OxenPaths.queueItem("g1"), Reply.json(200, "{\"status\":\"succeeded\"}"));

        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            bodies.add(http.get("/api/ai/queue/g1").body());
        }

        assertThat(bodies).containsExactly("{\"status\":\"queued\"}", "{\"status\":\"succeeded\"}", "{\"status\":\"succeeded\"}");
    }

    @Test
    void repliesServedInTurnRepeatTheLast() throws Exception {
        oxen.serveInTurn("GET", OxenPaths.queueItem("g1"), Reply.json(200, "{\"status\":\"queued\"}"),
                Reply.json(200, "{\"status\":\"processing\"}"), Reply.json(200, "{\"status\":\"succeeded\"}"));

        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            bodies.add(http.get("/api/ai/queue/g1").body());
        }

        assertThat(bodies).containsExactly("{\"status\":\"queued\"}", "{\"status\":\"processing\"}",
                "{\"status\":\"succeeded\"}", "{\"status\":\"succeeded\"}");
        assertThatThrownBy(() -> oxen.serveInTurn("GET", "/x")).hasMessage("serveInTurn needs at least one reply for GET /x");
    }

    @Test
    void routesAreToldApartByMethod() throws Exception {
        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(200, "{\"posted\":true}"))
                .serve("GET", OxenPaths.QUEUE, Reply.json(200, "{\"listed\":true}"))
                .serve("DELETE", OxenPaths.queueItem("g1"), Reply.json(200, "{\"deleted\":true}"));

        assertThat(http.post(OxenPaths.QUEUE, "{}").body()).isEqualTo("{\"posted\":true}");
        assertThat(http.get(OxenPaths.QUEUE + "?limit=5").body()).isEqualTo("{\"listed\":true}");
        assertThat(http.delete("/api/ai/queue/g1").body()).isEqualTo("{\"deleted\":true}");
        assertThat(http.get("/api/ai/queue/g1").statusCode()).isEqualTo(404);
    }

    @Test
    void anUnscriptedModelGetsOxensModelNotFound() throws Exception {
        HttpResponse<String> response = http.get(OxenPaths.model("wan-v9-9-does-not-exist"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"Model not found: wan-v9-9-does-not-exist\"}}");
    }

    @Test
    void theModelListJoinsTheGivenModelObjectsAsOxensListResponse(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), "{\"id\":\"a\"}\n");
        Path b = Files.writeString(dir.resolve("b.json"), "{\"id\":\"b\"}");
        oxen.serveModelList(a, b);

        HttpResponse<String> response = http.get(OxenPaths.MODELS);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"object\":\"list\",\"data\":[{\"id\":\"a\"},{\"id\":\"b\"}]}");
    }

    @Test
    void anyOtherUnscriptedPathGetsOxensResourceNotFound() throws Exception {
        HttpResponse<String> response = http.get("/api/ai/queue/no-such-id");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"type\":\"resource_not_found\"")
                .contains("\"title\":\"The requested resource could not be found\"");
    }

    @Test
    void otherwiseReplacesTheDefault404AndClearRoutesForgetsTheScript() throws Exception {
        oxen.serveModel("flux-1-dev", Reply.json(200, "{}")).otherwise(Reply.json(418, "{\"teapot\":true}"));
        assertThat(http.get("/anything").statusCode()).isEqualTo(418);

        oxen.clearRoutes();

        assertThat(http.get(FLUX).statusCode()).isEqualTo(404);
        assertThat(http.get("/anything").statusCode()).isEqualTo(404);
        assertThat(oxen.requests()).hasSize(3);
    }

    @Test
    void everyRequestIsRecordedWithItsHeadersQueryAndBody() throws Exception {
        oxen.serve("POST", OxenPaths.QUEUE, Reply.json(200, "{}"));

        http.post(OxenPaths.QUEUE, "{\"model\":\"wan\"}", "Authorization", "Bearer sk-test", "Content-Type", "application/json");
        http.get(OxenPaths.MODELS + "?page=2", "User-Agent", "oxen-test/1");

        List<RecordedRequest> requests = oxen.requests();
        assertThat(requests).extracting(RecordedRequest::sequence, RecordedRequest::method, RecordedRequest::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "POST", "/api/ai/queue"),
                        org.assertj.core.groups.Tuple.tuple(1, "GET", "/api/ai/models"));
        RecordedRequest post = requests.get(0);
        assertThat(post.header("authorization")).contains("Bearer sk-test");
        assertThat(post.header("Content-Type")).contains("application/json");
        assertThat(post.bodyText()).isEqualTo("{\"model\":\"wan\"}");
        assertThat(post.toString()).doesNotContain("sk-test");
        assertThat(requests.get(1).query()).isEqualTo("page=2");
        assertThat(requests.get(1).header("authorization")).isEmpty();
        assertThat(requests.get(1).header("user-agent")).contains("oxen-test/1");
        assertThat(oxen.count("POST", OxenPaths.QUEUE)).isEqualTo(1);
        assertThat(oxen.requests("GET", OxenPaths.MODELS)).hasSize(1);
    }

    @Test
    void requestsSentAtOnceAreAnsweredTogetherInGroups() throws Exception {
        oxen.serveModel("a", Reply.json(200, "{\"id\":\"a\"}")).serveModel("b", Reply.json(200, "{\"id\":\"b\"}"))
                .answerInGroupsOf(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<HttpResponse<String>> a = pool.submit(() -> http.get(OxenPaths.model("a")));
            Future<HttpResponse<String>> b = pool.submit(() -> http.get(OxenPaths.model("b")));

            assertThat(a.get().statusCode()).isEqualTo(200);
            assertThat(b.get().statusCode()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(oxen.mostConcurrentRequests()).isEqualTo(2);
    }

    @Test
    void aRequestWithoutPartnerInItsGroupGetsA500() throws Exception {
        oxen.serveModel("a", Reply.json(200, "{}")).answerInGroupsOf(2);

        HttpResponse<String> alone = http.get(OxenPaths.model("a"));

        assertThat(alone.statusCode()).isEqualTo(500);
        assertThat(alone.body()).contains("the 2 requests to answer together did not come within 5 s");
    }

    @Test
    void requestsSentOneAfterAnotherNeverOverlap() throws Exception {
        oxen.serveModel("a", Reply.json(200, "{}"));

        http.get(OxenPaths.model("a"));
        http.get(OxenPaths.model("a"));

        assertThat(oxen.mostConcurrentRequests()).isEqualTo(1);
    }

    @Test
    void eachRequestRecordsWhenItArrivedAndHowManyAwaitedTheirAnswerThen() throws Exception {
        oxen.serveModel("slow", Reply.json(200, "{}").delayedBy(Duration.ofMillis(300)))
                .serveModel("fast", Reply.json(200, "{}"));
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
            Future<HttpResponse<String>> slow = pool.submit(() -> http.get(OxenPaths.model("slow")));
            while (oxen.requests().isEmpty()) {
                Thread.sleep(5);
            }
            http.get(OxenPaths.model("fast"));
            slow.get();
        } finally {
            pool.shutdownNow();
        }
        http.get(OxenPaths.model("fast"));

        List<RecordedRequest> requests = oxen.requests();
        assertThat(requests).extracting(RecordedRequest::inFlightOnArrival).containsExactly(1, 2, 1);
        assertThat(requests.get(1).arrival()).isGreaterThan(requests.get(0).arrival());
        // the third was sent after the slow answer, which the server held 300 ms
        assertThat(requests.get(2).arrival()).isGreaterThanOrEqualTo(requests.get(0).arrival().plusMillis(300));
    }

    @Test
    void twoServersAreTwoHostsWithTheirOwnScripts() throws Exception {
        try (FakeOxen media = FakeOxen.start()) {
            media.serve("GET", "/media/clip.mp4", Reply.body(200, "video/mp4", new byte[] {0, 0, 0, 0x18}));
            oxen.serve("GET", "/media/clip.mp4", Reply.redirect(302, media.baseUrl() + "/media/clip.mp4"));

            HttpResponse<String> redirect = http.get("/media/clip.mp4");

            assertThat(redirect.statusCode()).isEqualTo(302);
            assertThat(redirect.headers().firstValue("Location")).contains(media.baseUrl() + "/media/clip.mp4");
            assertThat(media.port()).isNotEqualTo(oxen.port());
            assertThat(new Http(media).get("/media/clip.mp4").headers().firstValue("Content-Type")).contains("video/mp4");
            assertThat(media.requests()).hasSize(1);
        }
    }

    @Test
    void aRouteMustBeAnAbsolutePath() {
        assertThatThrownBy(() -> oxen.serve("GET", "api/ai/models", Reply.status(200)))
                .hasMessage("a route's path starts with '/': api/ai/models");
    }

    @Test
    void aClosedServerRefusesConnections() {
        int port = oxen.port();
        oxen.close();

        assertThatThrownBy(() -> new java.net.Socket("127.0.0.1", port).close()).isInstanceOf(java.net.ConnectException.class);
    }
}
