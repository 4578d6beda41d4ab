// after the online build: the selection was resolved from one list request and locked
import groovy.json.JsonSlurper

List<String> wan = ['wan-v2-7-image-to-video', 'wan-v2-7-reference-to-video', 'wan-v2-7-text-to-video']
assert context.oxen.requests()*.path == ['/api/ai/models'] : 'one list request, no request per model'
File lockFile = new File(basedir, 'src/main/oxen/oxen-models.lock')
def lock = new JsonSlurper().parse(lockFile)
assert lock.select == 'id=wan-v2-7-*,endpoint=/videos/generate'
assert lock.models*.id == wan
assert lock.models.every { it.endpoint == '/videos/generate' && it.requestSchemaSha256 ==~ /[0-9a-f]{64}/ }
wan.each { assert new File(basedir, "src/main/oxen/${it}.json").isFile() }
assert !new File(basedir, 'src/main/oxen/flux-1-dev.json').exists()
String log = new File(basedir, 'build.log').text
assert log.contains("[INFO] The selection 'id=wan-v2-7-*,endpoint=/videos/generate' matches 3 models in Oxen's list")
assert log.contains("[INFO] Wrote ${lockFile} (3 models selected); commit it with the snapshots")
context.put('lockBytes', lockFile.bytes)
context.put('requestsAfterFirstBuild', context.oxen.requests().size())
context.put('logLengthAfterFirstBuild', log.length())
// the second build must read the snapshots in full, not take the output for up to date
new File(basedir, 'target').deleteDir()
