evaluate(new File(itSupport, 'fake-oxen.groovy'))

File snapshot = new File(basedir, 'src/main/oxen/wan-v2-7-reference-to-video.json')
context.put('snapshotBytes', snapshot.bytes)
context.put('snapshotModified', snapshot.lastModified())
