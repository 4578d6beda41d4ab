evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

// the three invocations write one build.log, in order
List<String> errors = new File(basedir, 'build.log').readLines().findAll { it.startsWith('[ERROR] Failed to execute goal') }
String check = errors.find { it.contains(':check (default-cli)') }
String generate = errors.find { it.contains(':generate (default-cli)') }
assert check != null && generate != null : errors.join('\n')

assert check.contains('No models to check')
assert check.contains("mvn oxen:check run from the command line reads only the plugin's own <configuration>")
assert check.contains("inside <execution> 'oxen-requests'")
assert check.contains('or run mvn oxen:check@oxen-requests')

// packageName is missing too, and its error says why, instead of Maven's bare "parameters are missing"
assert generate.contains('<packageName> is not set')
assert generate.contains("mvn oxen:generate run from the command line reads only the plugin's own <configuration>")
assert generate.contains('or run mvn oxen:generate@oxen-requests')

// what the hint advises works
assert context.oxen.count('GET', '/api/ai/models/flux-1-dev') == 1
assert new File(basedir, 'target/generated-sources/oxen/com/acme/oxen/flux_1_dev/Flux1DevRequest.java').isFile()
