package io.github.oxencodegen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The loopback Oxen answers the paths the plugin asks, as Oxen does, and nothing else. */
class LoopbackOxenServerTest {
    private final HttpClient client = HttpClient.newHttpClient();
    private LoopbackOxenServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aModelIsAnsweredBareAtItsPath() throws Exception {
        server = new LoopbackOxenServer(Fixtures.bytes("models-list.json"), 0);

        HttpResponse<String> response = get("/api/ai/models/wan-v2-7-reference-to-video");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode model = new ObjectMapper().readTree(response.body());
        assertThat(model.get("id").asText()).isEqualTo("wan-v2-7-reference-to-video");
        assertThat(model.get("request_schema").get("properties").has("reference_videos")).isTrue();
    }

    @Test
    void theListIsAnsweredWhole() throws Exception {
        server = new LoopbackOxenServer(Fixtures.bytes("models-list.json"), 0);

        JsonNode list = new ObjectMapper().readTree(get("/api/ai/models").body());

        assertThat(list.get("data")).hasSize(20);
    }

    @Test
    void anUnknownModelGetsOxensNotFoundBody() throws Exception {
        server = new LoopbackOxenServer(Fixtures.bytes("models-list.json"), 0);

        HttpResponse<String> response = get("/api/ai/models/no-such-model");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"Model not found: no-such-model\"}}");
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void theModelsAProjectCanGenerateAreThoseWithARequestSchema() throws Exception {
        assertThat(LoopbackOxenServer.generatableIds(Fixtures.bytes("models-list.json")))
                .hasSize(19)
                .contains("wan-v2-7-reference-to-video")
                .doesNotContain("claude-sonnet-4-6");
    }

    @Test
    void withALatencyEachModelIsAnsweredNoSoonerThanThat() throws Exception {
        server = new LoopbackOxenServer(Fixtures.bytes("models-list.json"), 0, Duration.ofMillis(300));

        long start = System.nanoTime();
        HttpResponse<String> response = get("/api/ai/models/flux-1-dev");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void itListensOnLoopbackOnly() throws Exception {
        server = new LoopbackOxenServer(Fixtures.bytes("models-list.json"), 0);

        assertThat(server.baseUrl()).startsWith("http://127.0.0.1:");
        assertThat(server.port()).isPositive();
    }
}
