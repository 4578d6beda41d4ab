package io.github.oxencodegen.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.diff.FailOn;
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

/**
 * Oxen's 2026 rename of {@code input_images} to {@code input_image} on seedream, as the check reports it: a
 * breaking probable rename with both pointers, in the log, the markdown and the JSON.
 */
class RenamedPropertyCheckTest {
    private static final String SEEDREAM = "bytedance-seedream-5-pro";
    private static final String RENAME = "input_images -> input_image?: probable rename (the same name but for case, separators"
            + " or a plural s, the same description, the same title); a request that sent input_images must send input_image now";

    @TempDir
    Path dir;

    private final FakeOxen oxen = FakeOxen.start();

    @AfterEach
    void stopServer() {
        oxen.close();
    }

    private CheckResult check() throws Exception {
        String current = new String(Fixtures.bytes("real/" + SEEDREAM + ".json"), StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("snapshots"));
        Files.writeString(dir.resolve("snapshots").resolve(SEEDREAM + ".json"), current.replace("\"input_image\"", "\"input_images\""));
        oxen.serveModel(SEEDREAM, Reply.json(200, current));
        FetchSettings settings = FetchSettings.defaults(oxen.baseUrl()).withApiKey("sk-rename-test-key").withMaxRetries(0);
        return new ContractChecker(CheckRequest.builder().models(List.of(SEEDREAM))
                .snapshotDirectory(dir.resolve("snapshots")).reportDirectory(dir.resolve("reports")).failOn(FailOn.BREAKING)
                .fetchSettings(settings).fetchFailureFails(true).build()).run();
    }

    @Test
    void theLogNamesTheRenameWithTheOldPointerAndTheNewOneAndTheCheckFails() throws Exception {
        CheckResult result = check();

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(CheckReport.lines(result)).contains(
                "  BREAKING   /properties/input_images -> /properties/input_image  " + RENAME);
        assertThat(CheckReport.lines(result)).noneMatch(line -> line.contains("property removed") || line.contains("new optional property"));
    }

    @Test
    void theMarkdownReportShowsBothPointersAndBothRequestPaths() throws Exception {
        check();

        assertThat(Files.readString(dir.resolve("reports").resolve(CheckReport.MARKDOWN_FILE))).contains(
                "| `/properties/input_images` → `/properties/input_image` | `/input_images` → `/input_image` | `property-renamed` | "
                        + RENAME + " |");
    }

    @Test
    void theJsonReportGivesTheOldPointerAndRequestPathInRenamedFrom() throws Exception {
        check();

        JsonNode report = Fixtures.json(dir.resolve("reports").resolve(CheckReport.JSON_FILE));
        assertThat(report.get("verdict").asText()).isEqualTo("failed");
        JsonNode rename = report.get("models").get(0).get("changes").get(0);
        assertThat(rename.get("kind").asText()).isEqualTo("property-renamed");
        assertThat(rename.get("severity").asText()).isEqualTo("breaking");
        assertThat(rename.get("pointer").asText()).isEqualTo("/properties/input_image");
        assertThat(rename.get("instancePath").asText()).isEqualTo("/input_image");
        assertThat(rename.get("renamedFrom").get("pointer").asText()).isEqualTo("/properties/input_images");
        assertThat(rename.get("renamedFrom").get("instancePath").asText()).isEqualTo("/input_images");
    }
}
