evaluate(new File(itSupport, 'fake-oxen.groovy'))

File snapshot = new File(basedir, 'src/main/oxen/kling-video-o3-pro.json')
context.put('snapshotBytes', snapshot.bytes)
context.put('snapshotModified', snapshot.lastModified())
