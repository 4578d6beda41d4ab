package io.github.oxencodegen.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Oxen's HTTP API on 127.0.0.1, scripted by the test: each route (method and raw path, such as
 * {@code GET /api/ai/models/flux-1-dev}) answers its {@link #enqueue queued} replies in order, then its
 * {@link #serve standing} reply on every later request. A route whose queue ran out and that has no standing
 * reply answers 500, so a client that asks too often fails visibly instead of hanging. A request that
 * matches no route gets Oxen's own 404 ("Model not found: id" on a model path, "resource_not_found"
 * elsewhere) unless {@link #otherwise} says otherwise. Every request is recorded; all methods are thread-safe.
 *
 * <pre>{@code
 * try (FakeOxen oxen = FakeOxen.start()) {
 *     oxen.enqueue("GET", OxenPaths.model("flux-2-dev"),
 *             Reply.json(429, "{}").withHeader("Retry-After", "0"), Reply.json(200, fixture));
 *     ... client against oxen.baseUrl() ...
 *     assertThat(oxen.requests("GET", OxenPaths.model("flux-2-dev"))).hasSize(2);
 * }
 * }</pre>
 */
public final class FakeOxen implements AutoCloseable {
    static {
        // without TCP_NODELAY each small answer can wait ~40 ms for a delayed ACK; read when the first server starts
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService handlers;
    private final RouteTable routes = new RouteTable();
    private final List<RecordedRequest> received = new ArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final long started = System.nanoTime();
    private final AtomicInteger cutShort = new AtomicInteger();
    /** Requests whose handling has not ended (their answer may still be going out): what {@link #awaitIdle} waits on. */
    private final AtomicInteger handling = new AtomicInteger();
    private volatile CyclicBarrier groups;

    private FakeOxen(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("fake Oxen: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        handlers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-oxen-" + server.getAddress().getPort());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A server on 127.0.0.1 at a free port. */
    public static FakeOxen start() {
        return new FakeOxen(0);
    }

    /** A server on 127.0.0.1:{@code port} (0: any free port). */
    public static FakeOxen start(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("a port is 0 to 65535, not " + port);
        }
        return new FakeOxen(port);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URL to give a client, such as {@code http://127.0.0.1:41234} (no trailing slash). */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port());
    }

    // ---- scripting

    /** Adds {@code replies} to the route's queue: the next requests to it get them, one each, in order. */
    public FakeOxen enqueue(String method, String path, Reply... replies) {
        routes.enqueue(method, path, List.of(replies));
        return this;
    }

    /** Answers every request to the route with {@code reply} once its queue is empty. */
    public FakeOxen serve(String method, String path, Reply reply) {
        routes.serve(method, path, reply);
        return this;
    }

    /**
     * Answers the route's requests with {@code replies} in turn, the last one on every request after:
     * how a generation that Oxen polls is scripted ({@code queued, processing, succeeded}).
     */
    public FakeOxen serveInTurn(String method, String path, Reply... replies) {
        if (replies.length == 0) {
            throw new IllegalArgumentException("serveInTurn needs at least one reply for " + method + " " + path);
        }
        routes.enqueue(method, path, List.of(replies).subList(0, replies.length - 1));
        routes.serve(method, path, replies[replies.length - 1]);
        return this;
    }

    /** {@code GET /api/ai/models/{id}}: the model object {@code reply} on every request. */
    public FakeOxen serveModel(String modelId, Reply reply) {
        return serve("GET", OxenPaths.model(modelId), reply);
    }

    /**
     * {@code GET /api/ai/models}: Oxen's list, {@code {"object":"list","data":[...]}}, of the model objects in
     * {@code modelFiles} (each a JSON object, as {@code GET /api/ai/models/{id}} returns it), in the order given,
     * on every request.
     *
     * @throws UncheckedIOException when a file cannot be read
     */
    public FakeOxen serveModelList(Path... modelFiles) {
        StringBuilder list = new StringBuilder("{\"object\":\"list\",\"data\":[");
        for (int i = 0; i < modelFiles.length; i++) {
            try {
                list.append(i == 0 ? "" : ",").append(Files.readString(modelFiles[i], StandardCharsets.UTF_8).strip());
            } catch (IOException e) {
                throw new UncheckedIOException("fake Oxen: cannot read the model file " + modelFiles[i], e);
            }
        }
        return serve("GET", OxenPaths.MODELS, Reply.json(200, list.append("]}").toString()));
    }

    /** {@code GET /api/ai/models/{id}}: {@code replies} in order, then 500s. */
    public FakeOxen enqueueModel(String modelId, Reply... replies) {
        return enqueue("GET", OxenPaths.model(modelId), replies);
    }

    /** The reply to any request that matches no route, instead of Oxen's 404. */
    public FakeOxen otherwise(Reply reply) {
        routes.otherwise(reply);
        return this;
    }

    /** Forgets every route (and {@link #otherwise}); the recorded requests stay. */
    public FakeOxen clearRoutes() {
        routes.clear();
        return this;
    }

    /**
     * Holds each answer until {@code size} requests are waiting, then answers them together, group after
     * group (a request that waits 5 s in vain gets a 500): a client that sends its requests one after
     * another fails, and one that sends more than {@code size} at once shows in {@link #mostConcurrentRequests}.
     */
    public FakeOxen answerInGroupsOf(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a group has at least 1 request, not " + size);
        }
        groups = new CyclicBarrier(size);
        return this;
    }

    // ---- recording

    /** Every request received so far, in order of arrival. */
    public List<RecordedRequest> requests() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The requests received so far for one route. */
    public List<RecordedRequest> requests(String method, String path) {
        return requests().stream().filter(request -> request.is(method, path)).toList();
    }

    /** How many requests any route received: {@code count("POST", OxenPaths.QUEUE)}. */
    public int count(String method, String path) {
        return requests(method, path).size();
    }

    /**
     * The most requests that were awaiting their answer at one moment (2 or more: requests overlapped). A
     * request counts from its arrival until its answer starts to go out (after any {@link Reply#delayedBy}
     * delay or {@link #answerInGroupsOf} wait), so a client that sends its next request only once it has
     * the previous answer is never counted twice, however late the server's thread finishes.
     */
    public int mostConcurrentRequests() {
        return mostInFlight.get();
    }

    /** How many answers the client stopped reading before their end: it hung up during a {@link Reply#pausingAfter pause}. */
    public int answersCutShort() {
        return cutShort.get();
    }

    /** Waits until no request is being answered (its answer written whole or cut short), {@code atMost}; true if none is. */
    public boolean awaitIdle(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (handling.get() > 0) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        handling.incrementAndGet();
        int now = inFlight.incrementAndGet();
        mostInFlight.accumulateAndGet(now, Math::max);
        AtomicBoolean answering = new AtomicBoolean();
        Runnable answerGoesOut = () -> {
            if (answering.compareAndSet(false, true)) {
                inFlight.decrementAndGet();
            }
        };
        try {
            RecordedRequest request = record(exchange, now);
            Reply reply = routes.replyTo(request);
            CyclicBarrier group = groups;
            if (group != null && !groupCame(group)) {
                reply = Reply.json(500, OxenErrors.message("fake Oxen: the " + group.getParties()
                        + " requests to answer together did not come within 5 s"));
            }
            reply.send(exchange, closed, answerGoesOut);
            exchange.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        } catch (Reply.ClientGone e) {
            cutShort.incrementAndGet();
            throw e;
        } finally {
            answerGoesOut.run();
            handling.decrementAndGet();
        }
        // a Reply.Hangup leaves this method unclosed: the server then drops the connection mid-response
    }

    private static boolean groupCame(CyclicBarrier group) throws InterruptedException {
        try {
            group.await(5, TimeUnit.SECONDS);
            return true;
        } catch (BrokenBarrierException | TimeoutException e) {
            return false;
        }
    }

    private RecordedRequest record(HttpExchange exchange, int inFlightNow) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        URI uri = exchange.getRequestURI();
        synchronized (received) {
            RecordedRequest request = new RecordedRequest(received.size(), exchange.getRequestMethod(), uri.getRawPath(),
                    uri.getRawQuery() == null ? "" : uri.getRawQuery(), exchange.getRequestHeaders(), body,
                    Duration.ofNanos(System.nanoTime() - started), inFlightNow);
            received.add(request);
            return request;
        }
    }
}
