evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

List<File> javaFiles(File dir) {
    List<File> found = []
    if (dir.exists()) {
        dir.eachFileRecurse { if (it.name.endsWith('.java')) found << it }
    }
    found.sort()
}

String second = new File(basedir, 'build.log').text.substring(context.logLengthAfterFirstBuild as int)
assert second.contains("'flux-1-dev': the contract changed since the snapshot")
assert second.contains('Updated the snapshot')
assert new File(basedir, 'src/main/oxen/flux-1-dev.json').text.contains('watermark_text')
List<File> sources = javaFiles(new File(basedir, 'target/generated-sources/oxen'))
assert sources.any { it.text.contains('watermark_text') } : 'the new property is generated'
