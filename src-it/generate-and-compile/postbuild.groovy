evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

File reports = new File(basedir, 'target/surefire-reports')
String summary = reports.listFiles().findAll { it.name.endsWith('.txt') }*.text.join('\n')
assert summary =~ /Tests run: [1-9]\d*, Failures: 0, Errors: 0, Skipped: 0/ : summary
assert new File(basedir, 'target/classes/com/acme/oxen/flux_1_dev/Flux1DevRequest.class').isFile()
