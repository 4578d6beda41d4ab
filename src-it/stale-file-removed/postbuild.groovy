evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

List<File> javaFiles(File dir) {
    List<File> found = []
    if (dir.exists()) {
        dir.eachFileRecurse { if (it.name.endsWith('.java')) found << it }
    }
    found.sort()
}

List<File> sources = javaFiles(new File(basedir, 'target/generated-sources/oxen'))
assert !sources.any { it.name.contains('Flux2Dev') } : sources
assert sources.any { it.name.contains('Flux1Dev') }
assert context.note.text == 'mine' : 'a file the generator did not write is never deleted'
context.flux2Dirs.findAll { it != context.note.parentFile }.each { assert !it.exists() : "${it} should have been pruned" }
String log = new File(basedir, 'build.log').text
assert log.readLines().any { it =~ /\d+ unchanged, [1-9]\d* deleted/ }
assert new File(basedir, 'src/main/oxen/flux-2-dev.json').exists() : 'snapshots are the user\'s: never deleted'
