evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

String key = 'it-settings-key-7Qm2Xv9Lp4Rt'   // the password of the server oxen-it in src-it/settings.xml
String log = new File(basedir, 'build.log').text
assert context.oxen.requests().size() == 1 : 'a 401 is not retried'
assert context.oxen.requests()[0].header('authorization').orElse(null) == "Bearer ${key}".toString() : 'the key from settings.xml is sent'
assert log.contains('401')
assert log.contains('[ERROR]')
assert log.contains("Check the key, which is read from the password of a <server> with id 'oxen-it'") : 'the advice names the server the key came from'
assert !log.contains("with id 'oxen'") : 'not the default server id'

assert !log.contains(key) : 'the API key must never appear in the build log'
assert !log.contains(key.substring(0, 12)) : 'not even in part'
assert !new File(basedir, 'src/main/oxen').exists()
assert !new File(basedir, 'target/generated-sources/oxen').exists()
