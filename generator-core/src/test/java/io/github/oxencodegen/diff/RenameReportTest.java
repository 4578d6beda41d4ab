package io.github.oxencodegen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A probable rename shows both pointers in every form of the contract report. */
class RenameReportTest {
    private static final String BEFORE = """
            {"type": "object", "properties": {
              "input_images": {"type": "array", "items": {"type": "string"}, "maxItems": 10},
              "refs": {"type": "array", "items": {"type": "object", "properties": {"voices": {"type": "string"}}}}}}
            """;
    private static final String AFTER = """
            {"type": "object", "properties": {
              "input_image": {"type": "array", "items": {"type": "string"}, "maxItems": 14},
              "refs": {"type": "array", "items": {"type": "object", "properties": {"voice": {"type": "string"}}}}}}
            """;
    private static final String ROOT_RENAME = "input_images -> input_image?: probable rename (the same name but for case,"
            + " separators or a plural s); a request that sent input_images must send input_image now";
    private static final String ITEM_RENAME = "refs[*].voices -> refs[*].voice?: probable rename (the same name but for case,"
            + " separators or a plural s); a request that sent voices must send voice now";

    private static ContractDiff diff() {
        return Contracts.diff(BEFORE, AFTER);
    }

    @Test
    void textShowsTheOldPointerThenTheNewOne() {
        assertThat(ContractReport.summaryLines(diff())).containsExactly(
                "m: 3 changes: 2 breaking, 1 compatible, 0 cosmetic",
                "  BREAKING   /properties/input_images -> /properties/input_image  " + ROOT_RENAME,
                "  BREAKING   /properties/refs/items/properties/voices -> /properties/refs/items/properties/voice  " + ITEM_RENAME,
                "  COMPATIBLE /properties/input_image/maxItems  input_image: maxItems raised from 10 to 14");
    }

    @Test
    void markdownShowsBothPointersAndBothRequestPaths() {
        assertThat(ContractReport.toMarkdown(List.of(diff()))).contains("""
                | `/properties/input_images` → `/properties/input_image` | `/input_images` → `/input_image` | `property-renamed` \
                | input_images -> input_image?: probable rename (the same name but for case, separators or a plural s); \
                a request that sent input_images must send input_image now |
                | `/properties/refs/items/properties/voices` → `/properties/refs/items/properties/voice` \
                | `/refs/*/voices` → `/refs/*/voice` | `property-renamed` | refs[\\*].voices -> refs[\\*].voice?: probable rename \
                (the same name but for case, separators or a plural s); a request that sent voices must send voice now |
                """);
    }

    @Test
    void jsonGivesTheOldPointerAndRequestPathInRenamedFromAndNothingMoreForOtherChanges() {
        JsonNode changes = Fixtures.parse(ContractReport.toJson(List.of(diff()))).get("models").get(0).get("changes");

        assertThat(changes).hasSize(3);
        assertThat(changes.get(0).toString()).isEqualTo("{\"severity\":\"breaking\",\"pointer\":\"/properties/input_image\","
                + "\"instancePath\":\"/input_image\",\"kind\":\"property-renamed\",\"message\":\"" + ROOT_RENAME + "\","
                + "\"renamedFrom\":{\"pointer\":\"/properties/input_images\",\"instancePath\":\"/input_images\"}}");
        assertThat(changes.get(1).get("renamedFrom").get("pointer").asText()).isEqualTo("/properties/refs/items/properties/voices");
        assertThat(changes.get(1).get("renamedFrom").get("instancePath").asText()).isEqualTo("/refs/*/voices");
        assertThat(changes.get(2).has("renamedFrom")).isFalse();
    }
}
