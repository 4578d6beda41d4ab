evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

String log = new File(basedir, 'build.log').text
assert log.contains("There is no snapshot of the model 'flux-1-dev'")
assert log.contains('the build is offline')
assert log.contains('Run the build once online with an Oxen API key')
assert log.contains('or commit the model') && log.contains('flux-1-dev.json')
assert context.oxen.requests().isEmpty()
assert !new File(basedir, 'target/generated-sources/oxen').exists()
