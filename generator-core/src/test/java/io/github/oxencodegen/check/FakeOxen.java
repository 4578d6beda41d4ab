package io.github.oxencodegen.check;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A loopback Oxen serving one fixed answer per model at {@code /api/ai/models/{id}}; any other path
 * answers 404 as Oxen does. Every requested path is recorded.
 */
final class FakeOxen implements AutoCloseable {
    private static final String MODELS = "/api/ai/models/";

    private record Answer(int status, String body) {}

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch holdUntil;

    FakeOxen() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Serves {@code model} (a model object) for its id. */
    FakeOxen serve(String modelId, String model) {
        answers.put(modelId, new Answer(200, model));
        return this;
    }

    FakeOxen fail(String modelId, int status, String body) {
        answers.put(modelId, new Answer(status, body));
        return this;
    }

    /** Holds every answer until {@code count} requests have arrived (at most 5 s): proof they were sent at once. */
    FakeOxen answerOnlyOnceConcurrent(int count) {
        holdUntil = new CountDownLatch(count);
        return this;
    }

    List<String> requestedPaths() {
        return List.copyOf(requested);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        requested.add(path);
        CountDownLatch hold = holdUntil;
        Answer answer = path.startsWith(MODELS) ? answers.get(path.substring(MODELS.length())) : null;
        try {
            if (hold != null) {
                hold.countDown();
                if (!hold.await(5, TimeUnit.SECONDS)) {
                    answer = new Answer(500, "{\"error\":{\"message\":\"the other requests never came\"}}");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (answer == null) {
            answer = new Answer(404, "{\"error\":{\"message\":\"Model not found: " + path + "\"}}");
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
