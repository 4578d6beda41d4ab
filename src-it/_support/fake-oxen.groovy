// A stand-in for Oxen on 127.0.0.1, started by each IT's prebuild hook and stopped by its postbuild hook.
// It serves what the IT's routes.json says, records every request, and hands its address to the IT build
// as the user property oxen.baseUrl.
//
// routes.json maps a request path to a response, or to a "sequence" of responses (the n-th request to
// the path gets the n-th, the last one repeats):
//   { "/api/ai/models/flux-1-dev": { "status": 200, "body": "@fixtures/models/flux-1-dev.json",
//                                    "headers": { "Retry-After": "0" }, "delayMillis": 0, "truncate": 120 } }
// "body" names a file: "@fixtures/..." in the shared Oxen fixtures, otherwise relative to the IT folder.
// "truncate": n announces the whole body's length but sends only its first n bytes, then hangs up.
// A path without a route gets a 404 in Oxen's "model not found" shape.
//
// Bindings used: basedir, context (from the invoker), fixtures (a script variable of the invoker).
import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpHandler
import com.sun.net.httpserver.HttpServer
import groovy.json.JsonSlurper
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.Executors
import java.util.concurrent.atomic.AtomicInteger

class FakeOxen {
    final HttpServer server
    final File itDir
    final File fixturesDir
    volatile Map routes = [:]
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>()
    /** One map per request: path, method, headers (lower-case names), start and end nanos. */
    final List<Map> requests = new CopyOnWriteArrayList<>()

    FakeOxen(File itDir, File fixturesDir) {
        this.itDir = itDir
        this.fixturesDir = fixturesDir
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
        server.executor = Executors.newFixedThreadPool(8)
        server.createContext('/', { HttpExchange exchange -> handle(exchange) } as HttpHandler)
    }

    String baseUrl() {
        "http://127.0.0.1:${server.address.port}"
    }

    void load(String routesFile) {
        routes = plain(new JsonSlurper().parse(new File(itDir, routesFile))) as Map
        hits.clear()
    }

    /**
     * The JSON as ordinary read-only maps and lists. JsonSlurper's maps build themselves on their first read, and
     * two server threads doing that at once (a build fetching models in parallel) could find a routed path
     * missing and answer 404: copied here, once, on the thread that loads the routes.
     */
    private static Object plain(Object json) {
        if (json instanceof Map) {
            return Collections.unmodifiableMap(json.collectEntries { key, value -> [(key): plain(value)] })
        }
        if (json instanceof List) {
            return Collections.unmodifiableList(json.collect { plain(it) })
        }
        json
    }

    int count(String path) {
        requests.count { it.path == path } as int
    }

    private void handle(HttpExchange exchange) {
        long start = System.nanoTime()
        String path = exchange.requestURI.path
        Map record = [path: path, method: exchange.requestMethod, start: start,
                      headers: exchange.requestHeaders.collectEntries { k, v -> [(k.toLowerCase()): v.join(',')] }]
        try {
            Map response = pick(path)
            if ((response.delayMillis ?: 0) > 0) {
                Thread.sleep(response.delayMillis as long)
            }
            byte[] body = response.body ? bodyFile(response.body as String).bytes : new byte[0]
            exchange.responseHeaders.add('Content-Type', 'application/json')
            (response.headers ?: [:]).each { k, v -> exchange.responseHeaders.add(k as String, v as String) }
            int status = (response.status ?: 200) as int
            if (response.truncate != null) {
                exchange.sendResponseHeaders(status, body.length)
                exchange.responseBody.write(body, 0, Math.min(body.length, response.truncate as int))
                exchange.responseBody.flush()
                // hang up without sending the rest: the client sees a body shorter than announced
                try {
                    exchange.close()
                } catch (IOException expected) {
                    // "insufficient bytes written to stream": that is the point
                }
            } else {
                exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length)
                if (body.length > 0) {
                    exchange.responseBody.write(body)
                }
                exchange.close()
            }
        } catch (Throwable t) {
            System.err.println("fake Oxen failed on ${path}: ${t}")
            exchange.close()
        } finally {
            record.end = System.nanoTime()
            requests << record
        }
    }

    private Map pick(String path) {
        Object route = routes[path]
        if (route == null) {
            return [status: 404, body: '@fixtures/errors/get-model-404-model-not-found.json']
        }
        if (route.sequence) {
            int n = hits.computeIfAbsent(path, { new AtomicInteger() }).getAndIncrement()
            List sequence = route.sequence as List
            return sequence[Math.min(n, sequence.size() - 1)] as Map
        }
        return route as Map
    }

    private File bodyFile(String name) {
        File file = name.startsWith('@fixtures/') ? new File(fixturesDir, name.substring('@fixtures/'.length())) : new File(itDir, name)
        if (!file.isFile()) {
            throw new FileNotFoundException("fake Oxen: no body file ${file}")
        }
        file
    }

    void stop() {
        server.stop(0)
        server.executor.shutdownNow()
    }
}

FakeOxen oxen = new FakeOxen(basedir as File, new File(fixtures as String))
oxen.load('routes.json')
oxen.server.start()
context.put('oxen', oxen)
context.get('userProperties').put('oxen.baseUrl', oxen.baseUrl())
println "fake Oxen listening at ${oxen.baseUrl()}"
