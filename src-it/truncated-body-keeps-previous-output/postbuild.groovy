evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

String log = new File(basedir, 'build.log').text
assert context.oxen.count('GET', '/api/ai/models/wan-v2-7-text-to-video') == 2
assert log.readLines().any { it.startsWith('[ERROR]') && it.contains('wan-v2-7-text-to-video') }
Map before = context.before
assert before != null : 'the first build must have succeeded'
before.each { File file, Map was ->
    assert file.exists() : "${file} was deleted"
    assert file.bytes == was.bytes : "${file} was changed"
    assert file.lastModified() == was.time : "${file} was rewritten"
}
List<File> now = []
new File(basedir, 'target/generated-sources/oxen').eachFileRecurse { if (it.isFile()) now << it }
assert now.findAll { !before.containsKey(it) }.isEmpty() : 'no file may be added by the failed build'
