// Makes this IT's project out of README.md's "In your own project": its pom.xml and App.java verbatim,
// except the oxen-maven-plugin <version>, which becomes the version this build made, and the overlay the
// README says to copy from sample-project. Then starts the fake Oxen: its address is given to the build as
// -Doxen.baseUrl, where a user's build reaches Oxen itself.
evaluate(new File(itSupport, 'readme-blocks.groovy'))
Map<String, String> readme = context.readme
assert readme.keySet() == ['pom.xml', 'src/main/java/com/example/App.java', 'command', 'output', 'plugin-groups'] as Set :
        "README.md's readme-it blocks changed: ${readme.keySet()}; teach src-it/readme-consumer-project the new ones"

String pom = readme['pom.xml']
def pluginVersion = pom =~ /<artifactId>oxen-maven-plugin<\/artifactId>\s*<version>([^<]*)<\/version>/
assert pluginVersion.find() : "README.md's pom.xml does not give oxen-maven-plugin a <version>"
int from = pluginVersion.start(1)
int to = pluginVersion.end(1)
assert !pluginVersion.find() : "README.md's pom.xml names oxen-maven-plugin twice"
String shown = pom.substring(from, to)
String built = projectVersion as String
assert shown == built || shown == built - '-SNAPSHOT' :
        "README.md's pom.xml shows oxen-maven-plugin ${shown}, but this build makes ${built}: update the README"
String itPom = pom.substring(0, from) + built + pom.substring(to)

new File(basedir, 'pom.xml').setText(itPom, 'UTF-8')
File app = new File(basedir, 'src/main/java/com/example/App.java')
app.parentFile.mkdirs()
app.setText(readme['src/main/java/com/example/App.java'], 'UTF-8')
File overlay = new File(repositoryRoot as String, 'sample-project/src/main/oxen/overlays/wan-v2-7-reference-to-video.documented-limits.json')
File overlayCopy = new File(basedir, 'src/main/oxen/overlays/' + overlay.name)
overlayCopy.parentFile.mkdirs()
overlayCopy.bytes = overlay.bytes

evaluate(new File(itSupport, 'fake-oxen.groovy'))
