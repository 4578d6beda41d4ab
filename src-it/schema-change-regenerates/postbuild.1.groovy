assert !new File(basedir, 'src/main/oxen/flux-1-dev.json').text.contains('watermark_text')
context.put('logLengthAfterFirstBuild', new File(basedir, 'build.log').text.length())
