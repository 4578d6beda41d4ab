// the three invocations write one build.log, in order
String log = new File(basedir, 'build.log').getText('UTF-8')
int unknownPrefix = log.indexOf("No plugin found for prefix 'oxen'")
assert unknownPrefix >= 0 : log
// after it, the help of the plugin is printed twice: through the plugin group, then by the full name
String after = log.substring(unknownPrefix)
assert after.findAll(/oxen:generate/).size() >= 2 : log
assert after.findAll(/oxen:check/).size() >= 2 : log
