evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

File reports = new File(basedir, 'target/surefire-reports')
String summary = reports.listFiles().findAll { it.name.endsWith('.txt') }*.text.join('\n')
assert summary =~ /Tests run: [1-9]\d*, Failures: 0, Errors: 0, Skipped: 0/ : summary
// the snapshot holds Oxen's contract as served, not the overlaid one
assert !new File(basedir, 'src/main/oxen/wan-v2-7-reference-to-video.json').text.contains('maxLength')
