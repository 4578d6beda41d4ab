// Before the second invocation: the group's plugin metadata, which maps the prefix oxen to oxen-maven-plugin, as
// a repository that publishes the plugin serves it. The invoker's install into the ITs' local repository does
// not write it (nor does Maven 3.8's mvn install), and Maven needs it to find a prefix through a plugin group.
File metadata = new File(localRepositoryPath as File, 'io/github/oxencodegen/maven-metadata-local.xml')
metadata.parentFile.mkdirs()
metadata.setText('''<?xml version="1.0" encoding="UTF-8"?>
<metadata>
  <plugins>
    <plugin>
      <name>oxen-codegen Maven plugin</name>
      <prefix>oxen</prefix>
      <artifactId>oxen-maven-plugin</artifactId>
    </plugin>
  </plugins>
</metadata>
''', 'UTF-8')
