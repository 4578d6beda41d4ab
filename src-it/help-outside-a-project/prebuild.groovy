// Writes settings-with-plugin-group.xml: the ITs' settings.xml with README.md's <pluginGroups> block, verbatim.
evaluate(new File(itSupport, 'readme-blocks.groovy'))
String pluginGroups = context.readme['plugin-groups']
assert pluginGroups != null : "README.md has no readme-it block 'plugin-groups'"
String settings = new File(itSupport, '../settings.xml').getText('UTF-8')
assert settings.contains('</settings>')
new File(basedir, 'settings-with-plugin-group.xml').setText(settings.replace('</settings>', pluginGroups + '</settings>'), 'UTF-8')
