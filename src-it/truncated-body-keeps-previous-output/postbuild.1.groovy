// after the first build: remember every generated file and the snapshot, byte for byte and by time
List<File> files = []
new File(basedir, 'target/generated-sources/oxen').eachFileRecurse { if (it.isFile()) files << it }
files << new File(basedir, 'src/main/oxen/wan-v2-7-text-to-video.json')
assert files.size() > 2
long past = 1_000_000_000_000L
files.each { it.setLastModified(past) }
context.put('before', files.collectEntries { [(it): [bytes: it.bytes, time: it.lastModified()]] })
