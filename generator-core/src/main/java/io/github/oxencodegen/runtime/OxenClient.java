package io.github.oxencodegen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Oxen's inference API, the three ways Oxen's documentation shows: synchronous ({@link #generate}),
 * through the queue ({@link #enqueue}, then {@link #await} polls), and through the queue with
 * server-sent events ({@link #submitAndAwait}, which subscribes to {@code /api/events} before it
 * enqueues and polls only when the stream drops or stays silent). Every request is validated before
 * anything is sent. Immutable and thread-safe: make one with {@link #builder()} and share it.
 *
 * <p>Retried: GET and DELETE on a connection failure, 408, 429 (after its {@code Retry-After}), 502,
 * 503 and 504, with capped, jittered backoff; a POST only when the connection could not be opened,
 * so a generation is never queued (or billed) twice. Every failure is an {@link OxenException}
 * whose one-line message names the call and the model; the API key is never in a message or in
 * {@link #toString()}, and is sent only to the host of the base URL.
 */
public final class OxenClient {
    /** Oxen's API base URL. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://hub.oxen.ai/api/ai");

    private final URI baseUrl;
    private final URI eventsUrl;
    private final OxenHttp http;
    private final Downloads downloads;
    private final PollingCadence imagePolling;
    private final PollingCadence videoPolling;
    private final Duration reconnectDelay;
    private final Duration connectTimeout;

    private OxenClient(Builder builder, String apiKey) {
        this.baseUrl = builder.baseUrl;
        this.eventsUrl = builder.eventsUrl != null ? builder.eventsUrl : URI.create(baseUrl + "/").resolve("../events");
        HttpClient client = builder.httpClient != null ? builder.httpClient : HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(builder.connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(OxenHttp.workers())
                .build();
        Retries retries = new Retries(builder.maxRetries, builder.backoffBase, builder.backoffCap, builder.longestRetryAfter);
        this.http = new OxenHttp(client, baseUrl, apiKey, builder.userAgent, builder.requestTimeout, retries);
        this.downloads = new Downloads(http, builder.requestTimeout);
        this.imagePolling = builder.imagePolling;
        this.videoPolling = builder.videoPolling;
        this.reconnectDelay = builder.reconnectDelay;
        this.connectTimeout = builder.connectTimeout;
    }

    /**
     * A builder with Oxen's defaults: the base URL {@link #DEFAULT_BASE_URL}, the key from
     * {@code OXEN_API_KEY} unless one is given.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    // ---- Sync

    /**
     * Sends {@code request} to its synchronous endpoint and waits for the media, as URLs (Oxen's
     * default); the wait is bounded by the builder's request timeout.
     *
     * @param <R>     what the endpoint answers, such as {@link GeneratedImages}
     * @param request the request; validated before anything is sent
     * @return the endpoint's answer, read by {@link OxenRequest#readResult}
     * @throws ValidationException if {@code request} breaks its model's request schema; nothing is sent
     * @throws OxenException       if the call fails, or its answer cannot be read
     */
    public <R> R generate(OxenRequest<R> request) {
        return generate(request, null);
    }

    /**
     * Sends {@code request} to its synchronous endpoint, asking for the media as {@code format}, and
     * waits; the wait is bounded by the builder's request timeout.
     *
     * @param <R>     what the endpoint answers, such as {@link GeneratedImages}
     * @param request the request; validated before anything is sent
     * @param format  URLs or base64 data, sent as {@code response_format}; {@code null} sends none,
     *                and Oxen answers with URLs
     * @return the endpoint's answer, read by {@link OxenRequest#readResult}
     * @throws ValidationException if {@code request} breaks its model's request schema; nothing is sent
     * @throws OxenException       if the call fails, or its answer cannot be read
     */
    public <R> R generate(OxenRequest<R> request, ResponseFormat format) {
        return OxenHttp.await(generateAsync(request, format), "POST " + path(request.endpoint()), request.model());
    }

    /**
     * {@link #generate(OxenRequest)} without blocking: an invalid request fails the future at once,
     * with nothing sent.
     *
     * @param <R>     what the endpoint answers, such as {@link GeneratedImages}
     * @param request the request; validated before anything is sent
     * @return the answer to come; it fails with a {@link ValidationException} or an {@link OxenException}
     */
    public <R> CompletableFuture<R> generateAsync(OxenRequest<R> request) {
        return generateAsync(request, null);
    }

    /**
     * {@link #generate(OxenRequest, ResponseFormat)} without blocking: an invalid request fails the
     * future at once, with nothing sent.
     *
     * @param <R>     what the endpoint answers, such as {@link GeneratedImages}
     * @param request the request; validated before anything is sent
     * @param format  URLs or base64 data, sent as {@code response_format}; {@code null} sends none
     * @return the answer to come; it fails with a {@link ValidationException} or an {@link OxenException}
     */
    public <R> CompletableFuture<R> generateAsync(OxenRequest<R> request, ResponseFormat format) {
        try {
            check(request, List.of());
        } catch (ValidationException e) {
            return CompletableFuture.failedFuture(e);
        }
        ObjectNode body = body(request);
        if (format != null) {
            body.put("response_format", format.value());
        }
        URI uri = URI.create(baseUrl + request.endpoint());
        String call = OxenHttp.call("POST", uri);
        return http.json("POST", uri, body, request.model()).thenApply(answer -> {
            try {
                return request.readResult(answer);
            } catch (RuntimeException e) {
                throw OxenException.ofInvalidAnswer(call, request.model(), 200, "the answer cannot be read: " + e.getMessage(), e);
            }
        });
    }

    // ---- Queue

    /**
     * Queues one generation of {@code request} ({@code POST /api/ai/queue}) and returns without
     * waiting for it.
     *
     * @param request the request; validated before anything is sent
     * @return the queued generation as Oxen answered (an id and a status, usually {@code queued}),
     *         in an immutable list of one
     * @throws ValidationException if {@code request} breaks its model's request schema; nothing is sent
     * @throws OxenException       if the call fails, or the answer names no generation
     */
    public List<Generation> enqueue(OxenRequest<?> request) {
        return enqueue(request, QueueOptions.defaults());
    }

    /**
     * Queues {@code request} with {@code options} ({@code POST /api/ai/queue}) and returns without
     * waiting; both are checked before anything is sent, and their violations reported together.
     *
     * @param request the request
     * @param options how many generations, and where their results are written
     * @return the queued generations as Oxen answered, in its order; immutable, never empty. A
     *         generation whose answer names no model carries the request's
     * @throws ValidationException if {@code request} or {@code options} is invalid; nothing is sent
     * @throws OxenException       if the call fails, or the answer names no generation
     */
    public List<Generation> enqueue(OxenRequest<?> request, QueueOptions options) {
        check(request, options.validate());
        ObjectNode body = body(request);
        options.writeTo(body);
        URI uri = URI.create(baseUrl + "/queue");
        JsonNode answer = OxenHttp.await(http.json("POST", uri, body, request.model()), OxenHttp.call("POST", uri), request.model());
        JsonNode generations = answer.path("generations");
        if (!generations.isArray() || generations.isEmpty()) {
            throw OxenException.ofInvalidAnswer(OxenHttp.call("POST", uri), request.model(), 200,
                    "the answer has no 'generations'", null);
        }
        List<Generation> queued = new ArrayList<>();
        for (JsonNode generation : generations) {
            Generation read = readGeneration(generation, OxenHttp.call("POST", uri), request.model());
            queued.add(read.model().isEmpty() ? withModel(read, request.model()) : read);
        }
        return List.copyOf(queued);
    }

    /**
     * The generation {@code id} as Oxen describes it now ({@code GET /api/ai/queue/{id}}).
     *
     * @param id the generation id, as {@link Generation#id()} gives it
     * @return the generation, with its result URL once it succeeded
     * @throws IllegalArgumentException if {@code id} is {@code null} or blank
     * @throws OxenException            if the call fails; of kind {@code NOT_FOUND} for an unknown id
     */
    public Generation generation(String id) {
        return OxenHttp.await(generationAsync(id), "GET " + path("/queue/" + id), null);
    }

    /**
     * {@link #generation} without blocking.
     *
     * @param id the generation id, as {@link Generation#id()} gives it
     * @return the generation to come; it fails with an {@link OxenException}
     * @throws IllegalArgumentException if {@code id} is {@code null} or blank
     */
    public CompletableFuture<Generation> generationAsync(String id) {
        URI uri = queueItem(id);
        return http.json("GET", uri, null, null).thenApply(answer -> readGeneration(answer, OxenHttp.call("GET", uri), null));
    }

    /**
     * Cancels the generation {@code id} if it is queued or processing ({@code DELETE /api/ai/queue/{id}});
     * on a finished one it has no effect.
     *
     * @param id the generation id, as {@link Generation#id()} gives it
     * @throws IllegalArgumentException if {@code id} is {@code null} or blank
     * @throws OxenException            if the call fails; of kind {@code NOT_FOUND} for an unknown id
     */
    public void cancel(String id) {
        URI uri = queueItem(id);
        OxenHttp.await(http.json("DELETE", uri, null, null), OxenHttp.call("DELETE", uri), null);
    }

    /**
     * The caller's generations that {@code filter} selects ({@code GET /api/ai/queue}).
     *
     * @param filter which generations; {@link QueueFilter#active()} for the queued and processing ones
     * @return the generations in Oxen's order; immutable, empty when none match
     * @throws OxenException if the call fails, or a generation in the answer cannot be read
     */
    public List<Generation> list(QueueFilter filter) {
        String query = filter.query();
        URI uri = URI.create(baseUrl + "/queue" + (query.isEmpty() ? "" : "?" + query));
        String call = OxenHttp.call("GET", uri);
        JsonNode answer = OxenHttp.await(http.json("GET", uri, null, null), call, null);
        List<Generation> generations = new ArrayList<>();
        for (JsonNode generation : answer.path("generations")) {
            generations.add(readGeneration(generation, call, null));
        }
        return List.copyOf(generations);
    }

    /**
     * Polls {@code generation} at its cadence (images every 2-5 s, videos every 10-30 s, unless built
     * otherwise) until it succeeded, failed or was cancelled. A failed generation is returned, not
     * thrown; one that has already ended is returned at once, without a call.
     *
     * @param generation the generation to wait for, as {@link #enqueue} returned it
     * @param timeout    the longest wait, counted from now
     * @return the generation in its final state
     * @throws OxenException if a poll fails, or, of kind {@code TIMEOUT}, if the generation has not
     *                       ended after {@code timeout}
     */
    public Generation await(Generation generation, Duration timeout) {
        return OxenHttp.await(awaitAsync(generation, timeout), "GET " + path("/queue/" + generation.id()), modelOf(generation));
    }

    /**
     * {@link #await} without blocking a thread while it waits.
     *
     * @param generation the generation to wait for, as {@link #enqueue} returned it
     * @param timeout    the longest wait, counted from now
     * @return the generation in its final state, to come; it fails with an {@link OxenException}, of
     *         kind {@code TIMEOUT} when the generation has not ended after {@code timeout}
     */
    public CompletableFuture<Generation> awaitAsync(Generation generation, Duration timeout) {
        return poll(generation, null, System.nanoTime() + timeout.toNanos(), timeout);
    }

    // ---- Async with server-sent events

    /**
     * Subscribes {@code listener} to {@code GET /api/events}; the subscription connects on a thread
     * of its own and reconnects when the stream drops.
     *
     * @param listener what receives the events, on the subscription's thread
     * @return the subscription, already connecting; close it to end it
     * @throws NullPointerException if {@code listener} is {@code null}
     */
    public EventSubscription events(EventListener listener) {
        return new EventSubscription(http, eventsUrl, Objects.requireNonNull(listener, "listener"), reconnectDelay);
    }

    /**
     * {@link #submitAndAwait(OxenRequest, QueueOptions, Duration)} of one generation.
     *
     * @param request the request; validated before anything is sent
     * @param timeout the longest wait for the subscription and the generation, counted from now
     * @return the generation in its final state; a failed one is returned, not thrown
     * @throws ValidationException if {@code request} breaks its model's request schema; nothing is sent
     * @throws OxenException       if a call fails, or, of kind {@code TIMEOUT}, if the generation
     *                             has not ended after {@code timeout}
     */
    public Generation submitAndAwait(OxenRequest<?> request, Duration timeout) {
        return submitAndAwait(request, QueueOptions.defaults(), timeout).get(0);
    }

    /**
     * Subscribes to the event stream, then enqueues {@code request} (Oxen does not buffer events:
     * one sent before the subscription would be lost), and waits until each generation's
     * {@code media_generation_completed} event; polls when the stream drops or stays silent. The
     * subscription is closed before this returns.
     *
     * @param request the request
     * @param options how many generations, and where their results are written
     * @param timeout the longest wait for the subscription and every generation, counted from now
     * @return each generation in its final state, in the order Oxen queued them; immutable. A
     *         failed one is returned, not thrown
     * @throws ValidationException if {@code request} or {@code options} is invalid; nothing is sent
     * @throws OxenException       if a call fails, if interrupted while subscribing (kind
     *                             {@code TRANSPORT}), or, of kind {@code TIMEOUT}, if a generation
     *                             has not ended after {@code timeout}
     */
    public List<Generation> submitAndAwait(OxenRequest<?> request, QueueOptions options, Duration timeout) {
        check(request, options.validate());
        long deadline = System.nanoTime() + timeout.toNanos();
        CompletionWaiter waiter = new CompletionWaiter();
        try (EventSubscription subscription = events(waiter)) {
            try {
                subscription.awaitConnected(connectTimeout.compareTo(timeout) < 0 ? connectTimeout : timeout);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw OxenException.ofTransport("GET " + eventsUrl.getRawPath(), request.model(),
                        new InterruptedIOException("interrupted while subscribing"));
            }
            PollingCadence cadence = request.endpoint().startsWith("/videos") ? videoPolling : imagePolling;
            List<Generation> done = new ArrayList<>();
            for (Generation queued : enqueue(request, options)) {
                done.add(waiter.await(this, queued, cadence, deadline, timeout));
            }
            return List.copyOf(done);
        }
    }

    // ---- Results

    /**
     * Saves {@code item} to {@code target} atomically: its URL downloaded, or its base64 data decoded.
     * The bytes go to a temporary file beside {@code target}, moved into place only when complete;
     * missing folders are created and an existing file is replaced.
     *
     * @param item   an item of a synchronous answer
     * @param target the file to write
     * @return {@code target}
     * @throws OxenException if the download or the write fails
     */
    public Path download(MediaItem item, Path target) {
        if (item.url() != null) {
            return download(item.url(), target);
        }
        return Downloads.fromBytes(item.bytesIfAny().orElseThrow(), target);
    }

    /**
     * Downloads the result of a succeeded generation to {@code target} atomically, as
     * {@link #download(String, Path)} does.
     *
     * @param generation a generation that succeeded, as {@link #await} or {@link #generation} returned it
     * @param target     the file to write
     * @return {@code target}
     * @throws IllegalArgumentException if {@code generation} has no result URL: it has not succeeded,
     *                                  or was read before it did
     * @throws OxenException            if the download or the write fails
     */
    public Path download(Generation generation, Path target) {
        String url = generation.resultUrlIfAny().orElseThrow(() -> new IllegalArgumentException(
                "generation " + generation.id() + " has no result to download: it is " + generation.status()
                        + generation.errorMessageIfAny().map(error -> " (" + error + ")").orElse("")));
        return download(url, target);
    }

    /**
     * Downloads {@code url} to {@code target} atomically, following up to five redirects; the API key
     * goes along only to the Oxen host. The bytes go to a temporary file beside {@code target}, moved
     * into place only when complete; missing folders are created and an existing file is replaced.
     *
     * @param url    the media's address, such as a presigned result URL
     * @param target the file to write
     * @return {@code target}
     * @throws IllegalArgumentException if {@code url} is not a URI
     * @throws OxenException            if the download fails (of kind {@code TIMEOUT} when it does not
     *                                  end within the request timeout) or the write fails
     */
    public Path download(String url, Path target) {
        return downloads.fromUrl(URI.create(url), target);
    }

    /** The base URL and whether a key is set; never the key. */
    @Override
    public String toString() {
        return "OxenClient[baseUrl=" + baseUrl + ", eventsUrl=" + eventsUrl + ", apiKey=(set)]";
    }

    // ---- the parts

    private CompletableFuture<Generation> poll(Generation last, Duration previous, long deadline, Duration timeout) {
        if (last.isFinal()) {
            return CompletableFuture.completedFuture(last);
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return CompletableFuture.failedFuture(OxenException.ofTimeout("GET " + path("/queue/" + last.id()), modelOf(last),
                    "generation " + last.id() + " still " + last.status() + " after " + timeout));
        }
        Duration wait = ("video".equals(last.mediaType()) ? videoPolling : imagePolling).next(previous);
        long sleep = Math.min(wait.toNanos(), left);
        return CompletableFuture.supplyAsync(() -> null, CompletableFuture.delayedExecutor(sleep, TimeUnit.NANOSECONDS))
                .thenCompose(ignored -> generationAsync(last.id()))
                .thenCompose(next -> poll(next.model().isEmpty() ? withModel(next, last.model()) : next, wait, deadline, timeout));
    }

    private static void check(OxenRequest<?> request, List<Violation> more) {
        List<Violation> violations = new ArrayList<>(request.validate());
        violations.addAll(more);
        if (!violations.isEmpty()) {
            throw new ValidationException(request.model(), violations);
        }
    }

    private static ObjectNode body(OxenRequest<?> request) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("model", request.model());
        for (Map.Entry<String, JsonNode> field : request.toJsonNode().properties()) {
            if (!field.getKey().equals("model")) {
                body.set(field.getKey(), field.getValue());
            }
        }
        return body;
    }

    private static Generation readGeneration(JsonNode json, String call, String modelId) {
        try {
            return Generation.of(json);
        } catch (IllegalArgumentException e) {
            throw OxenException.ofInvalidAnswer(call, modelId, 200, e.getMessage(), e);
        }
    }

    private static Generation withModel(Generation generation, String model) {
        if (model.isEmpty()) {
            return generation;
        }
        return new Generation(generation.id(), model, generation.status(), generation.mediaType(), generation.resultUrl(),
                generation.errorMessage(), generation.enqueuedAt(), generation.startedAt(), generation.completedAt(),
                generation.json());
    }

    private static String modelOf(Generation generation) {
        return generation.model().isEmpty() ? null : generation.model();
    }

    private URI queueItem(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a generation id must not be blank");
        }
        return URI.create(baseUrl + "/queue/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** {@code GET /api/ai/queue/{id}} under the base URL: the call that polls a generation, for messages. */
    String generationCall(String id) {
        return OxenHttp.call("GET", queueItem(id));
    }

    /** {@code GET /api/events}, or wherever the event stream is: for messages. */
    String eventsCall() {
        return "GET " + eventsUrl.getRawPath();
    }

    private String path(String below) {
        return baseUrl.getRawPath() + below;
    }

    /** Collects the client's settings; {@link #build()} makes the immutable client. */
    public static final class Builder {
        private String apiKey;
        private Function<String, String> environment = System::getenv;
        private URI baseUrl = DEFAULT_BASE_URL;
        private URI eventsUrl;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofMinutes(15);
        private int maxRetries = 2;
        private Duration backoffBase = Duration.ofMillis(500);
        private Duration backoffCap = Duration.ofSeconds(8);
        private Duration longestRetryAfter = Duration.ofSeconds(60);
        private HttpClient httpClient;
        private String userAgent = "oxen-codegen-client";
        private PollingCadence imagePolling = PollingCadence.IMAGES;
        private PollingCadence videoPolling = PollingCadence.VIDEOS;
        private Duration reconnectDelay = Duration.ofSeconds(3);

        private Builder() {}

        /**
         * The API key, sent as {@code Authorization: Bearer} to the host of the base URL only.
         *
         * @param apiKey the key; {@code null} reads {@code OXEN_API_KEY} when the client is built
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** Where the key is looked up when none is given; for tests, {@link System#getenv} otherwise. */
        Builder environment(Function<String, String> environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        /**
         * The API base URL, {@link #DEFAULT_BASE_URL} unless set; the key is sent only to its host.
         *
         * @param baseUrl an {@code http} or {@code https} URL with a host; a trailing {@code /} is dropped
         * @return this builder
         * @throws IllegalArgumentException if {@code baseUrl} is not such a URL
         */
        public Builder baseUrl(String baseUrl) {
            URI uri = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("the Oxen base URL must be an http(s) address such as "
                        + DEFAULT_BASE_URL + ", not '" + baseUrl + "'");
            }
            this.baseUrl = uri;
            return this;
        }

        /**
         * The event stream's URL; unless set, {@code /api/events} beside the base URL's {@code /api/ai}.
         *
         * @param eventsUrl the URL of the server-sent event stream: an {@code http} or {@code https} URL with a host
         * @return this builder
         * @throws IllegalArgumentException if {@code eventsUrl} is not such a URL
         */
        public Builder eventsUrl(String eventsUrl) {
            URI uri = URI.create(eventsUrl);
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("the Oxen events URL must be an http(s) address such as "
                        + URI.create(DEFAULT_BASE_URL + "/").resolve("../events") + ", not '" + eventsUrl + "'");
            }
            this.eventsUrl = uri;
            return this;
        }

        /**
         * How long opening a connection may take (10 s unless set); also the longest wait for the
         * event stream to connect in {@link OxenClient#submitAndAwait}. Not used with
         * {@link #httpClient}, which brings its own.
         *
         * @param timeout the time limit; positive
         * @return this builder
         * @throws IllegalArgumentException if {@code timeout} is zero or negative
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connect timeout");
            return this;
        }

        /**
         * How long one call may wait for its answer, and a download to finish (15 minutes unless set:
         * a synchronous video takes 5 to 15).
         *
         * @param timeout the time limit; positive
         * @return this builder
         * @throws IllegalArgumentException if {@code timeout} is zero or negative
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "request timeout");
            return this;
        }

        /**
         * How many times a retriable failure is retried (2 unless set).
         *
         * @param maxRetries retries after the first attempt; 0 never retries
         * @return this builder
         * @throws IllegalArgumentException if {@code maxRetries} is negative
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("the retry limit cannot be negative: " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * The backoff: before retry {@code n}, a random wait up to {@code base * 2^(n-1)}, never above
         * {@code cap} (500 ms and 8 s unless set). A {@code Retry-After} from Oxen takes its place.
         *
         * @param base the wait bound of the first retry; zero or more
         * @param cap  the largest wait bound; at least {@code base}
         * @return this builder
         * @throws IllegalArgumentException unless {@code 0 <= base <= cap}
         */
        public Builder retryBackoff(Duration base, Duration cap) {
            if (base.isNegative() || cap.compareTo(base) < 0) {
                throw new IllegalArgumentException("the backoff needs 0 <= base <= cap, not " + base + " and " + cap);
            }
            this.backoffBase = base;
            this.backoffCap = cap;
            return this;
        }

        /**
         * The longest {@code Retry-After} waited for (60 s unless set); a longer one fails the call at
         * once, with the wait in {@link OxenException#retryAfter()}.
         *
         * @param longest the longest wait
         * @return this builder
         * @throws NullPointerException if {@code longest} is {@code null}
         */
        public Builder longestRetryAfter(Duration longest) {
            this.longestRetryAfter = Objects.requireNonNull(longest, "longest");
            return this;
        }

        /**
         * The HTTP client to send with, instead of one this builder makes (HTTP/1.1, the connect
         * timeout, a daemon executor). It must not follow redirects: API calls never follow one, and
         * downloads follow them hop by hop themselves, so the key is never sent to another host.
         *
         * @param httpClient a client built with {@link HttpClient.Redirect#NEVER}
         * @return this builder
         * @throws IllegalArgumentException if {@code httpClient} follows redirects
         */
        public Builder httpClient(HttpClient httpClient) {
            if (httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
                throw new IllegalArgumentException("the HTTP client must not follow redirects (Redirect.NEVER): "
                        + "following them would send the API key to another host");
            }
            this.httpClient = httpClient;
            return this;
        }

        /**
         * The {@code User-Agent} header of every call ({@code oxen-codegen-client} unless set).
         *
         * @param userAgent the header value; one non-blank line
         * @return this builder
         * @throws IllegalArgumentException if {@code userAgent} is {@code null}, blank or holds a line break
         */
        public Builder userAgent(String userAgent) {
            if (userAgent == null || userAgent.isBlank() || userAgent.indexOf('\n') >= 0 || userAgent.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a user agent is one non-blank line");
            }
            this.userAgent = userAgent;
            return this;
        }

        /**
         * How often an image generation is polled ({@link PollingCadence#IMAGES} unless set).
         *
         * @param cadence the first and longest wait between polls
         * @return this builder
         * @throws NullPointerException if {@code cadence} is {@code null}
         */
        public Builder imagePolling(PollingCadence cadence) {
            this.imagePolling = Objects.requireNonNull(cadence, "cadence");
            return this;
        }

        /**
         * How often a video generation is polled ({@link PollingCadence#VIDEOS} unless set).
         *
         * @param cadence the first and longest wait between polls
         * @return this builder
         * @throws NullPointerException if {@code cadence} is {@code null}
         */
        public Builder videoPolling(PollingCadence cadence) {
            this.videoPolling = Objects.requireNonNull(cadence, "cadence");
            return this;
        }

        /**
         * The wait before the event stream reconnects, unless the stream asks for another with
         * {@code retry:} (3 s unless set).
         *
         * @param delay the wait after the stream dropped
         * @return this builder
         * @throws NullPointerException if {@code delay} is {@code null}
         */
        public Builder reconnectDelay(Duration delay) {
            this.reconnectDelay = Objects.requireNonNull(delay, "delay");
            return this;
        }

        /**
         * The client, with the key given or else the one in {@code OXEN_API_KEY}.
         *
         * @return an immutable, thread-safe client
         * @throws IllegalStateException if there is no key, or it holds a space, line break or
         *                               non-ASCII character
         */
        public OxenClient build() {
            String key = apiKey != null ? apiKey : environment.apply("OXEN_API_KEY");
            if (key == null || key.isBlank()) {
                throw new IllegalStateException("no Oxen API key: give one to OxenClient.builder().apiKey(...) or set OXEN_API_KEY");
            }
            if (key.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
                throw new IllegalStateException("the Oxen API key has a space, line break or non-ASCII character: check how it was read");
            }
            return new OxenClient(this, key);
        }

        private static Duration positive(Duration duration, String what) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("the " + what + " must be positive, not " + duration);
            }
            return duration;
        }
    }
}
