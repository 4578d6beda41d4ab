package io.github.oxencodegen.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.fetch.FetchSettings;
import io.github.oxencodegen.snapshot.SnapshotStore;
import io.github.oxencodegen.write.Fingerprint;
import java.io.IOException;
import java.net.URI;
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

    private Optional<Fingerprint> fingerprint(String version, String basePackage, Map<String, Path> overlays,
                                              String... models) {
        BuildRequest request = new BuildRequest(List.of(models), overlays, basePackage, FetchMode.NEVER, false,
                temp.resolve("snapshots"), temp.resolve("out"), FetchSettings.defaults(URI.create("https://hub.oxen.ai")));
        return InputFiles.read(request, new SnapshotStore(temp.resolve("snapshots"))).fingerprint(version);
    }

    private Optional<Fingerprint> base() {
        return fingerprint("1.0", "com.acme", Map.of("a", overlay), "a", "b");
    }

    @Test
    void isTheSameForTheSameFilesWhateverTheOrderOfTheModels() {
        assertThat(base()).isPresent().isEqualTo(fingerprint("1.0", "com.acme", Map.of("a", overlay), "b", "a"));
    }

    @Test
    void changesWithTheGeneratorVersionAndTheBasePackage() {
        assertThat(fingerprint("1.1", "com.acme", Map.of("a", overlay), "a", "b")).isNotEqualTo(base());
        assertThat(fingerprint("1.0", "com.other", Map.of("a", overlay), "a", "b")).isNotEqualTo(base());
    }

    @Test
    void changesWithAnyByteOfASnapshotOrOverlay() throws IOException {
        Optional<Fingerprint> before = base();
        Files.writeString(temp.resolve("snapshots/b.json"), "{\"id\":\"b\" }");
        Optional<Fingerprint> snapshotChanged = base();
        Files.writeString(overlay, "{\"maxLength\":6}");

        assertThat(snapshotChanged).isNotEqualTo(before);
        assertThat(base()).isNotEqualTo(snapshotChanged).isNotEqualTo(before);
    }

    @Test
    void changesWithTheModelsTheOverlaysAndTheOverlaysFile() throws IOException {
        Path renamed = temp.resolve("renamed.json");
        Files.copy(overlay, renamed);

        assertThat(fingerprint("1.0", "com.acme", Map.of("a", overlay), "a")).isNotEqualTo(base());
        assertThat(fingerprint("1.0", "com.acme", Map.of(), "a", "b")).isNotEqualTo(base());
        assertThat(fingerprint("1.0", "com.acme", Map.of("b", overlay), "a", "b")).isNotEqualTo(base());
        assertThat(fingerprint("1.0", "com.acme", Map.of("a", renamed), "a", "b")).isNotEqualTo(base());
    }

    @Test
    void isEmptyWhenASnapshotOrAnOverlayCannotBeRead() {
        assertThat(fingerprint("1.0", "com.acme", Map.of(), "a", "missing")).isEmpty();
        assertThat(fingerprint("1.0", "com.acme", Map.of("a", temp.resolve("nope.json")), "a")).isEmpty();
    }

    @Test
    void describesTheFilesAsABuildLeavesThemOnceItStoredASnapshot() throws IOException {
        BuildRequest request = new BuildRequest(List.of("a", "new"), Map.of(), "com.acme", FetchMode.AUTO, false,
                temp.resolve("snapshots"), temp.resolve("out"), FetchSettings.defaults(URI.create("https://hub.oxen.ai")));
        SnapshotStore store = new SnapshotStore(temp.resolve("snapshots"));
        InputFiles beforeTheBuild = InputFiles.read(request, store);
        assertThat(beforeTheBuild.fingerprint("1.0")).isEmpty();
        assertThat(beforeTheBuild.unreadable()).get().asString().contains("new.json");

        byte[] stored = "{\"id\":\"new\"}".getBytes();
        InputFiles afterTheBuild = beforeTheBuild.withSnapshot("new", stored);
        Files.write(temp.resolve("snapshots/new.json"), stored);

        assertThat(afterTheBuild.fingerprint("1.0")).isPresent().isEqualTo(InputFiles.read(request, store).fingerprint("1.0"));
    }
}
