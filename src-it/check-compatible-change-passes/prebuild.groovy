evaluate(new File(itSupport, 'fake-oxen.groovy'))

File snapshot = new File(basedir, 'src/main/oxen/flux-1-dev.json')
context.put('snapshotBytes', snapshot.bytes)
context.put('snapshotModified', snapshot.lastModified())
