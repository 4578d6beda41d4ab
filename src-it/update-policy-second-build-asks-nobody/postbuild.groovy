// after the third build, with -Doxen.fetch=always: Oxen is asked again, whatever the update policy
evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

String third = new File(basedir, 'build.log').text.substring(context.logLengthAfterSecondBuild as int)
assert context.oxen.count('GET', '/api/ai/models/flux-1-dev') == 2 : 'the fetch mode always forces a fetch'
assert !third.contains('Not contacting Oxen')
assert !new File(basedir, 'target/generated-sources/oxen/.oxen-fetched').text.contains('Bearer')
