evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

assert new File(basedir, 'oxen contracts/flux-1-dev.json').isFile()
File generated = new File(basedir, 'target/generated sources/oxen/com/acme/oxen/flux_1_dev/Flux1DevRequest.java')
assert generated.isFile()
assert generated.text.contains('2000') : 'the overlay from a folder with spaces is applied'
assert new File(basedir, 'target/classes/com/acme/app/Prompts.class').isFile()
assert new File(basedir, 'target/classes/com/acme/oxen/flux_1_dev/Flux1DevRequest.class').isFile()
