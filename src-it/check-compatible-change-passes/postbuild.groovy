import groovy.json.JsonSlurper

evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

String log = new File(basedir, 'build.log').text
assert log.contains('[INFO] flux-1-dev: 2 changes: 0 breaking, 2 compatible, 0 cosmetic')
assert log.contains('[INFO]   COMPATIBLE /properties/num_inference_steps/maximum  num_inference_steps: maximum raised from 50 to 60')
assert log.contains('[INFO]   COMPATIBLE /properties/go_fast  go_fast: new optional property')
assert log.contains('[INFO] Contract check passed: 1 model compared with its snapshot, no changes that meet fail-on breaking')
assert log.contains('BUILD SUCCESS')
assert context.oxen.count('GET', '/api/ai/models/flux-1-dev') == 1

File markdown = new File(basedir, 'target/oxen/contract-report.md')
assert markdown.text.startsWith('# Contract check\n\nContract check passed')
assert markdown.text.contains('| `/properties/go_fast` | `/go_fast` | `property-added` | go_fast: new optional property |')
def json = new JsonSlurper().parse(new File(basedir, 'target/oxen/contract-report.json'))
assert json.verdict == 'passed'
assert json.counts.compatible == 2
assert json.models*.modelId == ['flux-1-dev']

File snapshot = new File(basedir, 'src/main/oxen/flux-1-dev.json')
assert snapshot.bytes == context.snapshotBytes : 'oxen:check must never write a snapshot'
assert snapshot.lastModified() == context.snapshotModified : 'oxen:check must not even rewrite a snapshot'
assert new File(basedir, 'src/main/oxen').list().toList() == ['flux-1-dev.json']
assert !new File(basedir, 'target/generated-sources').exists() : 'check alone generates nothing'
