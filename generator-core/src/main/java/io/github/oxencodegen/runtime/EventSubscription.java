package io.github.oxencodegen.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An open subscription to {@code GET /api/events}, read on a daemon thread of its own. When the
 * stream ends or breaks it reconnects after the stream's {@code retry} time (or the client's
 * default), sending {@code Last-Event-ID} when the stream gave ids; an answer of 401, 403 or 404
 * ends it for good. {@link #close()} ends it and waits for its thread.
 */
public final class EventSubscription implements AutoCloseable {
    private final OxenHttp http;
    private final URI uri;
    private final EventListener listener;
    private final Duration reconnectDelay;
    private final CountDownLatch connectedOnce = new CountDownLatch(1);
    private final CountDownLatch firstAttempt = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread reader;
    private volatile Stream<String> current;
    private volatile boolean ended;

    EventSubscription(OxenHttp http, URI uri, EventListener listener, Duration reconnectDelay) {
        this.http = http;
        this.uri = uri;
        this.listener = listener;
        this.reconnectDelay = reconnectDelay;
        this.reader = new Thread(this::run, "oxen-events");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Waits up to {@code timeout} for the first connection to open or fail. A first attempt that
     * fails returns {@code false} at once rather than after {@code timeout}; the subscription keeps
     * reconnecting all the same, unless Oxen refused it.
     *
     * @param timeout the longest wait, to the millisecond
     * @return whether the stream is, or was, open
     * @throws InterruptedException if the thread is interrupted while it waits
     */
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        firstAttempt.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return connectedOnce.getCount() == 0;
    }

    /**
     * Whether the subscription ended for good: closed, or refused by Oxen (401, 403 or 404).
     *
     * @return {@code true} once it no longer reconnects
     */
    public boolean isEnded() {
        return ended;
    }

    @Override
    public void close() {
        closed.countDown();
        Stream<String> stream = current;
        if (stream != null) {
            stream.close();
        }
        reader.interrupt();
        try {
            reader.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ended = true;
    }

    private void run() {
        String lastEventId = "";
        long retryMillis = reconnectDelay.toMillis();
        String call = OxenHttp.call("GET", uri);
        while (closed.getCount() > 0) {
            EventStreamParser parser = new EventStreamParser(lastEventId);
            OxenException why;
            try {
                why = readOnce(parser, call);
            } catch (OxenException refused) {
                ended = true;
                firstAttempt.countDown();
                disconnected(refused);
                return;
            }
            firstAttempt.countDown();
            lastEventId = parser.lastEventId();
            if (parser.retryMillis() >= 0) {
                retryMillis = parser.retryMillis();
            }
            if (closed.getCount() == 0) {
                return;
            }
            disconnected(why);
            try {
                if (closed.await(retryMillis, TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One connection: why it ended; throws when Oxen refuses the subscription for good. */
    private OxenException readOnce(EventStreamParser parser, String call) {
        HttpRequest.Builder request = http.request(uri).header("Accept", "text/event-stream").GET();
        if (!parser.lastEventId().isEmpty()) {
            request.header("Last-Event-ID", parser.lastEventId());
        }
        HttpResponse<Stream<String>> response;
        try {
            response = http.http().send(request.build(), HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            return OxenException.ofTransport(call, null, e);
        } catch (InterruptedException e) {
            return OxenException.ofTransport(call, null, new java.io.InterruptedIOException("closed"));
        }
        try (Stream<String> lines = response.body()) {
            int status = response.statusCode();
            if (status != 200) {
                OxenException refused = OxenException.ofAnswer(call, null, status,
                        String.join("\n", lines.limit(20).toList()).getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
                if (status == 401 || status == 403 || status == 404) {
                    throw refused;
                }
                return refused;
            }
            current = lines;
            if (closed.getCount() == 0) {
                return null;
            }
            connectedOnce.countDown();
            firstAttempt.countDown();
            connected();
            Iterator<String> each = lines.iterator();
            while (each.hasNext()) {
                parser.line(each.next()).ifPresent(this::deliver);
            }
            return OxenException.ofTransport(call, null, new IOException("the event stream ended"));
        } catch (UncheckedIOException e) {
            return OxenException.ofTransport(call, null, e.getCause());
        } finally {
            current = null;
        }
    }

    private void deliver(OxenEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException dropped) {
            // a listener's failure must not end the subscription; the listener owns its own errors
        }
    }

    private void connected() {
        try {
            listener.onConnected();
        } catch (RuntimeException dropped) {
            // as in deliver
        }
    }

    private void disconnected(OxenException why) {
        try {
            listener.onDisconnected(why);
        } catch (RuntimeException dropped) {
            // as in deliver
        }
    }
}
