package io.github.oxencodegen.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplyTest {
    private static final String PATH = OxenPaths.model("flux-2-dev");
    private static final String BODY = "{\"id\":\"flux-2-dev\",\"request_schema\":{\"type\":\"object\"}}";

    private final FakeOxen oxen = FakeOxen.start();
    private final Http http = new Http(oxen);

    @AfterEach
    void stop() {
        oxen.close();
    }

    @Test
    void headersSuchAsRetryAfterAreSentWithTheStatus() throws Exception {
        oxen.enqueueModel("flux-2-dev", Reply.json(429, "{}").withHeader("Retry-After", "2"));

        HttpResponse<String> response = http.get(PATH);

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).contains("2");
    }

    @Test
    void aBodyFromAFileIsSentByteForByte(@TempDir Path dir) throws Exception {
        Path fixture = Files.writeString(dir.resolve("flux-2-dev.json"), BODY);
        oxen.serveModel("flux-2-dev", Reply.json(200, fixture));

        assertThat(http.get(PATH).body()).isEqualTo(BODY);
    }

    @Test
    void aMissingBodyFileIsNamedWhenScripted(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> Reply.json(200, missing)).hasMessageStartingWith("fake Oxen: cannot read the reply body " + missing);
    }

    @Test
    void badJsonIsSentAsScripted() throws Exception {
        oxen.serveModel("flux-2-dev", Reply.json(200, "{\"id\": \"flux"));

        assertThat(http.get(PATH).body()).isEqualTo("{\"id\": \"flux");
    }

    @Test
    void aStatusWithoutBodySendsNoBody() throws Exception {
        oxen.serve("DELETE", OxenPaths.queueItem("g1"), Reply.status(204));

        HttpResponse<String> response = http.delete("/api/ai/queue/g1");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void aTruncatedBodyAnnouncesItsWholeLengthAndBreaksOffAfterTheBytesSent() throws Exception {
        oxen.serveModel("flux-2-dev", Reply.json(200, BODY).truncatedAfter(10));

        HttpResponse<InputStream> response = http.stream(PATH);

        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(BODY.length());
        InputStream body = response.body();
        assertThat(new String(body.readNBytes(10), StandardCharsets.UTF_8)).isEqualTo(BODY.substring(0, 10));
        assertThatThrownBy(body::readAllBytes).isInstanceOf(IOException.class);
    }

    @Test
    void aWholeReadOfATruncatedBodyFails() {
        oxen.serveModel("flux-2-dev", Reply.json(200, BODY).truncatedAfter(0));

        assertThatThrownBy(() -> http.get(PATH)).isInstanceOf(IOException.class);
    }

    @Test
    void aStallingBodyWithholdsTheRestUntilTheServerCloses() throws Exception {
        oxen.serveModel("flux-2-dev", Reply.json(200, BODY).stallingAfter(5));
        HttpResponse<InputStream> response = http.stream(PATH);
        InputStream body = response.body();
        assertThat(new String(body.readNBytes(5), StandardCharsets.UTF_8)).isEqualTo(BODY.substring(0, 5));

        CompletableFuture<byte[]> rest = CompletableFuture.supplyAsync(() -> {
            try {
                return body.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        oxen.close();

        assertThatThrownBy(rest::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(java.io.UncheckedIOException.class);
    }

    @Test
    void silenceSendsNoStatusSoAClientTimesOut() {
        oxen.serveModel("flux-2-dev", Reply.silence());

        assertThatThrownBy(() -> java.net.http.HttpClient.newHttpClient().send(
                http.request(PATH).timeout(Duration.ofMillis(200)).GET().build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(java.net.http.HttpTimeoutException.class);
        assertThat(oxen.requests()).hasSize(1);
    }

    @Test
    void aDelayedReplyArrivesWhole() throws Exception {
        oxen.serveModel("flux-2-dev", Reply.json(200, BODY).delayedBy(Duration.ofMillis(50)));

        assertThat(http.get(PATH).body()).isEqualTo(BODY);
    }

    @Test
    void closingTheServerEndsADelayThatWouldOutlastIt() {
        oxen.serveModel("flux-2-dev", Reply.json(200, BODY).delayedBy(Duration.ofHours(1)));
        CompletableFuture<HttpResponse<String>> response = CompletableFuture.supplyAsync(() -> {
            try {
                return http.get(PATH);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        while (oxen.requests().isEmpty() && !response.isDone()) {
            Thread.onSpinWait();
        }

        oxen.close();

        assertThatThrownBy(response::get).hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRedirectIsA3xxWithALocation() throws Exception {
        oxen.serve("GET", "/old", Reply.redirect(301, "/new"));

        HttpResponse<String> response = http.get("/old");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("location")).contains("/new");
        assertThatThrownBy(() -> Reply.redirect(200, "/new")).hasMessage("a redirect is a 3xx status, not 200");
    }

    @Test
    void aCutMustLeaveSomethingOut() {
        assertThatThrownBy(() -> Reply.json(200, "{}").truncatedAfter(2))
                .hasMessage("to cut a body of 2 bytes, send 0 to 1 of them, not 2");
        assertThatThrownBy(() -> Reply.status(99)).hasMessage("an HTTP status is between 100 and 599, not 99");
    }
}
