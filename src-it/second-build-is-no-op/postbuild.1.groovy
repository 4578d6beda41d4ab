// after the first build: date every output file and snapshot in the past, to see whether the second rewrites any
List<File> files = []
new File(basedir, 'target/generated-sources/oxen').eachFileRecurse { if (it.isFile()) files << it }
new File(basedir, 'src/main/oxen').eachFile { files << it }
assert files.count { it.name.endsWith('.java') } >= 2
long past = 1_000_000_000_000L
files.each { assert it.setLastModified(past) }
context.put('outputs', files)
context.put('logLengthAfterFirstBuild', new File(basedir, 'build.log').text.length())
