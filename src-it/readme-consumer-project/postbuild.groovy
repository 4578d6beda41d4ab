evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

Map<String, String> readme = context.readme
Properties invoker = new Properties()
new File(basedir, 'invoker.properties').withInputStream { invoker.load(it) }
assert readme['command'] == 'mvn -q ' + invoker.getProperty('invoker.goals.1') + '\n' :
        "README.md's command (${readme['command'].trim()}) is not what this IT runs"

// the first build fetched both models, as the README says, and wrote their snapshots
['wan-v2-7-reference-to-video', 'flux-2-dev'].each {
    assert context.oxen.count('GET', "/api/ai/models/${it}") >= 1
    assert new File(basedir, "src/main/oxen/${it}.json").isFile()
}

// App printed exactly the README's output (the build is quiet, so the log holds App's lines alone)
String log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
assert log.contains(readme['output']) : "App's output is not the README's:\n${log}"

// mvn oxen:check from the command line read the plugin's configuration and found nothing changed
assert new File(basedir, 'target/oxen/contract-report.md').isFile()
assert !log.contains('No models to check')
