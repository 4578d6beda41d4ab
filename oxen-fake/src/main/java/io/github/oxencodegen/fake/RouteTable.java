package io.github.oxencodegen.fake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The scripted replies of each route, and the choice of the reply to one request. Thread-safe. */
final class RouteTable {
    private static final class Script {
        final Deque<Reply> queued = new ArrayDeque<>();
        Reply standing;
    }

    private final Map<String, Script> scripts = new HashMap<>();
    private Reply otherwise;

    synchronized void enqueue(String method, String path, List<Reply> replies) {
        replies.forEach(reply -> Objects.requireNonNull(reply, "reply"));
        script(method, path).queued.addAll(replies);
    }

    synchronized void serve(String method, String path, Reply reply) {
        script(method, path).standing = Objects.requireNonNull(reply, "reply");
    }

    synchronized void otherwise(Reply reply) {
        otherwise = Objects.requireNonNull(reply, "reply");
    }

    synchronized void clear() {
        scripts.clear();
        otherwise = null;
    }

    /** The reply to {@code request}: the route's next queued one, else its standing one, else a 404 or 500. */
    synchronized Reply replyTo(RecordedRequest request) {
        Script script = scripts.get(key(request.method(), request.path()));
        if (script == null) {
            return otherwise != null ? otherwise : OxenErrors.notFound(request.path());
        }
        Reply next = script.queued.poll();
        if (next != null) {
            return next;
        }
        if (script.standing != null) {
            return script.standing;
        }
        return Reply.json(500, OxenErrors.message("fake Oxen: no reply left for " + request.method() + " "
                + request.path() + " (request " + (request.sequence() + 1) + ")"));
    }

    private Script script(String method, String path) {
        return scripts.computeIfAbsent(key(method, path), key -> new Script());
    }

    private static String key(String method, String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a route's path starts with '/': " + path);
        }
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }
}
