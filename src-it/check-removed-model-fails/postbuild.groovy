import groovy.json.JsonSlurper

evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

String log = new File(basedir, 'build.log').text
File snapshot = new File(basedir, 'src/main/oxen/kling-video-o3-pro.json')
assert log.contains('[WARNING] kling-video-o3-pro: 1 change: 1 breaking, 0 compatible, 0 cosmetic')
assert log.contains('[WARNING]   BREAKING   (root)  model removed: Oxen answers 404 "Model not found: kling-video-o3-pro"; every request'
        + " for it will fail. The snapshot ${snapshot} is kept")
assert log.contains('[INFO] flux-1-dev: no changes')
assert !log.contains('not checked') : 'a removed model is a finding, never "not checked"'
assert log.readLines().any {
    it.startsWith('[ERROR]') && it.contains('Contract check failed (fail-on breaking): kling-video-o3-pro was removed from Oxen'
            + ' (Oxen answers 404 "Model not found")')
}

File markdown = new File(basedir, 'target/oxen/contract-report.md')
assert markdown.text.contains('| (root) | (root) | `model-removed` | model removed: Oxen answers 404 "Model not found: kling-video-o3-pro"')
def json = new JsonSlurper().parse(new File(basedir, 'target/oxen/contract-report.json'))
assert json.verdict == 'failed'
assert json.removed == ['kling-video-o3-pro']
assert json.models*.modelId == ['flux-1-dev', 'kling-video-o3-pro']
assert json.models[1].changes*.kind == ['model-removed']
assert json.notCompared == []

assert snapshot.bytes == context.snapshotBytes : 'the snapshot of a removed model is kept as it was'
assert snapshot.lastModified() == context.snapshotModified
