package io.github.oxencodegen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetchRecordTest {
    private static final URI OXEN = URI.create("https://hub.oxen.ai");
    private static final Instant AT = Instant.parse("2026-12-06T04:30:00Z");

    @TempDir
    Path temp;

    private Path file() {
        return temp.resolve(FetchRecord.FILE_NAME);
    }

    @Test
    void aRecordWrittenIsReadBackForTheSameServer() throws Exception {
        FetchRecord.Entry flux = new FetchRecord.Entry(AT, FetchRecord.checksum("{}".getBytes(StandardCharsets.UTF_8)));
        FetchRecord.empty(OXEN).with(Map.of("flux-1-dev", flux), List.of()).writeTo(file());

        assertThat(file()).content().isEqualTo("oxen-codegen fetch record 1\nbase-url https://hub.oxen.ai\n"
                + "flux-1-dev 2026-12-06T04:30:00Z " + flux.snapshotChecksum() + "\n");
        assertThat(FetchRecord.read(file(), OXEN).entry("flux-1-dev")).contains(flux);
    }

    @Test
    void fetchesFromAnotherServerAreNotRemembered() throws Exception {
        FetchRecord.empty(OXEN).with(Map.of("flux-1-dev", new FetchRecord.Entry(AT, "00000000")), List.of()).writeTo(file());

        assertThat(FetchRecord.read(file(), URI.create("http://127.0.0.1:8080")).entry("flux-1-dev")).isEmpty();
    }

    @Test
    void aMissingOrGarbledFileRemembersNothing() throws Exception {
        assertThat(FetchRecord.read(file(), OXEN).isEmpty()).isTrue();

        Files.writeString(file(), "oxen-codegen fetch record 1\nbase-url https://hub.oxen.ai\nflux-1-dev yesterday 00000000\n");
        assertThat(FetchRecord.read(file(), OXEN).isEmpty()).isTrue();

        Files.writeString(file(), "something else\n");
        assertThat(FetchRecord.read(file(), OXEN).isEmpty()).isTrue();
    }

    @Test
    void aNewEntryReplacesTheOldAndModelsNoLongerBuiltAreForgotten() {
        FetchRecord.Entry old = new FetchRecord.Entry(AT, "00000001");
        FetchRecord.Entry fresh = new FetchRecord.Entry(AT.plusSeconds(60), "00000002");
        FetchRecord record = FetchRecord.empty(OXEN).with(Map.of("a", old, "b", old, "c", old), List.of());

        FetchRecord next = record.with(Map.of("b", fresh), List.of("a", "b"));

        assertThat(next.entry("a")).contains(old);
        assertThat(next.entry("b")).contains(fresh);
        assertThat(next.entry("c")).isEmpty();
    }

    @Test
    void theUserNameAndPasswordOfABaseUrlAreNeverWritten() throws Exception {
        URI withUser = URI.create("https://alice:s3cret@oxen.example.com");
        FetchRecord.empty(withUser).with(Map.of("flux-1-dev", new FetchRecord.Entry(AT, "00000000")), List.of()).writeTo(file());

        assertThat(file()).content().contains("base-url https://oxen.example.com\n").doesNotContain("alice").doesNotContain("s3cret");
        assertThat(FetchRecord.read(file(), withUser).entry("flux-1-dev")).isPresent();
    }
}
