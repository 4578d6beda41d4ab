evaluate(new File(itSupport, 'fake-oxen.groovy'))

context.put('snapshotBefore', new File(basedir, 'src/main/oxen/flux-2-dev.json').bytes)
