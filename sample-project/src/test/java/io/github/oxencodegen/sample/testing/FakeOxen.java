package io.github.oxencodegen.sample.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Oxen's queue on a real HTTP server on 127.0.0.1: answers {@code POST /api/ai/queue} and
 * {@code GET /api/ai/queue/{id}} with what a test scripted (the last answer for an id repeats),
 * anything else with the recorded 404, and remembers every request it received.
 */
public final class FakeOxen implements AutoCloseable {
    /** A scripted answer. */
    public record Answer(int status, String body, Map<String, String> headers) {
        public Answer(int status, String body) {
            this(status, body, Map.of());
        }

        /** A 200 with the recorded response {@code fixture}. */
        public static Answer recorded(String fixture) {
            return new Answer(200, Fixtures.text(fixture));
        }
    }

    /** A request as it arrived. */
    public record Received(String method, String path, Optional<String> authorization, Optional<String> contentType, String body) {}

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final Map<String, Deque<Answer>> generations = new HashMap<>();
    private Answer enqueueAnswer = Answer.recorded("generation/queue-enqueue-200.json");

    static {
        // without TCP_NODELAY each small answer waits ~40 ms for a delayed ACK
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private FakeOxen() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A started server. */
    public static FakeOxen start() throws IOException {
        return new FakeOxen();
    }

    /** What a client would pass as the base URL, such as {@code http://127.0.0.1:51234}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers every enqueue with {@code answer} (by default the recorded 200). */
    public synchronized FakeOxen onEnqueue(Answer answer) {
        enqueueAnswer = answer;
        return this;
    }

    /** Answers the polls of {@code generationId} with {@code answers} in turn, repeating the last. */
    public synchronized FakeOxen onGet(String generationId, Answer... answers) {
        generations.put(generationId, new ArrayDeque<>(List.of(answers)));
        return this;
    }

    /** Every request received so far. */
    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            Answer answer;
            synchronized (this) {
                received.add(new Received(method, path,
                        Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")),
                        Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")), body));
                answer = answerFor(method, path);
            }
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    private Answer answerFor(String method, String path) {
        if (method.equals("POST") && path.equals("/api/ai/queue")) {
            return enqueueAnswer;
        }
        String prefix = "/api/ai/queue/";
        if (method.equals("GET") && path.startsWith(prefix)) {
            Deque<Answer> answers = generations.get(path.substring(prefix.length()));
            if (answers != null && !answers.isEmpty()) {
                return answers.size() > 1 ? answers.poll() : answers.peek();
            }
        }
        return new Answer(404, Fixtures.text("errors/queue-404-resource-not-found.json"));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
