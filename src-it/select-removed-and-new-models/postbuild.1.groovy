// after generate: the new models are fetched, generated and reported; the removed one is reported, kept and generated
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').text
File snapshot = new File(basedir, 'src/main/oxen/wan-v2-7-retired.json')
File lockFile = new File(basedir, 'src/main/oxen/oxen-models.lock')
['wan-v2-7-image-to-video', 'wan-v2-7-reference-to-video'].each {
    assert log.contains("[INFO] '${it}': new in Oxen's list and matching the selection 'id=wan-v2-7-*,output=video':"
            + " fetched, generated and added to ${lockFile}")
    assert new File(basedir, "src/main/oxen/${it}.json").isFile()
}
assert log.contains("[WARNING] 'wan-v2-7-retired': the model was removed from Oxen since the snapshot:")
assert log.contains("[WARNING]   BREAKING   (root)  model removed: no longer in Oxen's model list (the lock file selected"
        + " it); every request for it will fail. The snapshot ${snapshot} is kept")
assert snapshot.bytes == context.snapshotBytes : 'the snapshot of a removed model is kept as it was'
File base = new File(basedir, 'target/generated-sources/oxen/com/acme/oxen')
assert base.listFiles().findAll { it.isDirectory() }*.name.sort() ==
        ['wan_v2_7_image_to_video', 'wan_v2_7_reference_to_video', 'wan_v2_7_retired', 'wan_v2_7_text_to_video']
def lock = new JsonSlurper().parse(lockFile)
assert lock.models*.id == ['wan-v2-7-image-to-video', 'wan-v2-7-reference-to-video', 'wan-v2-7-retired', 'wan-v2-7-text-to-video']
assert lock.models.find { it.id == 'wan-v2-7-retired' }.removed == true
assert log.contains("[INFO] Updated ${lockFile} (4 models selected, 1 of them removed from Oxen); commit it with the snapshots")
assert context.oxen.requests()*.path == ['/api/ai/models']
context.put('logLengthAfterFirstBuild', log.length())
