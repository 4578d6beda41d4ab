package io.github.oxencodegen.diff;

import static io.github.oxencodegen.diff.Contracts.changes;
import static io.github.oxencodegen.diff.Contracts.contract;
import static io.github.oxencodegen.diff.Contracts.json;
import static io.github.oxencodegen.diff.Contracts.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.schema.Keyword;
import io.github.oxencodegen.schema.PreparedContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractDifferTest {
    private static final String SCHEMA = """
            {"type": "object", "properties": {"prompt": {"type": "string"}}}
            """;

    @Test
    void anEndpointChangeIsBreakingAndPointsAtTheContractItself() {
        ContractDiff diff = ContractDiffer.diff(
                contract("m", "/videos/generate", json(SCHEMA)), contract("m", "/images/generate", json(SCHEMA)));
        assertThat(lines(diff)).containsExactly(
                "BREAKING | (root) | (root) | endpoint-changed | endpoint changed from /videos/generate to /images/generate");
    }

    @Test
    void anEndpointStatedOnOneSideOnlyIsCosmetic() {
        ContractDiff diff = ContractDiffer.diff(contract("m", null, json(SCHEMA)), contract("m", "/videos/generate", json(SCHEMA)));
        assertThat(lines(diff)).containsExactly("COSMETIC | (root) | (root) | endpoint-stated | endpoint now stated: /videos/generate");
    }

    @Test
    void identicalContractsGiveAnEmptyDiffCarryingBothHashes() {
        PreparedContract contract = contract(SCHEMA);
        ContractDiff diff = ContractDiffer.diff(contract, contract(SCHEMA));
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.modelId()).isEqualTo("m");
        assertThat(diff.oldSha256()).isEqualTo(contract.sha256()).isEqualTo(diff.newSha256());
    }

    @Test
    void contractsWithTheSameHashAreNotWalked() {
        PreparedContract before = contract(SCHEMA);
        PreparedContract sameHashOtherSchema = new PreparedContract("m", before.endpoint(),
                json("{\"properties\": {}}"), before.sha256(), "test");
        assertThat(ContractDiffer.diff(before, sameHashOtherSchema).isEmpty()).isTrue();
    }

    @Test
    void contractsOfTwoModelsAreRefusedWithBothIds() {
        assertThatThrownBy(() -> ContractDiffer.diff(contract("a", null, json(SCHEMA)), contract("b", null, json(SCHEMA))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a'").hasMessageContaining("'b'");
    }

    @Test
    void changesFollowTheNewSchemaOrderThenKeywordOrder() {
        assertThat(changes("""
                {"properties": {"a": {"type": "string", "maxLength": 9}, "b": {"type": "integer", "maximum": 9}}, "title": "T"}
                """, """
                {"title": "U", "properties": {"b": {"maximum": 8, "type": "number"}, "a": {"maxLength": 8, "type": "string"}}}
                """)).containsExactly(
                "COSMETIC | /title | (root) | title-changed | request: title changed from \"T\" to \"U\"",
                "BREAKING | /properties/b/maximum | /b | maximum-lowered | b: maximum lowered from 9 to 8",
                "COMPATIBLE | /properties/b/type | /b | type-widened | b: type widened from integer to number (non-integer number now accepted)",
                "BREAKING | /properties/a/maxLength | /a | max-length-lowered | a: maxLength lowered from 9 to 8",
                "COSMETIC | /properties | (root) | order-changed | request: properties reordered");
    }

    @Test
    void aChangeToTheValueOfAnyKeywordOfTheRegistryIsReportedExceptWhereSubschemasOnlyWaitForARef() {
        for (Keyword keyword : Keyword.values()) {
            String name = keyword.jsonName();
            String before;
            String after;
            switch (keyword) {
                case TYPE -> { before = "\"string\""; after = "\"integer\""; }
                case UNIQUE_ITEMS -> { before = "false"; after = "true"; }
                default -> { before = "1"; after = "2"; }
            }
            String context = keyword == Keyword.ADDITIONAL_ITEMS ? "\"items\": [{}], " : "";
            List<Change> changes = SchemaComparison.changes(json("{" + context + "\"" + name + "\": " + before + "}"),
                    json("{" + context + "\"" + name + "\": " + after + "}"));
            if (keyword.handling() == Keyword.Handling.STRUCTURE) {
                assertThat(changes).as(name).isEmpty();
            } else {
                assertThat(changes).as(name).isNotEmpty();
            }
        }
    }
}
