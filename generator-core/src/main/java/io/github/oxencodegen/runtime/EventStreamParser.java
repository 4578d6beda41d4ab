package io.github.oxencodegen.runtime;

import java.util.Optional;

/**
 * Reads a server-sent event stream line by line, as the HTML specification's "event stream
 * interpretation" says: {@code data} lines are joined with {@code \n}, a line starting with a colon
 * is a comment (such as Oxen's {@code : keep-alive}), an empty line dispatches the event (none when no
 * data came), {@code id} sets the last event id, {@code retry} the reconnection time, and any other
 * field is ignored. Not thread-safe: one parser per connection, but the last event id and the retry
 * time are kept across connections by the caller.
 */
final class EventStreamParser {
    private final StringBuilder data = new StringBuilder();
    private String type = "";
    private boolean anyData;
    private String lastEventId;
    private long retryMillis = -1;
    private boolean first = true;

    EventStreamParser(String lastEventId) {
        this.lastEventId = lastEventId;
    }

    /** The event completed by {@code line} (a line without its end), if it completes one. */
    Optional<OxenEvent> line(String line) {
        if (first) {
            first = false;
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
        }
        if (line.isEmpty()) {
            return dispatch();
        }
        if (line.startsWith(":")) {
            return Optional.empty();
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "event" -> type = value;
            case "data" -> {
                data.append(value).append('\n');
                anyData = true;
            }
            case "id" -> {
                if (value.indexOf('\0') < 0) {
                    lastEventId = value;
                }
            }
            case "retry" -> {
                if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    try {
                        retryMillis = Long.parseLong(value);
                    } catch (NumberFormatException tooLong) {
                        // a retry time past Long.MAX_VALUE is ignored like any unreadable field
                    }
                }
            }
            default -> {
                // any other field is ignored, as the specification says
            }
        }
        return Optional.empty();
    }

    /** The last event id the stream set, to send as {@code Last-Event-ID} on reconnection; {@code ""} for none. */
    String lastEventId() {
        return lastEventId;
    }

    /** The reconnection time the stream asked for in milliseconds, or -1 when it did not. */
    long retryMillis() {
        return retryMillis;
    }

    private Optional<OxenEvent> dispatch() {
        if (!anyData) {
            type = "";
            return Optional.empty();
        }
        String text = data.substring(0, data.length() - 1);
        OxenEvent event = new OxenEvent(type.isEmpty() ? "message" : type, text, lastEventId);
        data.setLength(0);
        anyData = false;
        type = "";
        return Optional.of(event);
    }
}
