package io.github.oxencodegen.fake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A request as it reached the fake Oxen: method, raw path and query, headers (names in lower case,
 * the Authorization header included), body, the order in which requests arrived, when it arrived and
 * how many requests were awaiting their answer at that moment, itself included.
 */
public final class RecordedRequest {
    private final int sequence;
    private final String method;
    private final String path;
    private final String query;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final Duration arrival;
    private final int inFlight;

    RecordedRequest(int sequence, String method, String path, String query, Map<String, List<String>> headers, byte[] body,
            Duration arrival, int inFlight) {
        this.sequence = sequence;
        this.arrival = arrival;
        this.inFlight = inFlight;
        this.method = method;
        this.path = path;
        this.query = query;
        Map<String, List<String>> lower = new LinkedHashMap<>();
        headers.forEach((name, values) -> lower.merge(name.toLowerCase(Locale.ROOT), List.copyOf(values),
                (a, b) -> Stream.concat(a.stream(), b.stream()).toList()));
        this.headers = Collections.unmodifiableMap(lower);
        this.body = body.clone();
    }

    /** 0 for the first request the server received, 1 for the next, and so on. */
    public int sequence() {
        return sequence;
    }

    /** When the request arrived, measured from the start of the server on a monotonic clock. */
    public Duration arrival() {
        return arrival;
    }

    /**
     * How many requests were awaiting their answer when this one arrived, itself included (see
     * {@link FakeOxen#mostConcurrentRequests}): what a client's concurrency limit looks like from the server.
     */
    public int inFlightOnArrival() {
        return inFlight;
    }

    public String method() {
        return method;
    }

    /** The raw path, such as {@code /api/ai/models/flux-1-dev}. */
    public String path() {
        return path;
    }

    /** The raw query, without its {@code ?}; empty when there is none. */
    public String query() {
        return query;
    }

    /** Every header, by lower-case name. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The header's values joined with commas, whatever the case of {@code name}; empty if it was not sent. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null ? Optional.empty() : Optional.of(String.join(",", values));
    }

    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Whether this is {@code method} on {@code path}. */
    public boolean is(String method, String path) {
        return this.method.equals(method) && this.path.equals(path);
    }

    /** Method, path and body size; never the headers, which may carry a key. */
    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " (" + body.length + " bytes)";
    }
}
