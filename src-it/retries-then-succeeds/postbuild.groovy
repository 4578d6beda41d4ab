evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

List<File> javaFiles(File dir) {
    List<File> found = []
    if (dir.exists()) {
        dir.eachFileRecurse { if (it.name.endsWith('.java')) found << it }
    }
    found.sort()
}

String log = new File(basedir, 'build.log').text
assert context.oxen.count('GET', '/api/ai/models/flux-1-dev') == 3
assert context.oxen.requests().every { it.header('user-agent').orElse('') ==~ /oxen-maven-plugin\/\d.*/ } : context.oxen.requests()*.headers()
assert context.oxen.requests().every { !it.header('authorization').present } : 'no key is configured, so none is sent'
File snapshot = new File(basedir, 'src/main/oxen/flux-1-dev.json')
assert snapshot.isFile() : 'the fetched contract is recorded as the snapshot'
def recorded = new groovy.json.JsonSlurper().parse(snapshot)
assert recorded.id == 'flux-1-dev' && recorded.request_schema.properties.prompt != null
assert !javaFiles(new File(basedir, 'target/generated-sources/oxen')).isEmpty()
assert !log.contains('[WARNING]') : 'a retried request that succeeds is no cause for a warning'
