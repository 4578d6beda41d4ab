evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

String log = new File(basedir, 'build.log').text
String second = log.substring(context.logLengthAfterFirstBuild as int)
assert !log.substring(0, context.logLengthAfterFirstBuild as int).contains('up to date')
assert second.contains('Generated sources are up to date (2 model(s))')
assert !second.contains('Updated the snapshot')
assert context.oxen.count('GET', '/api/ai/models/flux-1-dev') == 2 : 'fetch=auto asks Oxen on every build'
context.outputs.each { File file ->
    assert file.exists()
    assert file.lastModified() == 1_000_000_000_000L : "${file} was rewritten by the second build"
}
List<File> now = []
new File(basedir, 'target/generated-sources/oxen').eachFileRecurse { if (it.isFile()) now << it }
new File(basedir, 'src/main/oxen').eachFile { now << it }
assert now.size() == context.outputs.size()
