package io.github.oxencodegen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.fetch.FetchSettings;
import io.github.oxencodegen.codegen.support.JacksonDialect;
import io.github.oxencodegen.snapshot.SnapshotStore;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir
    Path temp;

    private Path overlay;

    @BeforeEach
    void writeInputs() throws IOException {
        Files.createDirectories(temp.resolve("snapshots"));
        Files.writeString(temp.resolve("snapshots/a.json"), "{\"id\":\"a\"}");
        Files.writeString(temp.resolve("snapshots/b.json"), "{\"id\":\"b\"}");
        overlay = temp.resolve("overlay.json");
        Files.writeString(overlay, "{\"maxLength\":5}");
    }

    private BuildRequest request(String basePackage, Map<String, Path> overlays, String... models) {
        return BuildRequest.builder().models(List.of(models)).overlays(overlays).basePackage(basePackage).fetchMode(FetchMode.NEVER)
                .snapshotDirectory(temp.resolve("snapshots")).outputDirectory(temp.resolve("out"))
                .fetchSettings(FetchSettings.defaults(URI.create("https://hub.oxen.ai"))).build();
    }

    /** The record as text, so that records compare by content. */
    private Optional<String> record(String version, String basePackage, Map<String, Path> overlays, String... models) {
        return record(InputFiles.read(request(basePackage, overlays, models), new SnapshotStore(temp.resolve("snapshots"))),
                version);
    }

    private static Optional<String> record(InputFiles files, String version) {
        return files.record(version).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    private Optional<String> base() {
        return record("1.0", "com.acme", Map.of("a", overlay), "a", "b");
    }

    @Test
    void isTheSameForTheSameFilesWhateverTheOrderOfTheModels() {
        assertThat(base()).isPresent().isEqualTo(record("1.0", "com.acme", Map.of("a", overlay), "b", "a"));
    }

    @Test
    void holdsEveryFieldLengthPrefixedSoThatNoTwoInputsReadAlike() {
        assertThat(record("1.0", "com.acme", Map.of(), "a")).contains("26:oxen-codegen input files 1\n3:1.0\n8:com.acme\n"
                + "1:a\n10:{\"id\":\"a\"}\n-\n-\n");
    }

    @Test
    void changesWithTheGeneratorVersionAndTheBasePackage() {
        assertThat(record("1.1", "com.acme", Map.of("a", overlay), "a", "b")).isNotEqualTo(base());
        assertThat(record("1.0", "com.other", Map.of("a", overlay), "a", "b")).isNotEqualTo(base());
    }

    @Test
    void changesWithTheJacksonDialect() {
        BuildRequest jackson3 = request("com.acme", Map.of("a", overlay), "a", "b").toBuilder().jackson(JacksonDialect.JACKSON_3).build();

        assertThat(record(InputFiles.read(jackson3, new SnapshotStore(temp.resolve("snapshots"))), "1.0")).isNotEqualTo(base());
    }

    @Test
    void changesWithAnyByteOfASnapshotOrOverlay() throws IOException {
        Optional<String> before = base();
        Files.writeString(temp.resolve("snapshots/b.json"), "{\"id\":\"b\" }");
        Optional<String> snapshotChanged = base();
        Files.writeString(overlay, "{\"maxLength\":6}");

        assertThat(snapshotChanged).isNotEqualTo(before);
        assertThat(base()).isNotEqualTo(snapshotChanged).isNotEqualTo(before);
    }

    @Test
    void changesWithTheModelsTheOverlaysAndTheOverlaysFile() throws IOException {
        Path renamed = temp.resolve("renamed.json");
        Files.copy(overlay, renamed);

        assertThat(record("1.0", "com.acme", Map.of("a", overlay), "a")).isNotEqualTo(base());
        assertThat(record("1.0", "com.acme", Map.of(), "a", "b")).isNotEqualTo(base());
        assertThat(record("1.0", "com.acme", Map.of("b", overlay), "a", "b")).isNotEqualTo(base());
        assertThat(record("1.0", "com.acme", Map.of("a", renamed), "a", "b")).isNotEqualTo(base());
    }

    @Test
    void isEmptyWhenASnapshotOrAnOverlayCannotBeRead() {
        assertThat(record("1.0", "com.acme", Map.of(), "a", "missing")).isEmpty();
        assertThat(record("1.0", "com.acme", Map.of("a", temp.resolve("nope.json")), "a")).isEmpty();
    }

    @Test
    void describesTheFilesAsABuildLeavesThemOnceItStoredASnapshot() throws IOException {
        BuildRequest request = request("com.acme", Map.of(), "a", "new");
        SnapshotStore store = new SnapshotStore(temp.resolve("snapshots"));
        InputFiles beforeTheBuild = InputFiles.read(request, store);
        assertThat(beforeTheBuild.record("1.0")).isEmpty();
        assertThat(beforeTheBuild.unreadable()).get().asString().contains("new.json");

        byte[] stored = "{\"id\":\"new\"}".getBytes(StandardCharsets.UTF_8);
        InputFiles afterTheBuild = beforeTheBuild.withSnapshot("new", stored);
        Files.write(temp.resolve("snapshots/new.json"), stored);

        assertThat(record(afterTheBuild, "1.0")).isPresent().isEqualTo(record(InputFiles.read(request, store), "1.0"));
    }
}
