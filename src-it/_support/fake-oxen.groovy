// Starts the shared fake Oxen (io.github.oxencodegen.fake.FakeOxen from the oxen-fake module, on the hook
// scripts' class path through the invoker's addTestClassPath) for one IT: run by each IT's prebuild hook,
// stopped by stop-fake-oxen.groovy. It serves what the IT's routes.json says, records every request, and
// hands its address to the IT build as the user property oxen.baseUrl.
//
// routes.json maps a GET path to a response, or to a "sequence" of responses (the n-th request to the path
// gets the n-th, the last one repeats):
//   { "/api/ai/models/flux-1-dev": { "status": 200, "body": "@fixtures/models/flux-1-dev.json",
//                                    "headers": { "Retry-After": "0" }, "delayMillis": 0, "truncate": 120 } }
// "body" names a file: "@fixtures/..." in the shared Oxen fixtures, otherwise relative to the IT folder.
// "truncate": n announces the whole body's length but sends only its first n bytes, then hangs up.
// A path without a route gets Oxen's 404 ("Model not found: id" for a model path).
//
// In the context for later hooks: 'oxen' (the FakeOxen: requests(), count('GET', path),
// mostConcurrentRequests()) and 'loadOxenRoutes' (a closure: loadOxenRoutes('routes.2.json') replaces the
// routes, keeping the requests recorded so far).
// Bindings used: basedir, context (from the invoker), fixtures (a script variable of the invoker).
import groovy.json.JsonSlurper
import io.github.oxencodegen.fake.FakeOxen
import io.github.oxencodegen.fake.Reply
import java.time.Duration

File itDir = basedir as File
File fixturesDir = new File(fixtures as String)

Closure<File> bodyFile = { String name ->
    File file = name.startsWith('@fixtures/') ? new File(fixturesDir, name.substring('@fixtures/'.length())) : new File(itDir, name)
    if (!file.isFile()) {
        throw new FileNotFoundException("fake Oxen: ${itDir.name}/routes: no body file ${file}")
    }
    file
}

Closure<Reply> reply = { Map response ->
    byte[] body = response.body ? bodyFile(response.body as String).bytes : new byte[0]
    Reply answer = Reply.json((response.status ?: 200) as int, body)
    (response.headers ?: [:]).each { name, value -> answer = answer.withHeader(name as String, value as String) }
    if (response.truncate != null) {
        answer = answer.truncatedAfter(response.truncate as int)
    }
    if ((response.delayMillis ?: 0) > 0) {
        answer = answer.delayedBy(Duration.ofMillis(response.delayMillis as long))
    }
    answer
}

FakeOxen oxen = FakeOxen.start()
Closure loadRoutes = { String routesFile ->
    Map routes = new JsonSlurper().parse(new File(itDir, routesFile)) as Map
    oxen.clearRoutes()
    routes.each { String path, Map route ->
        List<Map> sequence = route.sequence != null ? route.sequence as List<Map> : [route]
        oxen.serveInTurn('GET', path, sequence.collect { reply(it) } as Reply[])
    }
    null // a hook script that ends by calling this must not return a value, which the invoker would take for a failure
}
loadRoutes('routes.json')
context.put('oxen', oxen)
context.put('loadOxenRoutes', loadRoutes)
context.get('userProperties').put('oxen.baseUrl', oxen.baseUrl().toString())
println "fake Oxen listening at ${oxen.baseUrl()}"
