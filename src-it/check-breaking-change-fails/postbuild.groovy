import groovy.json.JsonSlurper

evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

String log = new File(basedir, 'build.log').text
String rule = 'request: allOf rule added (if/then on reference_videos, reference_images); it may reject requests accepted before'
List<String> expected = [
    'wan-v2-7-reference-to-video: 18 changes: 14 breaking, 3 compatible, 1 cosmetic',
    '  BREAKING   /properties/duration/enum  duration: now restricted to [5, 10]',
    '  BREAKING   /properties/input_image/type  input_image: type changed from [string, null] to [array, null]',
    '  BREAKING   /properties/negative_prompt/maxLength  negative_prompt: maxLength 500 added',
    '  BREAKING   /properties/prompt/maxLength  prompt: maxLength 5000 added',
    '  BREAKING   /properties/reference_images/maxItems  reference_images: maxItems 5 added',
    '  BREAKING   /properties/reference_videos/maxItems  reference_videos: maxItems 5 added',
    "  BREAKING   /properties/model_version  model_version: new required property; callers' code stops compiling (staged builders): add .modelVersion(...) after .prompt(...) in WanV27ReferenceToVideoRequest.builder()",
    '  BREAKING   /properties/seed  seed: property removed',
    '  BREAKING   /allOf/0  request: allOf rule added (if/then on reference_videos, duration); it may reject requests accepted before',
    '  BREAKING   /allOf/1  ' + rule,
    '  BREAKING   /allOf/2  ' + rule,
    '  BREAKING   /allOf/3  ' + rule,
    '  BREAKING   /allOf/4  ' + rule,
    '  BREAKING   /allOf/5  ' + rule,
    '  COMPATIBLE /properties/duration/maximum  duration: maximum 15 removed',
    '  COMPATIBLE /properties/duration/minimum  duration: minimum 2 removed',
    '  COMPATIBLE /properties/resolution/default  resolution: default changed from "1080P" to "720P"',
    '  COSMETIC   /properties/duration/description  duration: description changed',
]
List<String> reported = log.readLines().findAll { it.startsWith('[INFO] ') }.collect { it.substring('[INFO] '.length()) }
int first = reported.indexOf(expected[0])
assert first >= 0 : 'the model summary is logged'
assert reported.subList(first, first + expected.size()) == expected : 'every change is logged, gravest first, in schema order'

assert log.readLines().any {
    it.startsWith('[ERROR]') && it.contains('Contract check failed (fail-on breaking): wan-v2-7-reference-to-video has 14 breaking changes')
}
assert log.contains('BUILD FAILURE')

File markdown = new File(basedir, 'target/oxen/contract-report.md')
assert markdown.text.contains('Contract check failed (fail-on breaking): wan-v2-7-reference-to-video has 14 breaking changes.')
assert markdown.text.contains('| `/properties/seed` | `/seed` | `property-removed` | seed: property removed |')
def json = new JsonSlurper().parse(new File(basedir, 'target/oxen/contract-report.json'))
assert json.verdict == 'failed'
assert json.failOn == 'breaking'
assert json.models[0].changes.size() == 18
assert json.models[0].changes.count { it.severity == 'breaking' } == 14

File snapshot = new File(basedir, 'src/main/oxen/wan-v2-7-reference-to-video.json')
assert snapshot.bytes == context.snapshotBytes : 'oxen:check must never write a snapshot'
assert snapshot.lastModified() == context.snapshotModified : 'oxen:check must not even rewrite a snapshot'
assert new File(basedir, 'src/main/oxen').list().toList() == ['wan-v2-7-reference-to-video.json']
