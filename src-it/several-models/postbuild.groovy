evaluate(new File(itSupport, 'stop-fake-oxen.groovy'))

List<File> javaFiles(File dir) {
    List<File> found = []
    if (dir.exists()) {
        dir.eachFileRecurse { if (it.name.endsWith('.java')) found << it }
    }
    found.sort()
}

List<String> ids = ['flux-1-dev', 'wan-v2-7-text-to-video', 'bytedance-seedream-5-pro', 'qwen-image-edit']
ids.each { assert context.oxen.count('GET', "/api/ai/models/${it}") == 1 }
ids.each { assert new File(basedir, "src/main/oxen/${it}.json").isFile() }
// the fetches overlapped: some request arrived before another had been answered
assert context.oxen.mostConcurrentRequests() > 1 : 'the models are fetched in parallel'
List<File> sources = javaFiles(new File(basedir, 'target/generated-sources/oxen'))
['Flux1Dev', 'WanV27TextToVideo', 'BytedanceSeedream5Pro', 'QwenImageEdit'].each { stem ->
    assert sources.any { it.name.startsWith(stem) } : "nothing generated for ${stem}: ${sources*.name}"
}
assert new File(basedir, 'build.log').text.contains('Generated 4 model(s)')
