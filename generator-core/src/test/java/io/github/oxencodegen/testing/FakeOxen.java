package io.github.oxencodegen.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Oxen's model endpoint on 127.0.0.1, for the build and check tests: one fixed answer (status and body)
 * per model at {@code /api/ai/models/{id}}; an unknown model or any other path answers 404 as Oxen does.
 * Every requested path is recorded. (The fetch tests have their own server, which also scripts
 * truncated, stalled and retried answers.)
 */
public final class FakeOxen implements AutoCloseable {
    private static final String MODELS = "/api/ai/models/";

    private record Answer(int status, byte[] body) {}

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch holdUntil;

    public FakeOxen() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Serves {@code model} (a model object, as JSON text) for its id. */
    public FakeOxen serve(String modelId, String model) {
        return respond(modelId, 200, model.getBytes(StandardCharsets.UTF_8));
    }

    /** Serves the content of {@code file} for the model. */
    public FakeOxen serve(String modelId, Path file) {
        try {
            return respond(modelId, 200, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers the model with {@code status} and {@code body}. */
    public FakeOxen respond(String modelId, int status, byte[] body) {
        answers.put(modelId, new Answer(status, body.clone()));
        return this;
    }

    /** Answers the model with {@code status} and the JSON text {@code body}. */
    public FakeOxen fail(String modelId, int status, String body) {
        return respond(modelId, status, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Holds every answer until {@code count} requests have arrived (at most 5 s): proof they were sent at once. */
    public FakeOxen answerOnlyOnceConcurrent(int count) {
        holdUntil = new CountDownLatch(count);
        return this;
    }

    public List<String> requestedPaths() {
        return List.copyOf(requested);
    }

    /** How many requests arrived. */
    public int requests() {
        return requested.size();
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
                    answer = new Answer(500, "{\"error\":{\"message\":\"the other requests never came\"}}".getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (answer == null) {
            answer = new Answer(404, ("{\"error\":{\"message\":\"Model not found: " + path + "\"}}").getBytes(StandardCharsets.UTF_8));
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
