package io.github.oxencodegen.runtime;

import static io.github.oxencodegen.runtime.OxenClientQueueTest.FAST;
import static io.github.oxencodegen.runtime.OxenClientQueueTest.enqueued;
import static io.github.oxencodegen.runtime.OxenClientSyncTest.clientOf;
import static io.github.oxencodegen.runtime.OxenClientSyncTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.oxencodegen.fake.EventStream;
import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.Reply;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The addresses the client is given, follows and names: checked when it is built, resolved as RFC 7231 says, named as sent. */
class OxenClientAddressTest {
    private static final String ID = "7cf9b23a-1234-5678-9abc-def012345678";
    private static final byte[] VIDEO = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'};

    private final FakeOxen oxen = FakeOxen.start();
    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        oxen.close();
    }

    @Test
    void anEventsUrlThatIsNotAnAbsoluteHttpAddressIsRefusedWhenTheClientIsBuilt() {
        assertThatThrownBy(() -> OxenClient.builder().eventsUrl("/api/events"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the Oxen events URL must be an http(s) address such as https://hub.oxen.ai/api/events, not '/api/events'");
        assertThatThrownBy(() -> OxenClient.builder().eventsUrl("ftp://hub.oxen.ai/api/events"))
                .hasMessageContaining("not 'ftp://hub.oxen.ai/api/events'");
        assertThatThrownBy(() -> OxenClient.builder().eventsUrl("http:events"))
                .hasMessageContaining("not 'http:events'");
        assertThat(OxenClient.builder().apiKey("k").eventsUrl("https://hub.oxen.ai/api/events").build().toString())
                .contains("eventsUrl=https://hub.oxen.ai/api/events");
    }

    @Test
    void addressesWithoutSchemeOrHostAreNeverTheSameOriginAndNeverThrow() {
        URI oxenOrigin = URI.create("https://hub.oxen.ai/api/ai");
        assertThat(OxenHttp.sameOrigin(URI.create("/api/events"), oxenOrigin)).isFalse();
        assertThat(OxenHttp.sameOrigin(URI.create("https:/api/events"), oxenOrigin)).isFalse();
        assertThat(OxenHttp.sameOrigin(URI.create("mailto:ox@oxen.ai"), oxenOrigin)).isFalse();
        assertThat(OxenHttp.sameOrigin(URI.create("HTTPS://Hub.Oxen.AI:443/x"), oxenOrigin)).isTrue();
    }

    @Test
    void aRedirectToARelativeLocationIsResolvedAgainstTheRequestUri() throws Exception {
        oxen.serve("GET", "/media/clip.mp4", Reply.redirect(302, "signed/clip.mp4?sig=s"));
        oxen.serve("GET", "/media/signed/clip.mp4", Reply.body(200, "video/mp4", VIDEO));

        Path saved = clientOf(oxen).build().download(oxen.baseUrl() + "/media/clip.mp4", folder.resolve("clip.mp4"));

        assertThat(Files.readAllBytes(saved)).isEqualTo(VIDEO);
    }

    @Test
    void aRedirectFromAnAddressWithAnEmptyPathResolvesBelowTheRoot() {
        assertThat(OxenHttp.redirectTarget(URI.create("http://cdn.example"), "clip.mp4"))
                .isEqualTo(URI.create("http://cdn.example/clip.mp4"));
        assertThat(OxenHttp.redirectTarget(URI.create("http://cdn.example/a/b.mp4"), "../c.mp4?x=1"))
                .isEqualTo(URI.create("http://cdn.example/c.mp4?x=1"));
        assertThat(OxenHttp.redirectTarget(URI.create("http://cdn.example/a/b.mp4"), "//other.example/d.mp4"))
                .isEqualTo(URI.create("http://other.example/d.mp4"));
    }

    @Test
    void aRedirectWhoseLocationHasNoHostFailsWithOneClearLineInsteadOfANullPointer() {
        for (String location : new String[] {"http:/media/other.mp4", "mailto:ox@oxen.ai", "http://exa mple/x"}) {
            oxen.serve("GET", "/media/clip.mp4", Reply.redirect(302, location));

            OxenException e = catchThrowableOfType(() -> clientOf(oxen).build()
                    .download(oxen.baseUrl() + "/media/clip.mp4", folder.resolve("clip.mp4")), OxenException.class);

            assertThat(e).as(location).isNotNull();
            assertThat(e.kind()).isEqualTo(OxenException.Kind.INVALID_RESPONSE);
            assertThat(e.getMessage()).contains("GET /media/clip.mp4").contains("redirect").contains(location)
                    .doesNotContain("\n");
            assertThat(folder.resolve("clip.mp4")).doesNotExist();
        }
    }

    @Test
    void theTimeoutOfAWaitNamesTheAddressThatWasPolledUnderTheBaseUrl() {
        oxen.serve("GET", "/proxy/api/events", Reply.events(EventStream.builder().staysOpen()));
        oxen.serve("POST", "/proxy/api/ai/queue", enqueued(ID));
        oxen.serve("GET", "/proxy/api/ai/queue/" + ID, fixture("generation/queue-get-processing.json"));
        OxenClient client = clientOf(oxen).baseUrl(oxen.baseUrl() + "/proxy/api/ai").videoPolling(FAST).build();

        assertThatThrownBy(() -> client.submitAndAwait(TestRequest.video(), Duration.ofMillis(200)))
                .isInstanceOfSatisfying(OxenException.class, e -> assertThat(e.kind()).isEqualTo(OxenException.Kind.TIMEOUT))
                .hasMessageContaining("GET /proxy/api/ai/queue/" + ID)
                .hasMessageContaining("still processing after PT0.2S");
        assertThat(oxen.count("GET", "/proxy/api/events")).isEqualTo(1);
    }
}
