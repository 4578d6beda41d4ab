package io.github.oxencodegen.fake;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A scripted server-sent event stream, as {@code GET /api/events} sends it: comments (keep-alives),
 * events with a name and (multi-line) data, raw wire text, pauses; then it ends cleanly, drops the
 * connection mid-way, or stays open until the server closes. Each part is flushed on its own, so a
 * client sees the events arrive one by one. Immutable; build one with {@link #builder()}.
 */
public final class EventStream {
    /** How the stream ends after its last part. */
    public enum End {
        /** The response ends normally: the client sees the end of the stream. */
        CLOSES,
        /** The connection is dropped without ending the response: the client sees a broken stream. */
        DROPS,
        /** Nothing more is sent until the server closes (or {@link Reply#LONGEST_WAIT} passes). */
        STAYS_OPEN
    }

    private sealed interface Part permits Text, Pause {}

    private record Text(String wire) implements Part {}

    private record Pause(Duration length) implements Part {}

    private final List<Part> parts;
    private final End end;

    private EventStream(List<Part> parts, End end) {
        this.parts = List.copyOf(parts);
        this.end = end;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How the stream ends. */
    public End end() {
        return end;
    }

    /** Everything the stream sends, as wire text. */
    public String wireText() {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Text t) {
                text.append(t.wire());
            }
        }
        return text.toString();
    }

    void send(HttpExchange exchange, CountDownLatch closed) throws IOException, InterruptedException {
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (Part part : parts) {
            if (part instanceof Text text) {
                out.write(text.wire().getBytes(StandardCharsets.UTF_8));
                out.flush();
            } else if (part instanceof Pause pause && Waits.untilClosed(closed, pause.length())) {
                throw new Reply.Hangup("the server closed during a scripted pause");
            }
        }
        switch (end) {
            case CLOSES -> out.close();
            case DROPS -> throw new Reply.Hangup("event stream dropped, as scripted");
            case STAYS_OPEN -> {
                Waits.untilClosed(closed, Reply.LONGEST_WAIT);
                throw new Reply.Hangup("event stream held open until the server closed");
            }
            default -> throw new IllegalStateException(end.name());
        }
    }

    /** Collects the parts of a stream in order. */
    public static final class Builder {
        private final List<Part> parts = new ArrayList<>();

        private Builder() {}

        /** A comment line such as a keep-alive: {@code : keep-alive}. */
        public Builder comment(String text) {
            return raw(": " + oneLine(text) + "\n\n");
        }

        /** An event with a name; each line of {@code data} becomes its own {@code data:} line. */
        public Builder event(String name, String data) {
            return raw("event: " + oneLine(name) + "\n" + dataLines(data) + "\n");
        }

        /** An unnamed event (a {@code message}); each line of {@code data} becomes its own {@code data:} line. */
        public Builder data(String data) {
            return raw(dataLines(data) + "\n");
        }

        /** Wire text sent as it is, such as a half event or a recorded stream's content. */
        public Builder raw(String wire) {
            parts.add(new Text(wire));
            return this;
        }

        /** Sends nothing for {@code length} (cut short if the server closes). */
        public Builder pause(Duration length) {
            parts.add(new Pause(length));
            return this;
        }

        /** The stream, ending normally after its last part. */
        public EventStream closes() {
            return new EventStream(parts, End.CLOSES);
        }

        /** The stream, dropping the connection after its last part. */
        public EventStream drops() {
            return new EventStream(parts, End.DROPS);
        }

        /** The stream, staying open after its last part until the server closes. */
        public EventStream staysOpen() {
            return new EventStream(parts, End.STAYS_OPEN);
        }

        private static String dataLines(String data) {
            StringBuilder lines = new StringBuilder();
            for (String line : data.split("\n", -1)) {
                lines.append("data: ").append(line).append('\n');
            }
            return lines.toString();
        }

        private static String oneLine(String text) {
            if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("an event name or comment is one line: " + text);
            }
            return text;
        }
    }
}
