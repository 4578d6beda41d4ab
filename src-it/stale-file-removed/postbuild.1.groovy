
List<File> javaFiles(File dir) {
    List<File> found = []
    if (dir.exists()) {
        dir.eachFileRecurse { if (it.name.endsWith('.java')) found << it }
    }
    found.sort()
}
// after the first build: both models generated; the user drops a note beside one of them
List<File> flux2 = javaFiles(new File(basedir, 'target/generated-sources/oxen')).findAll { it.name.contains('Flux2Dev') }
assert !flux2.isEmpty()
File note = new File(flux2[0].parentFile, 'NOTES.txt')
note.text = 'mine'
context.put('note', note)
context.put('flux2Dirs', flux2*.parentFile.unique())
