package io.github.oxencodegen.fetch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A loopback stand-in for Oxen: each model path answers with the replies scripted for it, in order,
 * and every request is recorded. A path with no reply left answers 500, so a runaway client shows up
 * as a failure rather than a hang. Stalled replies wait until the server is closed (at most 10 s).
 */
final class OxenTestServer implements AutoCloseable {
    private static final String MODELS_PATH = "/api/ai/models/";

    /** One scripted answer. */
    @FunctionalInterface
    interface Reply {
        void send(HttpExchange exchange, CountDownLatch closed) throws IOException, InterruptedException;
    }

    /** What a request carried. */
    record Request(String method, String path, Map<String, List<String>> headers) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null ? null : String.join(",", values);
        }

        boolean hasHeader(String name) {
            return headers.containsKey(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final Map<String, Deque<Reply>> replies = new HashMap<>();
    private final List<Request> requests = new ArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);

    OxenTestServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The server root, to be used as the base URL. */
    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Scripts the next answers for one model id. */
    OxenTestServer on(String modelId, Reply... answers) {
        synchronized (replies) {
            Deque<Reply> queue = replies.computeIfAbsent(MODELS_PATH + modelId, path -> new ArrayDeque<>());
            queue.addAll(List.of(answers));
        }
        return this;
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    List<Request> requestsFor(String modelId) {
        return requests().stream().filter(r -> r.path().equals(MODELS_PATH + modelId)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(java.util.Locale.ROOT), List.copyOf(values)));
        String path = exchange.getRequestURI().getRawPath();
        synchronized (requests) {
            requests.add(new Request(exchange.getRequestMethod(), path, headers));
        }
        Reply reply;
        synchronized (replies) {
            Deque<Reply> queue = replies.get(path);
            reply = queue == null ? null : queue.poll();
        }
        try {
            if (reply == null) {
                json(500, "{\"error\":{\"message\":\"no reply scripted for " + path + "\"}}").send(exchange, closed);
            } else {
                reply.send(exchange, closed);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    // ---- replies

    /** A fixture from {@code src/test/resources/fixtures}, such as {@code models/flux-2-dev.json}. */
    static byte[] fixture(String name) {
        try (InputStream in = OxenTestServer.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Reply json(int status, String body) {
        return json(status, body.getBytes(StandardCharsets.UTF_8));
    }

    static Reply json(int status, byte[] body) {
        return body(status, "application/json", body, Map.of());
    }

    static Reply fixtureReply(int status, String name) {
        return json(status, fixture(name));
    }

    static Reply body(int status, String contentType, byte[] body, Map<String, String> extraHeaders) {
        return (exchange, closed) -> {
            Headers headers = exchange.getResponseHeaders();
            headers.set("Content-Type", contentType);
            extraHeaders.forEach(headers::set);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        };
    }

    /** Announces the whole body in Content-Length, sends only the first {@code sent} bytes, then closes. */
    static Reply truncated(byte[] body, int sent) {
        return (exchange, closed) -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, sent);
            out.flush();
            // closing with bytes missing makes the server drop the connection
        };
    }

    /** Sends nothing at all until the server closes. */
    static Reply stalled() {
        return (exchange, closed) -> closed.await(10, TimeUnit.SECONDS);
    }

    /** Sends the headers and the first {@code sent} bytes, then nothing more until the server closes. */
    static Reply stalledBody(byte[] body, int sent) {
        return (exchange, closed) -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, sent);
            out.flush();
            closed.await(10, TimeUnit.SECONDS);
        };
    }
}
