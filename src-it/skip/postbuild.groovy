evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

String log = new File(basedir, 'build.log').text
assert log.contains('Skipping Oxen code generation (oxen.skip)')
assert context.oxen.requests().isEmpty() : 'a skipped build must not ask Oxen anything'
assert !new File(basedir, 'target/generated-sources/oxen').exists()
assert !new File(basedir, 'src/main/oxen').exists() : 'a skipped build must not write snapshots'
