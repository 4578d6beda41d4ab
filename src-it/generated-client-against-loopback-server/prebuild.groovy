evaluate(new File(itSupport, 'fake-oxen.groovy'))

// Beside the model routes of routes.json: the calls the generated client makes, as Oxen answers them.
import io.github.oxencodegen.fake.EventStream
import io.github.oxencodegen.fake.FakeOxen
import io.github.oxencodegen.fake.OxenPaths
import io.github.oxencodegen.fake.Reply

FakeOxen oxen = context.get('oxen')
String id = '7cf9b23a-1234-5678-9abc-def012345678'
String media = oxen.baseUrl().toString().replace('127.0.0.1', 'localhost')  // another host as far as the key goes
File fixturesDir = new File(fixtures as String)
String succeeded = new File(fixturesDir, 'generation/queue-get-succeeded.json').text
        .replace('https://hub.oxen.ai/api/repos/alice/workbench/file/main/generations/2026-04-02/7cf9b23a.mp4', media + '/media/' + id + '.mp4')
oxen.serve('POST', OxenPaths.IMAGES_GENERATE, Reply.json(200, new File(fixturesDir, 'generation/images-generate-200-url.json').text
        .replaceAll(/https:\/\/hub\.oxen\.ai[^"]*/, media + '/media/ox.png?sig=1')))
oxen.serve('GET', '/media/ox.png', Reply.body(200, 'image/png', 'PNG bytes of an ox'.bytes))
oxen.serve('GET', '/media/' + id + '.mp4', Reply.body(200, 'video/mp4', 'MP4 bytes of a garden walk'.bytes))
oxen.serve('GET', OxenPaths.EVENTS, Reply.events(EventStream.builder().comment('keep-alive')
        .event('media_generation_completed', '{"generation_id":"' + id + '","status":"succeeded","media_type":"video"}').staysOpen()))
oxen.serve('POST', OxenPaths.QUEUE, Reply.json(200, '{"generations":[{"generation_id":"' + id + '","status":"queued"}]}'))
oxen.serve('GET', OxenPaths.queueItem(id), Reply.json(200, succeeded))
null
