evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

// the consumer's tests, which leave the required prompt out, compiled and passed
File reports = new File(basedir, 'target/surefire-reports')
String summary = reports.listFiles().findAll { it.name.endsWith('.txt') }*.text.join('\n')
assert summary =~ /Tests run: 2, Failures: 0, Errors: 0, Skipped: 0/ : summary

// and the request has no steps: builder() returns the plain Builder
String request = new File(basedir, 'target/generated-sources/oxen/com/acme/oxen/flux_1_dev/Flux1DevRequest.java').text
assert request.contains('public static Builder builder()') : 'builder() does not return the plain Builder'
assert !request.contains('PromptStep') : 'plainBuilders still generated a step interface'
