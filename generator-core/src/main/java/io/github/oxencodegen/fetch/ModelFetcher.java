package io.github.oxencodegen.fetch;

import io.github.oxencodegen.schema.ModelIds;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Fetches model objects from Oxen ({@code GET {baseUrl}/api/ai/models/{id}}), one at a time or
 * several in parallel at a shared, adaptive pace ({@link #fetchAll}), retrying what may pass: connection failures, timeouts, 429 (after the wait
 * its {@code Retry-After} asks for, up to 60 s), 502, 503 and 504. Nothing else is retried: a 500 or
 * any other 4xx fails at once. Redirects are not followed, so the API key goes to the configured
 * server only. A model is returned only whole and checked; this class never writes files.
 */
public final class ModelFetcher implements AutoCloseable {
    private static final Consumer<String> NO_NOTICES = notice -> { };

    private final FetchSettings settings;
    private final BaseUrl baseUrl;
    private final Sleeper sleeper;
    private final Clock clock = Clock.systemUTC();
    private final HttpClient client;
    private final ResponseReader responses;
    private final ExecutorService workers;
    private final Consumer<String> notices;
    private volatile boolean closed;

    /**
     * @throws IllegalArgumentException when the base URL is not https, or plain http to a host other
     *                                  than this machine
     */
    public ModelFetcher(FetchSettings settings) {
        this(settings, NO_NOTICES);
    }

    /**
     * @param notices told, in one line each, when Oxen asks {@link #fetchAll} to slow down and how it does
     *                (a build logs them, so that a pause of many seconds does not look like a hang)
     * @throws IllegalArgumentException when the base URL is not https, or plain http to a host other
     *                                  than this machine
     */
    public ModelFetcher(FetchSettings settings, Consumer<String> notices) {
        this(settings, Sleeper.REAL, notices);
    }

    ModelFetcher(FetchSettings settings, Sleeper sleeper) {
        this(settings, sleeper, NO_NOTICES);
    }

    ModelFetcher(FetchSettings settings, Sleeper sleeper, Consumer<String> notices) {
        this.settings = settings;
        this.notices = Objects.requireNonNull(notices, "notices");
        this.baseUrl = BaseUrl.of(settings.baseUrl());
        this.sleeper = sleeper;
        this.client = OxenGet.client(settings);
        this.responses = new ResponseReader(settings.apiKey() != null, settings.requestTimeout(), settings.keySources());
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(settings.parallelism(), task -> {
            Thread thread = new Thread(task, "oxen-fetch-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Fetches one model.
     *
     * @throws IllegalArgumentException when {@code modelId} is not a valid id (nothing is requested then)
     * @throws FetchException           when the model cannot be fetched, or has no request schema
     */
    public FetchedModel fetch(String modelId) throws FetchException {
        return fetch(modelId, null);
    }

    /**
     * Fetches one model, each attempt through {@code throttle} when there is one: then a request that Oxen
     * asks to slow down pauses every worker of the throttle ({@link FetchThrottle}), instead of this one
     * alone sleeping. Other retries wait their backoff alone, without holding a slot.
     */
    private FetchedModel fetch(String modelId, FetchThrottle throttle) throws FetchException {
        URI url = baseUrl.modelUrl(modelId);
        requireOpen();
        HttpRequest request = OxenGet.request(url, settings);
        for (int attempt = 1; ; attempt++) {
            FetchThrottle.Slot slot = null;
            try {
                slot = throttle == null ? null : throttle.enter();
                FetchedModel fetched = exchange(request, modelId, url);
                if (slot != null) {
                    throttle.leaveCalmly(slot);
                }
                return fetched;
            } catch (AttemptFailure failure) {
                Duration wait = failure.waitBeforeNextAttempt(attempt, settings);
                boolean shared = slot != null && failure.asksToSlowDown();
                if (shared) {
                    int halved = throttle.leaveSlowingDown(slot, wait);
                    if (halved > 0) {
                        notices.accept("Oxen answered " + failure.status() + " for '" + modelId + "': no model is asked for"
                                + " during the next " + seconds(wait) + ", then at most " + halved + " at once (of "
                                + settings.parallelism() + "), more as Oxen keeps up");
                    }
                } else if (slot != null && failure.status() >= 0) {
                    throttle.leaveCalmly(slot);
                } else if (slot != null) {
                    throttle.leaveUnanswered(slot);
                }
                if (!failure.allowsAnotherAttempt(attempt, settings)) {
                    throw failure.toException(modelId, url, attempt, settings.apiKey());
                }
                if (!shared) {
                    try {
                        sleeper.sleep(wait);
                    } catch (InterruptedException e) {
                        throw interrupted(modelId, url, e);
                    }
                }
            } catch (InterruptedException e) {
                throw interrupted(modelId, url, e);
            } finally {
                if (slot != null) {
                    throttle.leaveUnanswered(slot); // does nothing when the slot was given back above
                }
            }
        }
    }

    /**
     * Fetches several models, at most {@link FetchSettings#parallelism()} requests at once, taking the
     * models in the order given. When Oxen asks to slow down (a 429, or a {@code Retry-After}), no request
     * starts until the wait it asked for has passed, and the fetch goes on with half as many requests at
     * once, growing back by one each time as many answers came without such a signal ({@link FetchThrottle}).
     * Each model keeps its own retries: a 429 costs one attempt of the model it answered, and nothing of the
     * models that wait with it. Every id is checked before anything is requested; an id given twice is
     * fetched once. Interrupting the caller, or {@link #close closing} the fetcher, cancels the requests in
     * flight and starts no more.
     *
     * @return each model's outcome, in the order the ids were given, whatever order they completed in
     * @throws IllegalArgumentException when an id is not valid
     * @throws CancellationException    when the caller is interrupted or the fetcher is closed meanwhile
     */
    public Map<String, FetchOutcome> fetchAll(List<String> modelIds) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(modelIds));
        ids.forEach(ModelIds::requireValid);
        requireOpen();
        FetchThrottle throttle = new FetchThrottle(settings.parallelism());
        Map<String, Future<FetchOutcome>> pending = new LinkedHashMap<>();
        for (String id : ids) {
            pending.put(id, workers.submit(() -> outcomeOf(id, throttle)));
        }
        Map<String, FetchOutcome> outcomes = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Future<FetchOutcome>> entry : pending.entrySet()) {
                outcomes.put(entry.getKey(), entry.getValue().get());
            }
        } catch (InterruptedException e) {
            pending.values().forEach(future -> future.cancel(true));
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while fetching the models " + ids);
        } catch (CancellationException e) {
            pending.values().forEach(future -> future.cancel(true));
            throw new CancellationException("The fetch of the models " + ids + " was cancelled: the fetcher was closed");
        } catch (ExecutionException e) {
            pending.values().forEach(future -> future.cancel(true));
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new IllegalStateException("Fetching the models " + ids + " failed unexpectedly", e.getCause());
        }
        return Collections.unmodifiableMap(outcomes);
    }

    /**
     * Cancels the requests of {@link #fetchAll} in flight and the models not yet asked for, and stops its
     * worker threads; the fetcher cannot be used afterwards.
     */
    @Override
    public void close() {
        closed = true;
        for (Runnable neverStarted : workers.shutdownNow()) {
            if (neverStarted instanceof Future<?> future) {
                future.cancel(false);
            }
        }
    }

    private FetchOutcome outcomeOf(String modelId, FetchThrottle throttle) {
        try {
            return new FetchOutcome.Fetched(fetch(modelId, throttle));
        } catch (FetchException e) {
            return new FetchOutcome.Failed(e);
        }
    }

    /** One attempt: the request timeout bounds the whole exchange, the body included. */
    private FetchedModel exchange(HttpRequest request, String modelId, URI url)
            throws AttemptFailure, InterruptedException {
        Answer answer = OxenGet.exchange(client, request, new Answer.Collector(), settings);
        return responses.read(answer, modelId, url, clock.instant());
    }

    private static String seconds(Duration wait) {
        long millis = wait.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private FetchException interrupted(String modelId, URI url, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new AttemptFailure(FetchException.Kind.CONNECTION, -1, "the fetch was interrupted", "", false, null, e)
                .toException(modelId, url, 1, settings.apiKey());
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("This ModelFetcher is closed.");
        }
    }
}
