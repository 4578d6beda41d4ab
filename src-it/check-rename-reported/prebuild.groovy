evaluate(new File(itSupport, 'fake-oxen.groovy'))

File snapshot = new File(basedir, 'src/main/oxen/bytedance-seedream-5-pro.json')
context.put('snapshotBytes', snapshot.bytes)
