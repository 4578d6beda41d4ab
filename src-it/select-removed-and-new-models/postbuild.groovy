// after check: the removal fails the build and is in every report; nothing is written into src/main/oxen
import groovy.json.JsonSlurper

evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

String log = new File(basedir, 'build.log').text.substring(context.logLengthAfterFirstBuild as int)
assert log.contains("[WARNING] selection 'id=wan-v2-7-*,output=video': 0 appeared, 1 removed from Oxen's list"
        + " (wan-v2-7-retired), 0 no longer selected")
assert log.readLines().any {
    it.startsWith('[ERROR]') && it.contains("Contract check failed (fail-on breaking): wan-v2-7-retired was removed from"
            + " Oxen (no longer in Oxen's model list)")
}
assert !log.contains('not checked')
def json = new JsonSlurper().parse(new File(basedir, 'target/oxen/contract-report.json'))
assert json.verdict == 'failed'
assert json.removed == ['wan-v2-7-retired']
assert json.selection.removed == ['wan-v2-7-retired']
assert json.selection.appeared == []
String markdown = new File(basedir, 'target/oxen/contract-report.md').text
assert markdown.contains("| `wan-v2-7-retired` | removed: no longer in Oxen's model list (breaking) |")
assert new File(basedir, 'src/main/oxen/wan-v2-7-retired.json').bytes == context.snapshotBytes
assert context.oxen.requests()*.path == ['/api/ai/models', '/api/ai/models'] : 'each goal asks once, for the list'
