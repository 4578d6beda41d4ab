package io.github.oxencodegen.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * A property Oxen makes required, as {@code oxen:check} words it for the builders the project generates:
 * staged ones stop compiling and the line names the step; plain ones still compile and fail when built.
 */
class PlainBuildersCheckTest {
    private static final String FLUX = "flux-2-pro";

    @TempDir
    Path dir;

    private final FakeOxen oxen = FakeOxen.start();

    @AfterEach
    void stopServer() {
        oxen.close();
    }

    private List<String> check(boolean plainBuilders) throws Exception {
        String snapshot = new String(Fixtures.bytes("real/" + FLUX + ".json"), StandardCharsets.UTF_8);
        ObjectNode model = (ObjectNode) new ObjectMapper().readTree(snapshot);
        ((ArrayNode) model.get("request_schema").get("required")).add("seed");
        String current = model.toString();
        Files.createDirectories(dir.resolve("snapshots"));
        Files.writeString(dir.resolve("snapshots").resolve(FLUX + ".json"), snapshot);
        oxen.serveModel(FLUX, Reply.json(200, current));
        FetchSettings settings = FetchSettings.defaults(oxen.baseUrl()).withApiKey("sk-plain-test-key").withMaxRetries(0);
        CheckResult result = new ContractChecker(CheckRequest.builder().models(List.of(FLUX))
                .snapshotDirectory(dir.resolve("snapshots")).reportDirectory(dir.resolve("reports")).failOn(FailOn.BREAKING)
                .fetchSettings(settings).fetchFailureFails(true).plainBuilders(plainBuilders).build()).run();
        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        return CheckReport.lines(result);
    }

    @Test
    void stagedBuildersAreTheDefaultAndTheLineNamesTheStepToAdd() throws Exception {
        assertThat(check(false)).anyMatch(line -> line.contains("seed: now required; callers' code stops compiling (staged builders):"
                + " add .seed(...) after .prompt(...) in Flux2ProRequest.builder()"));
    }

    @Test
    void withPlainBuildersTheLineSaysBuildRefusesTheRequestWhenItRuns() throws Exception {
        assertThat(check(true)).anyMatch(line -> line.contains("seed: now required; callers' code still compiles (plain builders),"
                + " but build() refuses a request without it when it runs: add .seed(...) to every Flux2ProRequest.builder()"))
                .noneMatch(line -> line.contains("stops compiling"));
    }
}
