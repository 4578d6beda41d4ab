evaluate(new File(itSupport, 'fake-oxen.groovy'))

File snapshot = new File(basedir, 'src/main/oxen/wan-v2-7-retired.json')
context.put('snapshotBytes', snapshot.bytes)
