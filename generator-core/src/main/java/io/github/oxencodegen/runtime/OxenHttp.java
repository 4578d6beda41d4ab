package io.github.oxencodegen.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends the client's calls: JSON in and out, the API key only to the Oxen host, the {@link Retries}
 * policy, and every failure as an {@link OxenException}. Redirects are never followed here (an API
 * call has no business being redirected, and following one would carry the key along).
 */
final class OxenHttp {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** The most threads a client made by the builder answers on. */
    static final int WORKERS = 8;

    private final HttpClient http;
    private final URI oxenOrigin;
    private final String apiKey;
    private final String userAgent;
    private final Duration requestTimeout;
    private final Retries retries;

    OxenHttp(HttpClient http, URI oxenOrigin, String apiKey, String userAgent, Duration requestTimeout, Retries retries) {
        this.http = http;
        this.oxenOrigin = oxenOrigin;
        this.apiKey = apiKey;
        this.userAgent = userAgent;
        this.requestTimeout = requestTimeout;
        this.retries = retries;
    }

    /**
     * The threads a client made here answers on: at most {@code WORKERS}, daemon, gone after 30 s idle,
     * however many calls are in flight (the JDK's default executor grows a thread per busy moment).
     */
    static ExecutorService workers() {
        AtomicInteger made = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "oxen-client-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    HttpClient http() {
        return http;
    }

    Retries retries() {
        return retries;
    }

    /** Sends {@code body} (or nothing, when {@code null}) with {@code method} and reads the JSON answer. */
    CompletableFuture<JsonNode> json(String method, URI uri, JsonNode body, String modelId) {
        byte[] bytes;
        try {
            bytes = body == null ? null : MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(new IllegalStateException("cannot write the request body", e));
        }
        CallAttempts attempts = new CallAttempts();
        CompletableFuture<JsonNode> result = attempts.future();
        send(method, uri, bytes, modelId, 0, attempts).thenApply(response -> read(call(method, uri), modelId, response))
                .whenComplete((json, failure) -> {
                    if (failure == null) {
                        result.complete(json);
                    } else {
                        result.completeExceptionally(failure);
                    }
                });
        return result;
    }

    /** A request to {@code uri} with the user agent, and the API key when {@code uri} is on the Oxen host. */
    HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("User-Agent", userAgent);
        if (sameOrigin(uri, oxenOrigin)) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        return request;
    }

    /** {@code METHOD /path}, never the query (a presigned URL's query is a credential of its own). */
    static String call(String method, URI uri) {
        return method + " " + uri.getRawPath();
    }

    /** Whether two addresses share scheme, host and port; one without a scheme or a host shares them with none. */
    static boolean sameOrigin(URI a, URI b) {
        if (a.getScheme() == null || a.getHost() == null || b.getScheme() == null || b.getHost() == null) {
            return false;
        }
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    /**
     * Where a redirect's {@code Location} leads: resolved against the URI of the request that got it
     * (RFC 7231, 7.1.2; RFC 3986, 5.2, an empty base path read as {@code /}); null when it is not a URI or
     * does not lead to an http(s) address with a host.
     */
    static URI redirectTarget(URI request, String location) {
        URI reference;
        try {
            reference = new URI(location.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        URI base = request.getRawPath() == null || request.getRawPath().isEmpty() ? request.resolve("/") : request;
        URI target = base.resolve(reference);
        boolean http = "http".equalsIgnoreCase(target.getScheme()) || "https".equalsIgnoreCase(target.getScheme());
        return http && target.getHost() != null ? target : null;
    }

    /** The value of {@code future}, waiting for it; its failure rethrown as it is; an interruption cancels it. */
    static <T> T await(CompletableFuture<T> future, String call, String modelId) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw OxenException.ofTransport(call, modelId, new java.io.InterruptedIOException("interrupted while waiting"));
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    static RuntimeException unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new CompletionException(cause);
    }

    private CompletableFuture<HttpResponse<byte[]>> send(String method, URI uri, byte[] body, String modelId, int attempt,
            CallAttempts attempts) {
        HttpRequest.Builder request = request(uri).timeout(requestTimeout).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        String call = call(method, uri);
        if (attempts.abandoned()) {
            return CompletableFuture.failedFuture(new CancellationException(call + " was abandoned by its caller"));
        }
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(request.build(),
                attempts.abandonable(HttpResponse.BodyHandlers.ofByteArray()));
        attempts.started(exchange);
        // the request's own timeout ends at the answer's head; this one also covers a body that stalls (on a copy,
        // so that the exchange itself is still running when it fires, and can be cancelled)
        return exchange.copy()
                .orTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .handle((response, failure) -> {
                    if (failure != null) {
                        // after a timeout the exchange still reads: stop it, so that its connection is closed and not held
                        attempts.stopReading();
                        exchange.cancel(true);
                        IOException io = asIOException(unwrapAny(failure));
                        if (attempt < retries.maxRetries() && retries.retriesFailure(method, io)) {
                            return later(retries.delay(attempt + 1, null), attempts,
                                    () -> send(method, uri, body, modelId, attempt + 1, attempts));
                        }
                        return CompletableFuture.<HttpResponse<byte[]>>failedFuture(OxenException.ofTransport(call, modelId, io));
                    }
                    int status = response.statusCode();
                    if (status >= 200 && status < 300) {
                        return CompletableFuture.completedFuture(response);
                    }
                    Duration retryAfter = Retries.parseRetryAfter(response.headers().firstValue("Retry-After").orElse(null),
                            ZonedDateTime.now());
                    if (attempt < retries.maxRetries() && retries.retriesStatus(method, status) && retries.waitsFor(retryAfter)) {
                        return later(retries.delay(attempt + 1, retryAfter), attempts,
                                () -> send(method, uri, body, modelId, attempt + 1, attempts));
                    }
                    return CompletableFuture.<HttpResponse<byte[]>>failedFuture(
                            OxenException.ofAnswer(call, modelId, status, response.body(), retryAfter));
                })
                .thenCompose(next -> next);
    }

    private static <T> CompletableFuture<T> later(Duration delay, CallAttempts attempts, java.util.function.Supplier<CompletableFuture<T>> next) {
        CompletableFuture<Object> waiting = CompletableFuture.supplyAsync(() -> null,
                CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
        attempts.started(waiting);
        return waiting.thenCompose(ignored -> next.get());
    }

    private static JsonNode read(String call, String modelId, HttpResponse<byte[]> response) {
        try {
            // read as text, so that only Jackson's own exception is declared (see OxenException.readError)
            JsonNode json = MAPPER.readTree(new String(response.body(), StandardCharsets.UTF_8));
            if (json == null || json.isMissingNode()) {
                throw OxenException.ofInvalidAnswer(call, modelId, response.statusCode(), "the answer is empty", null);
            }
            return json;
        } catch (JsonProcessingException e) {
            throw OxenException.ofInvalidAnswer(call, modelId, response.statusCode(), "the answer is not JSON: "
                    + firstLine(e.getMessage()), e);
        }
    }

    private IOException asIOException(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof TimeoutException) {
            return new HttpTimeoutException("no complete answer within " + requestTimeout);
        }
        return new IOException(cause.toString(), cause);
    }

    private static Throwable unwrapAny(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String firstLine(String text) {
        String line = Objects.requireNonNullElse(text, "").lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 120) + "..." : line;
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
