// after the second build, well within the hour: nobody was asked, and the log says until when
String second = new File(basedir, 'build.log').text.substring(context.logLengthAfterFirstBuild as int)
assert context.oxen.count('GET', '/api/ai/models/flux-1-dev') == 1 : 'a build within the update interval must not contact Oxen'
assert context.oxen.requests().size() == 1
assert second.readLines().any {
    it.startsWith('[INFO] Not contacting Oxen for \'flux-1-dev\' (update policy interval:60): built from its snapshot, whose contract was fetched at ') &&
            it.contains('; Oxen is asked again from ') && it.endsWith('(-Doxen.updatePolicy=always or mvn -U asks now)')
}
assert second.contains('Generated sources are up to date (1 model(s))')
context.put('logLengthAfterSecondBuild', new File(basedir, 'build.log').text.length())
