// after the first build: remember where its log ends
String log = new File(basedir, 'build.log').text
assert log.contains('Generated 1 model(s)')
context.put('logLengthAfterFirstBuild', log.length())
