evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

File reports = new File(basedir, 'target/surefire-reports')
String summary = reports.listFiles().findAll { it.name.endsWith('.txt') }*.text.join('\n')
assert summary =~ /Tests run: [1-9]\d*, Failures: 0, Errors: 0, Skipped: 0/ : summary

String log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Generating for Jackson 3 (jackson=auto: the project depends on tools.jackson.core:jackson-databind '
        + "${jackson3Version} and not on com.fasterxml.jackson.core:jackson-databind)") : log

File generated = new File(basedir, 'target/generated-sources/oxen/com/acme/oxen')
generated.eachFileRecurse { file ->
    if (file.name.endsWith('.java')) {
        assert !file.text.contains('com.fasterxml.jackson.databind') : "${file} still names Jackson 2's databind"
    }
}
assert new File(generated, 'OxenClient.java').text.contains('import tools.jackson.databind.JsonNode;')
