// after the offline build: exactly the locked models, from their snapshots, nobody asked
evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

String log = new File(basedir, 'build.log').text.substring(context.logLengthAfterFirstBuild as int)
assert log.contains('the build is offline')
assert context.oxen.requests().size() == context.requestsAfterFirstBuild : 'an offline build must not touch the network'
File base = new File(basedir, 'target/generated-sources/oxen/com/acme/oxen')
List<String> packages = base.listFiles().findAll { it.isDirectory() }*.name.sort()
assert packages == ['wan_v2_7_image_to_video', 'wan_v2_7_reference_to_video', 'wan_v2_7_text_to_video']
assert log.contains('Generated 3 model(s)')
assert new File(basedir, 'src/main/oxen/oxen-models.lock').bytes == context.lockBytes : 'the lock is only read offline'
