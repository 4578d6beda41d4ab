package io.github.oxencodegen.runtime;

import static io.github.oxencodegen.runtime.OxenClientSyncTest.KEY;
import static io.github.oxencodegen.runtime.OxenClientSyncTest.clientOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OxenClientDownloadTest {
    private static final byte[] VIDEO = "\0\0\0 ftypisom a whole video, byte for byte".repeat(500).getBytes(StandardCharsets.ISO_8859_1);
    private static final String MEDIA_PATH = "/generations/2026-04-02/7cf9b23a.mp4";

    private final FakeOxen oxen = FakeOxen.start();
    /** Where presigned result URLs point: another host, which must never see the key. */
    private final FakeOxen media = FakeOxen.start();

    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        oxen.close();
        media.close();
    }

    private static Reply mp4(byte[] bytes) {
        return Reply.body(200, "video/mp4", bytes);
    }

    @Test
    void aResultOnAnotherHostIsDownloadedWithoutTheKey() throws IOException {
        media.serve("GET", MEDIA_PATH, mp4(VIDEO));
        Path target = folder.resolve("clip.mp4");

        clientOf(oxen).build().download(new MediaItem(media.baseUrl() + MEDIA_PATH + "?sig=abc", null), target);

        assertThat(target).hasBinaryContent(VIDEO);
        assertThat(media.requests()).singleElement().satisfies(request -> {
            assertThat(request.query()).isEqualTo("sig=abc");
            assertThat(request.header("Authorization")).isEmpty();
        });
    }

    @Test
    void aResultOnTheOxenHostIsDownloadedWithTheKey() {
        oxen.serve("GET", "/api/repos/alice/workbench/file/main" + MEDIA_PATH, mp4(VIDEO));
        String resultUrl = oxen.baseUrl() + "/api/repos/alice/workbench/file/main" + MEDIA_PATH;
        Generation succeeded = Generation.of(OxenClientSyncTest.json("generation/queue-get-succeeded.json").put("result_url", resultUrl));

        clientOf(oxen).build().download(succeeded, folder.resolve("clip.mp4"));

        assertThat(folder.resolve("clip.mp4")).hasBinaryContent(VIDEO);
        assertThat(oxen.requests()).singleElement().satisfies(request -> assertThat(request.header("Authorization")).contains("Bearer " + KEY));
    }

    @Test
    void aRedirectFromTheOxenHostToAnotherHostDropsTheKey() {
        oxen.serve("GET", "/api/repos/file.mp4", Reply.redirect(302, media.baseUrl() + MEDIA_PATH + "?X-Amz-Signature=s"));
        media.serve("GET", MEDIA_PATH, mp4(VIDEO));

        clientOf(oxen).build().download(oxen.baseUrl() + "/api/repos/file.mp4", folder.resolve("clip.mp4"));

        assertThat(folder.resolve("clip.mp4")).hasBinaryContent(VIDEO);
        assertThat(oxen.requests().get(0).header("Authorization")).contains("Bearer " + KEY);
        assertThat(media.requests()).singleElement().satisfies(request -> assertThat(request.header("Authorization")).isEmpty());
    }

    @Test
    void aDownloadCutOffHalfWayLeavesNoFileAndKeepsAnOlderOne() throws IOException {
        media.serve("GET", MEDIA_PATH, mp4(VIDEO).truncatedAfter(VIDEO.length / 2));
        Path fresh = folder.resolve("fresh.mp4");
        Path existing = Files.writeString(folder.resolve("existing.mp4"), "the previous result");
        OxenClient client = clientOf(oxen).maxRetries(0).build();

        OxenException e = catchThrowableOfType(() -> client.download(media.baseUrl() + MEDIA_PATH + "?sig=secret", fresh), OxenException.class);
        assertThatThrownBy(() -> client.download(media.baseUrl() + MEDIA_PATH, existing)).isInstanceOf(OxenException.class);

        assertThat(e.kind()).isEqualTo(OxenException.Kind.TRANSPORT);
        assertThat(e.getMessage()).startsWith("Oxen GET " + MEDIA_PATH + " failed: no answer").doesNotContain("secret");
        assertThat(existing).hasContent("the previous result");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(existing);
        }
    }

    @Test
    void aMediaHostThatStallsMidDownloadTimesOutAndLeavesNoFile() throws IOException {
        media.serve("GET", MEDIA_PATH, mp4(VIDEO).stallingAfter(VIDEO.length / 2));

        OxenException e = catchThrowableOfType(() -> clientOf(oxen).requestTimeout(java.time.Duration.ofMillis(300)).build()
                .download(media.baseUrl() + MEDIA_PATH, folder.resolve("clip.mp4")), OxenException.class);

        assertThat(e.kind()).isEqualTo(OxenException.Kind.TIMEOUT);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anExpiredResultUrlIsAnErrorAndLeavesNoFile() throws IOException {
        media.serve("GET", MEDIA_PATH, Reply.body(403, "application/xml", "<Error><Code>AccessDenied</Code></Error>".getBytes(StandardCharsets.UTF_8)));

        OxenException e = catchThrowableOfType(() -> clientOf(oxen).build().download(media.baseUrl() + MEDIA_PATH, folder.resolve("a.mp4")),
                OxenException.class);

        assertThat(e.status()).isEqualTo(403);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void base64MediaIsDecodedToTheFileTheSameWay() {
        MediaItem item = new MediaItem(null, Base64.getEncoder().encodeToString(VIDEO));

        clientOf(oxen).build().download(item, folder.resolve("sub").resolve("clip.mp4"));

        assertThat(folder.resolve("sub").resolve("clip.mp4")).hasBinaryContent(VIDEO);
        assertThat(oxen.requests()).isEmpty();
    }

    @Test
    void aGenerationWithoutAResultCannotBeDownloadedAndSaysWhy() {
        Generation failed = Generation.of(OxenClientSyncTest.json("generation/queue-get-failed.json"));

        assertThatThrownBy(() -> clientOf(oxen).build().download(failed, folder.resolve("clip.mp4")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("generation 7cf9b23a-1234-5678-9abc-def012345678 has no result to download: it is failed (Insufficient credits)");
    }
}
