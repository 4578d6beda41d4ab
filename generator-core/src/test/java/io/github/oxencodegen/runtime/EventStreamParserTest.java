package io.github.oxencodegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventStreamParserTest {
    private final EventStreamParser parser = new EventStreamParser("");

    private List<OxenEvent> read(String wire) {
        List<OxenEvent> events = new ArrayList<>();
        for (String line : wire.split("\n", -1)) {
            parser.line(line).ifPresent(events::add);
        }
        return events;
    }

    @Test
    void aNamedEventIsDispatchedByTheEmptyLineAfterIt() {
        assertThat(read("event: media_generation_completed\ndata: {\"a\":1}\n\n"))
                .containsExactly(new OxenEvent("media_generation_completed", "{\"a\":1}", ""));
    }

    @Test
    void dataLinesAreJoinedWithLineFeeds() {
        assertThat(read("data: first\ndata:second\ndata\n\n")).containsExactly(new OxenEvent("message", "first\nsecond\n", ""));
    }

    @Test
    void commentsAndKeepAlivesAreNoEvents() {
        assertThat(read(": keep-alive\n\n:\n\n: keep-alive\n\n")).isEmpty();
    }

    @Test
    void anEventWithoutDataIsNotDispatchedAndItsTypeDoesNotCarryOver() {
        assertThat(read("event: ping\n\ndata: x\n\n")).containsExactly(new OxenEvent("message", "x", ""));
    }

    @Test
    void unknownFieldsAreIgnored() {
        assertThat(read("colour: blue\nevent: e\ndata: d\n\n")).containsExactly(new OxenEvent("e", "d", ""));
    }

    @Test
    void theLastEventIdIsKeptForLaterEventsAndForReconnection() {
        assertThat(read("id: 7\ndata: a\n\ndata: b\n\n")).extracting(OxenEvent::id).containsExactly("7", "7");
        assertThat(parser.lastEventId()).isEqualTo("7");
        assertThat(new EventStreamParser("7").lastEventId()).isEqualTo("7");
    }

    @Test
    void anIdWithANullCharacterIsIgnored() {
        read("id: 1\n\nid: a\0b\n\n");

        assertThat(parser.lastEventId()).isEqualTo("1");
    }

    @Test
    void retryTakesOnlyDigits() {
        read("retry: 1500\n\nretry: soon\n\n");

        assertThat(parser.retryMillis()).isEqualTo(1500);
    }

    @Test
    void onlyOneSpaceAfterTheColonIsRemovedAndALeadingByteOrderMarkIsDropped() {
        assertThat(read("\uFEFFdata:  two spaces\n\n")).containsExactly(new OxenEvent("message", " two spaces", ""));
    }

    @Test
    void aHalfEventAtTheEndOfTheStreamIsNotDispatched() {
        assertThat(read("event: media_generation_completed\ndata: {\"generation_id\":")).isEmpty();
    }

    @Test
    void theRecordedTranscriptGivesTwoCompletedGenerations() throws Exception {
        String transcript = new String(OxenClientSyncTest.bytes("generation/events-sse.txt"), java.nio.charset.StandardCharsets.UTF_8);

        List<OxenEvent> events = read(transcript);

        assertThat(events).extracting(event -> event.completedGeneration().orElseThrow()).satisfiesExactly(
                succeeded -> {
                    assertThat(succeeded.id()).isEqualTo("7cf9b23a-1234-5678-9abc-def012345678");
                    assertThat(succeeded.status()).isEqualTo(GenerationStatus.SUCCEEDED);
                    assertThat(succeeded.model()).isEqualTo("wan-v2-7-reference-to-video");
                    assertThat(succeeded.resultUrlIfAny()).get().asString().endsWith("7cf9b23a.mp4?X-Amz-Expires=3600");
                },
                failed -> {
                    assertThat(failed.status()).isEqualTo(GenerationStatus.FAILED);
                    assertThat(failed.errorMessageIfAny()).contains("Insufficient credits");
                });
    }
}
