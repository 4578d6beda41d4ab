import groovy.json.JsonSlurper

evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

String log = new File(basedir, 'build.log').text
String rename = 'input_images -> input_image?: probable rename (the same name but for case, separators or a plural s, the same' +
        ' description, the same title); a request that sent input_images must send input_image now'
assert log.contains('[INFO] bytedance-seedream-5-pro: 4 changes: 2 breaking, 1 compatible, 1 cosmetic')
assert log.contains('[INFO]   BREAKING   /properties/input_images -> /properties/input_image  ' + rename) :
        'the rename is one line with the old pointer and the new one'
assert !log.contains('property removed') && !log.contains('new optional property') :
        'a probable rename is not also reported as a removal and an addition'
assert log.readLines().any {
    it.startsWith('[ERROR]') && it.contains('Contract check failed (fail-on breaking): bytedance-seedream-5-pro has 2 breaking changes')
}
assert log.contains('BUILD FAILURE')

File markdown = new File(basedir, 'target/oxen/contract-report.md')
assert markdown.text.contains('| `/properties/input_images` → `/properties/input_image` | `/input_images` → `/input_image`' +
        ' | `property-renamed` | ' + rename + ' |')

def json = new JsonSlurper().parse(new File(basedir, 'target/oxen/contract-report.json'))
assert json.verdict == 'failed'
assert json.failOn == 'breaking'
def change = json.models[0].changes[0]
assert change.severity == 'breaking'
assert change.kind == 'property-renamed'
assert change.pointer == '/properties/input_image'
assert change.instancePath == '/input_image'
assert change.renamedFrom == [pointer: '/properties/input_images', instancePath: '/input_images']

assert new File(basedir, 'src/main/oxen/bytedance-seedream-5-pro.json').bytes == context.snapshotBytes :
        'oxen:check never writes a snapshot'
