package io.github.oxencodegen.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventStreamTest {
    private final FakeOxen oxen = FakeOxen.start();
    private final Http http = new Http(oxen);

    @AfterEach
    void stop() {
        oxen.close();
    }

    @Test
    void commentsNamedEventsAndMultiLineDataAreWrittenAsServerSentEvents() {
        EventStream stream = EventStream.builder().comment("keep-alive").event("media_generation_completed", "{\"a\":1}")
                .data("line one\nline two").closes();

        assertThat(stream.wireText()).isEqualTo(": keep-alive\n\n"
                + "event: media_generation_completed\ndata: {\"a\":1}\n\n"
                + "data: line one\ndata: line two\n\n");
    }

    @Test
    void aClosingStreamIsReadToItsEndAsTextEventStream() throws Exception {
        oxen.serve("GET", OxenPaths.EVENTS, Reply.events(EventStream.builder().comment("keep-alive")
                .event("other", "{}").pause(Duration.ofMillis(20)).event("media_generation_completed", "{\"id\":\"g1\"}").closes()));

        HttpResponse<String> response = http.get(OxenPaths.EVENTS);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/event-stream");
        assertThat(response.body()).isEqualTo(": keep-alive\n\nevent: other\ndata: {}\n\n"
                + "event: media_generation_completed\ndata: {\"id\":\"g1\"}\n\n");
    }

    @Test
    void eachEventArrivesBeforeTheStreamEnds() throws Exception {
        oxen.serve("GET", OxenPaths.EVENTS, Reply.events(EventStream.builder().event("first", "1").staysOpen()));
        InputStream body = http.stream(OxenPaths.EVENTS).body();

        assertThat(Http.readLine(body)).isEqualTo("event: first");
        assertThat(Http.readLine(body)).isEqualTo("data: 1");
    }

    @Test
    void aDroppedStreamBreaksAfterTheEventsSentSoFar() throws Exception {
        oxen.serve("GET", OxenPaths.EVENTS, Reply.events(EventStream.builder().event("first", "1").drops()));
        InputStream body = http.stream(OxenPaths.EVENTS).body();

        List<String> lines = new ArrayList<>();
        lines.add(Http.readLine(body));
        lines.add(Http.readLine(body));

        assertThat(lines).containsExactly("event: first", "data: 1");
        assertThatThrownBy(body::readAllBytes).isInstanceOf(IOException.class);
    }

    @Test
    void aStreamThatStaysOpenEndsWhenTheServerCloses() throws Exception {
        oxen.serve("GET", OxenPaths.EVENTS, Reply.events(EventStream.builder().comment("hi").staysOpen()));
        InputStream body = http.stream(OxenPaths.EVENTS).body();
        assertThat(Http.readLine(body)).isEqualTo(": hi");
        CompletableFuture<String> rest = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(body.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        oxen.close();

        assertThatThrownBy(rest::get).hasCauseInstanceOf(UncheckedIOException.class);
    }

    @Test
    void anEventNameIsOneLine() {
        assertThatThrownBy(() -> EventStream.builder().event("a\nb", "x"))
                .hasMessage("an event name or comment is one line: a\nb");
    }
}
