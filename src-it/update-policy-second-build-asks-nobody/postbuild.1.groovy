// after the first build: Oxen was asked once, and the output folder remembers when
assert context.oxen.count('GET', '/api/ai/models/flux-1-dev') == 1
File record = new File(basedir, 'target/generated-sources/oxen/.oxen-fetched')
assert record.isFile()
assert record.text.contains('flux-1-dev ')
context.put('logLengthAfterFirstBuild', new File(basedir, 'build.log').text.length())
