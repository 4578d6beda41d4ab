package io.github.oxencodegen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.fetch.FetchSettings;
import io.github.oxencodegen.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build in auto mode that updates a snapshot after Oxen renamed a property says it is a probable rename. */
class RenamedPropertyBuildTest {
    private static final String SEEDREAM = "bytedance-seedream-5-pro";

    @TempDir
    Path temp;

    private final FakeOxen oxen = FakeOxen.start();
    private final RecordingLog log = new RecordingLog();

    @AfterEach
    void stopOxen() {
        oxen.close();
    }

    @Test
    void theChangeSummaryOfAnUpdatedSnapshotNamesTheRenameWithBothPointers() throws Exception {
        String current = new String(Fixtures.bytes("real/" + SEEDREAM + ".json"), StandardCharsets.UTF_8);
        Path snapshots = temp.resolve("src/main/oxen");
        Files.createDirectories(snapshots);
        Files.writeString(snapshots.resolve(SEEDREAM + ".json"), current.replace("\"input_image\"", "\"input_images\""));
        oxen.serveModel(SEEDREAM, Reply.json(200, current));
        FetchSettings settings = FetchSettings.defaults(oxen.baseUrl()).withApiKey("sk-build-test-key").withMaxRetries(0);

        new ContractBuild(BuildRequest.builder().models(List.of(SEEDREAM)).basePackage("com.acme.oxen").fetchMode(FetchMode.AUTO)
                .offline(false).snapshotDirectory(snapshots).outputDirectory(temp.resolve("out")).fetchSettings(settings).build(), log)
                .run();

        assertThat(log.all()).contains("'" + SEEDREAM + "': the contract changed since the snapshot")
                .contains("  BREAKING   /properties/input_images -> /properties/input_image  input_images -> input_image?: probable rename")
                .doesNotContain("property removed");
        assertThat(Files.readString(snapshots.resolve(SEEDREAM + ".json"))).doesNotContain("input_images");
    }
}
