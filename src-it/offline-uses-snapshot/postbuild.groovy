evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

String log = new File(basedir, 'build.log').text
assert log.contains('the build is offline')
assert context.oxen.requests().isEmpty() : 'an offline build must not touch the network'
File out = new File(basedir, 'target/generated-sources/oxen')
assert out.exists()
List<File> sources = []
out.eachFileRecurse { if (it.name.endsWith('.java')) sources << it }
assert !sources.isEmpty()
assert new File(basedir, 'src/main/oxen/flux-2-dev.json').bytes == context.snapshotBefore : 'the snapshot must be left as it was'
