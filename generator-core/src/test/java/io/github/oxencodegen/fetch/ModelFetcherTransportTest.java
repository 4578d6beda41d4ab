package io.github.oxencodegen.fetch;

import static io.github.oxencodegen.fetch.ProducedFailures.API_KEY;
import static io.github.oxencodegen.fetch.ProducedFailures.fetchFailure;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.fetch.FetchException.Kind;
import io.github.oxencodegen.testing.Fixtures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Failures below HTTP: slow servers, no server, connections cut mid-body, a server that speaks no TLS. */
class ModelFetcherTransportTest {
    private static final Duration SHORT = Duration.ofMillis(300);

    private final FakeOxen oxen = FakeOxen.start();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @AfterEach
    void stopServer() {
        oxen.close();
    }

    private ModelFetcher fetcher(URI baseUrl, UnaryOperator<FetchSettings> change) {
        FetchSettings settings = FetchSettings.defaults(baseUrl).withApiKey(API_KEY)
                .withRequestTimeout(Duration.ofSeconds(10)).withConnectTimeout(Duration.ofSeconds(5));
        return new ModelFetcher(change.apply(settings), sleeper);
    }

    @Test
    void noResponseWithinTheRequestTimeoutIsATimeout() {
        oxen.enqueueModel("flux-2-dev", Reply.silence());

        FetchException failure;
        try (ModelFetcher fetcher = fetcher(oxen.baseUrl(), s -> s.withRequestTimeout(SHORT).withMaxRetries(0))) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failure.status()).isEqualTo(-1);
        assertThat(failure.getMessage()).contains(": no complete response within 300 ms.");
    }

    @Test
    void aBodyThatStopsComingIsATimeoutToo() {
        byte[] model = Fixtures.bytes("models/flux-2-dev.json");
        oxen.enqueueModel("flux-2-dev", Reply.json(200, model).stallingAfter(100));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher(oxen.baseUrl(), s -> s.withRequestTimeout(SHORT).withMaxRetries(0))) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failure.getMessage()).contains("no complete response within 300 ms");
    }

    @Test
    void timeoutsAreAskedAgain() throws Exception {
        oxen.enqueueModel("flux-2-dev", Reply.silence(), Reply.json(200, Fixtures.path("models/flux-2-dev.json")));

        try (ModelFetcher fetcher = fetcher(oxen.baseUrl(), s -> s.withRequestTimeout(Duration.ofSeconds(2)))) {
            assertThat(fetcher.fetch("flux-2-dev").modelId()).isEqualTo("flux-2-dev");
        }

        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void anInterruptedFetchStopsAndKeepsTheInterrupt() {
        oxen.enqueueModel("flux-2-dev", Reply.silence());
        Thread fetching = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            for (int i = 0; i < 500 && oxen.requests().isEmpty(); i++) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
            fetching.interrupt();
        }, "interrupter");
        interrupter.start();

        FetchException failure;
        try (ModelFetcher fetcher = fetcher(oxen.baseUrl(), s -> s)) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        } finally {
            assertThat(Thread.interrupted()).as("interrupt flag kept").isTrue();
        }

        assertThat(failure.kind()).isEqualTo(Kind.CONNECTION);
        assertThat(failure.getMessage()).contains(": the fetch was interrupted.");
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void aPortWithNothingListeningIsAConnectionFailureAfterEveryRetry() throws IOException {
        URI nothingThere = URI.create("http://127.0.0.1:" + freePort());

        FetchException failure;
        try (ModelFetcher fetcher = fetcher(nothingThere, s -> s.withMaxRetries(2))) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.kind()).isEqualTo(Kind.CONNECTION);
        assertThat(failure.status()).isEqualTo(-1);
        assertThat(failure.getMessage())
                .startsWith("Model 'flux-2-dev' from " + nothingThere + "/api/ai/models/flux-2-dev: could not connect to 127.0.0.1:")
                .contains(" (the connection was refused or could not be made); gave up after 3 attempts."
                        + " Check the base URL, the network and any proxy settings.");
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void aBodyShorterThanItsContentLengthIsATruncatedBodyThatSaysWhereItBrokeOff() {
        byte[] model = Fixtures.bytes("models/flux-2-dev.json");
        oxen.enqueueModel("flux-2-dev", Reply.json(200, model).truncatedAfter(300), Reply.json(200, Fixtures.path("models/flux-2-dev.json")));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher(oxen.baseUrl(), s -> s)) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.kind()).isEqualTo(Kind.BAD_BODY);
        assertThat(failure.status()).isEqualTo(200);
        assertThat(failure.getMessage()).contains(
                "the body broke off after 300 bytes of the " + model.length + " announced by Content-Length, at line ");
        assertThat(oxen.requests()).hasSize(1);
    }

    @Test
    void aBodyCutShortInsideItsContentLengthIsInvalidJsonAtItsEnd() {
        oxen.enqueueModel("flux-2-dev", Reply.json(200, "{\n  \"id\": \"flux-2-dev\",\n  \"request_schema\": {\"type\""));

        FetchException failure;
        try (ModelFetcher fetcher = fetcher(oxen.baseUrl(), s -> s)) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.kind()).isEqualTo(Kind.BAD_BODY);
        assertThat(failure.getMessage()).contains("the body is not valid JSON at line 3, column ")
                .contains("end-of-input");
    }

    @Test
    void httpsToAServerThatSpeaksNoTlsFailsAtOnceAsATlsFailure() throws Exception {
        FetchException failure;
        try (ServerSocket plain = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread answerer = new Thread(() -> answerInPlainText(plain), "plain-text-answerer");
            answerer.setDaemon(true);
            answerer.start();
            URI https = URI.create("https://127.0.0.1:" + plain.getLocalPort());
            try (ModelFetcher fetcher = fetcher(https, s -> s)) {
                failure = fetchFailure(fetcher, "flux-2-dev");
            }
        }

        assertThat(failure.kind()).isEqualTo(Kind.CONNECTION);
        assertThat(failure.getMessage()).contains("the TLS handshake with 127.0.0.1:").contains("trust store");
        assertThat(sleeper.waits()).isEmpty();
    }

    /** Answers each connection (a few at most) with a plain-text HTTP response, whatever it says. */
    private static void answerInPlainText(ServerSocket server) {
        for (int i = 0; i < 5; i++) {
            try (Socket connection = server.accept()) {
                connection.getOutputStream().write(
                        "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** A port that was free a moment ago; nothing listens on it once the socket is closed. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
