package io.github.oxencodegen.fake;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * One scripted answer: a status, headers and a body, and how the body is (mis)delivered. Immutable;
 * the {@code with}/{@code -After} methods return changed copies, so one reply can be scripted many times.
 *
 * <p>Faults: {@link #truncatedAfter} announces the whole body in {@code Content-Length}, sends only the
 * first bytes, then drops the connection; {@link #stallingAfter} sends the first bytes, then nothing
 * until the server closes; {@link #pausingAfter} sends the first bytes, pauses, then the rest (and tells
 * whether the client was still there); {@link #silence} sends nothing at all; {@link #delayedBy} waits before
 * answering. Bad JSON is just a body: {@code Reply.json(200, "{\"id\": ")}. A stall or delay ends when
 * the server closes, and after {@link #LONGEST_WAIT} at the latest, so a forgotten server never hangs a build.
 */
public final class Reply {
    /** The longest a stall, a delay or a held-open stream lasts while the server is still running. */
    public static final Duration LONGEST_WAIT = Duration.ofSeconds(10);
    /** How long a pausing reply gives a client that hung up to answer its first byte with a reset. */
    private static final Duration CLIENT_ANSWERS = Duration.ofMillis(100);

    private enum Delivery { WHOLE, TRUNCATED, STALLING, PAUSING, SILENT, EVENTS }

    private final int status;
    private final Map<String, String> headers;
    private final byte[] body;
    private final Delivery delivery;
    private final int sentBytes;
    private final Duration delay;
    private final EventStream events;
    /** How long a pausing reply waits between its first bytes and the rest. */
    private final Duration pause;

    private Reply(int status, Map<String, String> headers, byte[] body, Delivery delivery, int sentBytes,
            Duration delay, EventStream events) {
        this(status, headers, body, delivery, sentBytes, delay, events, Duration.ZERO);
    }

    private Reply(int status, Map<String, String> headers, byte[] body, Delivery delivery, int sentBytes,
            Duration delay, EventStream events, Duration pause) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("an HTTP status is between 100 and 599, not " + status);
        }
        this.status = status;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        this.body = body;
        this.delivery = delivery;
        this.sentBytes = sentBytes;
        this.delay = delay;
        this.events = events;
        this.pause = pause;
    }

    /** {@code status} with no body. */
    public static Reply status(int status) {
        return new Reply(status, Map.of(), new byte[0], Delivery.WHOLE, 0, Duration.ZERO, null);
    }

    /** {@code status} with {@code body} of the given content type. */
    public static Reply body(int status, String contentType, byte[] body) {
        return new Reply(status, Map.of("Content-Type", contentType), body.clone(), Delivery.WHOLE, 0, Duration.ZERO, null);
    }

    /** {@code status} with a JSON body (any text: it is not checked, so bad JSON can be scripted too). */
    public static Reply json(int status, String body) {
        return json(status, body.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code status} with a JSON body. */
    public static Reply json(int status, byte[] body) {
        return body(status, "application/json", body);
    }

    /** {@code status} with the content of {@code file} (a fixture) as JSON body, read now. */
    public static Reply json(int status, Path file) {
        try {
            return json(status, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("fake Oxen: cannot read the reply body " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code status} (a 3xx) pointing to {@code location}, with no body. */
    public static Reply redirect(int status, String location) {
        if (status < 300 || status > 399) {
            throw new IllegalArgumentException("a redirect is a 3xx status, not " + status);
        }
        return status(status).withHeader("Location", location);
    }

    /** Sends nothing at all, not even the status, until the server closes. */
    public static Reply silence() {
        return new Reply(200, Map.of(), new byte[0], Delivery.SILENT, 0, Duration.ZERO, null);
    }

    /** A 200 {@code text/event-stream} that sends {@code events} as they are scripted. */
    public static Reply events(EventStream events) {
        return new Reply(200, Map.of("Content-Type", "text/event-stream", "Cache-Control", "no-cache"), new byte[0],
                Delivery.EVENTS, 0, Duration.ZERO, Objects.requireNonNull(events, "events"));
    }

    /** This reply with one more header (set, replacing one of the same name), such as {@code Retry-After}. */
    public Reply withHeader(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        changed.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
        changed.put(name, value);
        return new Reply(status, changed, body, delivery, sentBytes, delay, events, pause);
    }

    /** Announces the whole body in {@code Content-Length}, sends only its first {@code sent} bytes, then hangs up. */
    public Reply truncatedAfter(int sent) {
        return partly(Delivery.TRUNCATED, sent);
    }

    /** Sends the headers and the first {@code sent} bytes of the body, then nothing more until the server closes. */
    public Reply stallingAfter(int sent) {
        return partly(Delivery.STALLING, sent);
    }

    /**
     * Sends the headers and the first {@code sent} bytes of the body, waits {@code pause} (less if the server
     * closes), then sends the rest: one byte, a moment for the client to answer, then the others. A client that
     * hung up during the pause makes that last write fail, and the server counts the answer as
     * {@link FakeOxen#answersCutShort() cut short}.
     */
    public Reply pausingAfter(int sent, Duration pause) {
        if (pause.isNegative() || sent > body.length - 2) {
            throw new IllegalArgumentException("a pause is not negative and leaves at least 2 of the " + body.length
                    + " bytes to send, not " + pause + " after " + sent + " bytes");
        }
        Reply partly = partly(Delivery.PAUSING, sent);
        return new Reply(status, headers, body, partly.delivery, sent, delay, events, pause);
    }

    /** This reply, sent only after {@code wait} (or when the server closes, if sooner). */
    public Reply delayedBy(Duration wait) {
        if (wait.isNegative()) {
            throw new IllegalArgumentException("a delay cannot be negative: " + wait);
        }
        return new Reply(status, headers, body, delivery, sentBytes, wait, events, pause);
    }

    /** The status sent (a {@link #silence} sends none). */
    public int statusCode() {
        return status;
    }

    private Reply partly(Delivery how, int sent) {
        if (delivery != Delivery.WHOLE) {
            throw new IllegalStateException("only a whole reply can be truncated or stalled");
        }
        if (sent < 0 || sent >= body.length) {
            throw new IllegalArgumentException("to cut a body of " + body.length + " bytes, send 0 to "
                    + (body.length - 1) + " of them, not " + sent);
        }
        return new Reply(status, headers, body, how, sent, delay, events);
    }

    /**
     * Answers {@code exchange}; {@code closed} opens when the server closes. {@code answerGoesOut} runs
     * just before the first byte of the answer is sent (after the delay), never for a silence.
     */
    void send(HttpExchange exchange, CountDownLatch closed, Runnable answerGoesOut) throws IOException, InterruptedException {
        if (!delay.isZero() && Waits.untilClosed(closed, delay)) {
            return;
        }
        if (delivery == Delivery.SILENT) {
            Waits.untilClosed(closed, LONGEST_WAIT);
            return;
        }
        answerGoesOut.run();
        Headers out = exchange.getResponseHeaders();
        headers.forEach(out::set);
        if (delivery == Delivery.EVENTS) {
            events.send(exchange, closed);
            return;
        }
        if (delivery == Delivery.PAUSING) {
            sendPausing(exchange, closed);
            return;
        }
        boolean noBody = body.length == 0 || status == 204 || status == 304 || status < 200;
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (noBody) {
            return;
        }
        OutputStream stream = exchange.getResponseBody();
        switch (delivery) {
            case WHOLE -> stream.write(body);
            case TRUNCATED -> {
                stream.write(body, 0, sentBytes);
                stream.flush();
                throw new Hangup("truncated after " + sentBytes + " of " + body.length + " bytes, as scripted");
            }
            case STALLING -> {
                stream.write(body, 0, sentBytes);
                stream.flush();
                Waits.untilClosed(closed, LONGEST_WAIT);
                throw new Hangup("stalled after " + sentBytes + " of " + body.length + " bytes, as scripted");
            }
            default -> throw new IllegalStateException(delivery.name());
        }
    }

    /** The head and the first bytes, a pause, then the rest; any write that fails means the client hung up. */
    private void sendPausing(HttpExchange exchange, CountDownLatch closed) throws IOException, InterruptedException {
        try {
            exchange.sendResponseHeaders(status, body.length);
            OutputStream stream = exchange.getResponseBody();
            stream.write(body, 0, sentBytes);
            stream.flush();
            if (Waits.untilClosed(closed, pause)) {
                throw new Hangup("the server closed during a scripted pause");
            }
            stream.write(body, sentBytes, 1);
            stream.flush();
            Thread.sleep(CLIENT_ANSWERS.toMillis()); // a client that hung up answers that byte with a reset
            stream.write(body, sentBytes + 1, body.length - sentBytes - 1);
            stream.flush();
        } catch (Hangup e) {
            throw e;
        } catch (IOException e) {
            throw new ClientGone("the client hung up before the end of an answer paused after " + sentBytes + " bytes: " + e);
        }
    }

    @Override
    public String toString() {
        return "Reply[" + status + ", " + body.length + " bytes, " + delivery.name().toLowerCase(Locale.ROOT)
                + (delay.isZero() ? "" : ", after " + delay) + "]";
    }

    /** Thrown out of a handler when the client closed the connection before the whole answer was sent. */
    static final class ClientGone extends IOException {
        private static final long serialVersionUID = 1L;

        ClientGone(String why) {
            super(why);
        }
    }

    /** Thrown out of a handler to make the server drop the connection without finishing the response. */
    static final class Hangup extends IOException {
        private static final long serialVersionUID = 1L;

        Hangup(String why) {
            super(why);
        }
    }
}
