evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

String log = new File(basedir, 'build.log').text
List<String> warnings = log.readLines().findAll { it.startsWith('[WARNING] Using the snapshot') }
assert warnings.size() == 2 : warnings
assert warnings.any { it.contains("'flux-1-dev'") && it.contains('500') }
assert warnings.any { it.contains("'qwen-image-edit'") && it.contains('503') }
assert !log.contains('\tat ') : 'a fallback warning is one line, without a stack trace'
assert context.oxen.count('GET', '/api/ai/models/flux-1-dev') == 1 : 'a 500 is not retried'
assert context.oxen.count('GET', '/api/ai/models/qwen-image-edit') == 2 : 'a 503 is retried (oxen.retries=1)'
context.snapshotsBefore.each { id, bytes ->
    assert new File(basedir, "src/main/oxen/${id}.json").bytes == bytes : "the snapshot of ${id} must be left as it was"
}
List<File> sources = []
new File(basedir, 'target/generated-sources/oxen').eachFileRecurse { if (it.name.endsWith('.java')) sources << it }
assert !sources.isEmpty()
