String log = new File(basedir, 'build.log').text
String second = log.substring(context.logLengthAfterFirstBuild as int)
assert second.contains("Reading model contracts from the snapshots in ${new File(basedir, 'src/main/oxen')} (the fetch mode is 'never')")
assert second.contains('no contract was parsed') : 'the second build must see its inputs unchanged before parsing them'
assert second.contains('Generated sources are up to date (1 model(s))')

File classLoad = new File(basedir, 'class-load.txt')
assert classLoad.isFile() : "the second build ran without -Xlog:class+load (no ${classLoad})"
List<String> loaded = classLoad.readLines().findAll { it.contains('[class,load]') }.collect { it.split(' ')[1] }
assert loaded.contains('io.github.oxencodegen.generate.ContractBuild') : 'the log lists the plugin classes it loaded'
List<String> parsers = loaded.findAll { it.startsWith('com.fasterxml.') || it.startsWith('com.palantir.') || it.startsWith('org.everit.') }
assert parsers.isEmpty() : "a no-op build from snapshots loaded ${parsers.size()} classes of Jackson, JavaPoet or everit, such as ${parsers.take(5)}"
