package io.github.oxencodegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.oxencodegen.schema.CanonicalJson;
import io.github.oxencodegen.schema.MergePatch;
import io.github.oxencodegen.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code oxen-codegen diff}: the report on stdout, and an exit code a CI script can act on. */
class DiffCommandTest {
    private static final String WAN_MODEL = "models/wan-v2-7-reference-to-video.json";
    private static final String WAN_OVERLAY = "overlays/wan-v2-7-reference-to-video.documented-limits.json";
    private static final String SMALL = """
            {"id": "tiny", "endpoint": "/images/generate", "request_schema": {"type": "object",
             "properties": {"prompt": {"type": "string", "title": "Prompt"},
                            "steps": {"type": "integer", "minimum": 1, "maximum": 50}},
             "required": ["prompt"]}}
            """;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    @TempDir
    Path dir;

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file.toString();
    }

    /** The small model with {@code patch} merged into its request schema. */
    private String small(String name, String patch) throws IOException {
        ObjectNode model = (ObjectNode) Fixtures.parse(SMALL);
        model.set("request_schema", MergePatch.apply(model.get("request_schema"), Fixtures.parse(patch)));
        return file(name, CanonicalJson.toText(model));
    }

    /** The WAN model with {@code patch} merged into its request schema, as Oxen might publish it next. */
    private String wanPatchedWith(JsonNode patch) throws IOException {
        ObjectNode model = (ObjectNode) Fixtures.json(WAN_MODEL);
        model.set("request_schema", MergePatch.apply(model.get("request_schema"), patch));
        return file("wan-new.json", CanonicalJson.toText(model));
    }

    @Test
    void aCompatibleChangeIsReportedAndExitsZero() throws IOException {
        String old = small("old.json", "{}");
        String current = small("new.json", "{\"properties\": {\"steps\": {\"maximum\": 100}}}");
        assertThat(run("diff", old, current)).as(err()).isZero();
        assertThat(out()).isEqualTo("""
                tiny: 1 change: 0 breaking, 1 compatible, 0 cosmetic
                  COMPATIBLE /properties/steps/maximum  steps: maximum raised from 50 to 100
                """);
        assertThat(err()).isEmpty();
    }

    @Test
    void breakingChangesExitThreeNamingEachChangeAndSayingWhyOnOneLine() throws IOException {
        String old = small("old.json", "{}");
        String current = small("new.json", "{\"properties\": {\"steps\": {\"maximum\": 30}, \"prompt\": {\"title\": \"Text\"}},"
                + " \"required\": [\"prompt\", \"steps\"]}");
        assertThat(run("diff", old, current)).isEqualTo(3);
        assertThat(out().lines()).containsExactly(
                "tiny: 3 changes: 2 breaking, 0 compatible, 1 cosmetic",
                "  BREAKING   /properties/steps/maximum  steps: maximum lowered from 50 to 30",
                "  BREAKING   /required  steps: now required; callers' code stops compiling (staged builders):"
                        + " add .steps(...) after .prompt(...) in TinyRequest.builder()",
                "  COSMETIC   /properties/prompt/title  prompt: title changed from \"Prompt\" to \"Text\"");
        assertThat(err()).isEqualTo("oxen-codegen: 2 breaking changes (fail-on breaking)\n");
    }

    @Test
    void theThresholdIsChosenWithFailOn() throws IOException {
        String old = small("old.json", "{}");
        String cosmetic = small("cosmetic.json", "{\"properties\": {\"prompt\": {\"title\": \"Text\"}}}");
        String compatible = small("compatible.json", "{\"properties\": {\"seed\": {\"type\": \"integer\"}}}");
        String breaking = small("breaking.json", "{\"properties\": {\"steps\": null}}");

        assertThat(run("diff", old, cosmetic, "--fail-on", "compatible")).isZero();
        assertThat(run("diff", old, cosmetic, "--fail-on", "any")).isEqualTo(3);
        assertThat(err()).isEqualTo("oxen-codegen: 1 cosmetic change (fail-on any)\n");
        err.reset();
        assertThat(run("diff", old, compatible)).isZero();
        assertThat(run("diff", old, compatible, "--fail-on", "COMPATIBLE")).isEqualTo(3);
        assertThat(err()).isEqualTo("oxen-codegen: 1 compatible change (fail-on compatible)\n");
        err.reset();
        assertThat(run("diff", "--fail-on", "none", old, breaking)).isZero();
        assertThat(err()).isEmpty();
    }

    @Test
    void aThresholdMetBySeveralSeveritiesCountsEachOfThem() throws IOException {
        String old = small("old.json", "{}");
        String current = small("new.json", "{\"properties\": {\"steps\": {\"maximum\": 30}, \"seed\": {\"type\": \"integer\"},"
                + " \"prompt\": {\"title\": \"Text\"}}}");
        assertThat(run("diff", old, current, "--fail-on", "compatible")).isEqualTo(3);
        assertThat(err()).isEqualTo("oxen-codegen: 2 changes: 1 breaking, 1 compatible (fail-on compatible)\n");
    }

    @Test
    void identicalContractsExitZeroUnderEveryThreshold() throws IOException {
        String old = small("old.json", "{}");
        String same = small("same.json", "{}");
        for (String failOn : List.of("breaking", "compatible", "any", "none")) {
            assertThat(run("diff", old, same, "--fail-on", failOn)).as(failOn).isZero();
        }
        assertThat(out()).startsWith("tiny: no changes\n");
    }

    @Test
    void theReshapedWanModelIsClassifiedChangeByChange() throws IOException {
        String current = wanPatchedWith(Fixtures.parse("""
                {"properties": {"duration": {"minimum": null, "maximum": null, "enum": [5, 10]},
                                "seed": null, "resolution": {"default": "720P"}}}
                """));
        assertThat(run("diff", Fixtures.path(WAN_MODEL).toString(), current)).isEqualTo(3);
        assertThat(out().lines()).containsExactly(
                "wan-v2-7-reference-to-video: 5 changes: 2 breaking, 3 compatible, 0 cosmetic",
                "  BREAKING   /properties/duration/enum  duration: now restricted to [5, 10]",
                "  BREAKING   /properties/seed  seed: property removed",
                "  COMPATIBLE /properties/duration/maximum  duration: maximum 15 removed",
                "  COMPATIBLE /properties/duration/minimum  duration: minimum 2 removed",
                "  COMPATIBLE /properties/resolution/default  resolution: default changed from \"1080P\" to \"720P\"");
        assertThat(err()).isEqualTo("oxen-codegen: 2 breaking changes (fail-on breaking)\n");
    }

    @Test
    void theOverlayIsAppliedToBothSides() throws IOException {
        // Oxen starts publishing the documented limits itself: against the overlaid old contract, nothing changed
        String current = wanPatchedWith(Fixtures.json(WAN_OVERLAY));
        String old = Fixtures.path(WAN_MODEL).toString();
        assertThat(run("diff", old, current)).isEqualTo(3);
        out.reset();
        err.reset();
        assertThat(run("diff", old, current, "--overlay", Fixtures.path(WAN_OVERLAY).toString())).as(err()).isZero();
        assertThat(out()).isEqualTo("wan-v2-7-reference-to-video: no changes\n");
    }

    @Test
    void aSnapshotComparesWithTheFullModelObjectAndTheEvaluationsShape() throws IOException {
        JsonNode model = Fixtures.json(WAN_MODEL);
        String snapshot = file("snapshot.json", "{\"id\": \"wan-v2-7-reference-to-video\", \"endpoint\": \"/videos/generate\","
                + " \"request_schema\": " + CanonicalJson.toText(model.get("request_schema")) + "}");
        assertThat(run("diff", snapshot, Fixtures.path(WAN_MODEL).toString())).as(err()).isZero();
        assertThat(out()).isEqualTo("wan-v2-7-reference-to-video: no changes\n");
        out.reset();
        assertThat(run("diff", snapshot, Fixtures.path("models/evaluations-shape.wan-v2-7-reference-to-video.json").toString(),
                "--fail-on", "none")).as(err()).isZero();
        assertThat(out()).startsWith("wan-v2-7-reference-to-video: ");
    }

    @Test
    void markdownAndJsonFormatsPrintTheSameDiff() throws IOException {
        String old = small("old.json", "{}");
        String current = small("new.json", "{\"properties\": {\"steps\": {\"maximum\": 100}}}");
        assertThat(run("diff", old, current, "--format", "markdown")).isZero();
        assertThat(out()).startsWith("# Contract changes\n").contains("## tiny")
                .contains("| `/properties/steps/maximum` | `/steps` | `maximum-raised` | steps: maximum raised from 50 to 100 |");
        out.reset();
        assertThat(run("diff", old, current, "--format", "json")).isZero();
        JsonNode json = Fixtures.parse(out());
        assertThat(json.path("worst").asText()).isEqualTo("compatible");
        assertThat(json.path("models").get(0).path("changes").get(0).path("kind").asText()).isEqualTo("maximum-raised");
    }

    @Test
    void twoDifferentModelsAreBadInputNamingBoth() throws IOException {
        String old = small("old.json", "{}");
        assertThat(run("diff", old, Fixtures.path("real/flux-2-pro.json").toString())).isEqualTo(1);
        assertThat(err().lines()).singleElement().asString()
                .startsWith("oxen-codegen: ").contains("flux-2-pro.json").contains("'flux-2-pro'").contains("'tiny'");
    }

    @Test
    void aFileWithSeveralModelsIsBadInput() throws IOException {
        String list = file("list.json", "{\"data\": [" + SMALL + ", " + SMALL.replace("\"tiny\"", "\"other\"") + "]}");
        assertThat(run("diff", list, small("new.json", "{}"))).isEqualTo(1);
        assertThat(err()).contains("list.json").contains("holds 2 models [tiny, other]");
    }

    @Test
    void aModelWithoutARequestSchemaOrAMissingFileIsBadInput() throws IOException {
        String chat = Fixtures.path("models/claude-sonnet-4-6.json").toString();
        assertThat(run("diff", chat, chat)).isEqualTo(1);
        assertThat(err()).contains("claude-sonnet-4-6").contains("no request schema");
        err.reset();
        assertThat(run("diff", small("old.json", "{}"), dir.resolve("missing.json").toString())).isEqualTo(1);
        assertThat(err()).contains("missing.json").contains("no such file").doesNotContain("\tat ");
        err.reset();
        String wan = Fixtures.path("models/wan-v2-7-reference-to-video.json").toString();
        assertThat(run("diff", wan, wan, "--overlay", dir.resolve("nope.json").toString())).isEqualTo(1);
        assertThat(err()).contains("nope.json, model 'wan-v2-7-reference-to-video': no such overlay file");
    }

    @Test
    void aWrongCommandLineExitsTwoWithUsage() throws IOException {
        String old = small("old.json", "{}");
        assertThat(run("diff", old)).isEqualTo(2);
        assertThat(err()).contains("diff takes two files, OLD.json and NEW.json; got 1").contains("usage: oxen-codegen");
        err.reset();
        assertThat(run("diff", old, old, "--fail-on", "sometimes")).isEqualTo(2);
        assertThat(err()).contains("--fail-on takes breaking, compatible, any or none; got 'sometimes'");
        err.reset();
        assertThat(run("diff", old, old, "--format", "html")).isEqualTo(2);
        assertThat(err()).contains("--format takes text, markdown or json; got 'html'");
        err.reset();
        assertThat(run("diff", old, old, "--colour")).isEqualTo(2);
        assertThat(err()).contains("unknown option '--colour' for diff");
    }

    @Test
    void theUsageDocumentsDiffAndEveryExitCode() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("oxen-codegen diff OLD.json NEW.json [--overlay PATCH.json]")
                .contains("1 bad input").contains("2 wrong command line").contains("3 diff found changes that meet --fail-on");
    }
}
