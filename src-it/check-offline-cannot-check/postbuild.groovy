import groovy.json.JsonSlurper

evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

String log = new File(basedir, 'build.log').text
assert context.oxen.requests().isEmpty() : 'an offline build must not touch the network'
assert log.contains('[WARNING] wan-v2-7-reference-to-video: not checked: the build is offline')
assert log.contains('[WARNING] Contract check incomplete: could not check 1 of 1 models (wan-v2-7-reference-to-video):'
        + ' the build is offline; nothing is claimed about their contracts')
assert !log.contains('no changes') : 'a check that could not look must not claim there was no drift'
assert !log.contains('Contract check passed')
assert log.contains('BUILD SUCCESS')

def json = new JsonSlurper().parse(new File(basedir, 'target/oxen/contract-report.json'))
assert json.verdict == 'incomplete'
assert json.models.isEmpty()
assert json.notCompared*.status == ['not checked']
assert new File(basedir, 'target/oxen/contract-report.md').text.contains('| `wan-v2-7-reference-to-video` | not checked | the build is offline |')

File snapshot = new File(basedir, 'src/main/oxen/wan-v2-7-reference-to-video.json')
assert snapshot.bytes == context.snapshotBytes
assert snapshot.lastModified() == context.snapshotModified
