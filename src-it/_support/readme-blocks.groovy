// Reads README.md's blocks meant for the ITs: a line "<!-- readme-it: NAME ... -->" followed by a fenced block
// (```lang ... ```). Puts them in context.readme as NAME -> the block's text, each line ending in "\n",
// exactly as the README has it. Fails naming the line of a marker without a block or a name used twice.
//
// Bindings used: context (from the invoker), repositoryRoot (a script variable of the invoker).
File readme = new File(repositoryRoot as String, 'README.md')
List<String> lines = readme.readLines('UTF-8')
Map<String, String> blocks = [:]
lines.eachWithIndex { String line, int i ->
    def marker = line =~ /^<!-- readme-it: (\S+)/
    if (!marker.find()) {
        return
    }
    String name = marker.group(1)
    assert i + 1 < lines.size() && lines[i + 1].startsWith('```') : "README.md line ${i + 1}: the marker '${name}' is not followed by a fenced block"
    int end = (i + 2..<lines.size()).find { lines[it] == '```' } ?: -1
    assert end > 0 : "README.md line ${i + 2}: the block of '${name}' is not closed"
    assert !blocks.containsKey(name) : "README.md line ${i + 1}: the marker '${name}' is used twice"
    blocks[name] = lines.subList(i + 2, end).collect { it + '\n' }.join('')
}
context.put('readme', blocks)
