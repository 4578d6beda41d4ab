evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

String log = new File(basedir, 'build.log').text
List<String> errors = log.readLines().findAll { it.startsWith('[ERROR]') && it.contains('wan-v9-9-does-not-exist') }
assert !errors.isEmpty()
assert errors.any { it.contains('404') }
assert log.contains('There is no snapshot at')
assert context.oxen.count('GET', '/api/ai/models/wan-v9-9-does-not-exist') == 1 : 'a 404 is not retried'
assert !new File(basedir, 'target/generated-sources/oxen').exists()
