package io.github.oxencodegen.codegen.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CombinatorKeywordsTest {
    private static Map<String, CompiledValidator> v;

    @BeforeAll
    static void compile() throws Exception {
        v = CompiledValidator.compileNormalized(Map.of("wan", ValidatorDifferentialTest.schemas().get("overlay/wan-v2-7-reference-to-video")));
        v = new java.util.HashMap<>(v);
        v.putAll(CompiledValidator.compile(
                "allOf", """
                        {"allOf": [{"properties": {"a": {"minimum": 1}}}, {"properties": {"a": {"maximum": 5}, "b": {"type": "string"}}}]}""",
                "anyOf", """
                        {"anyOf": [{"type": "string", "maxLength": 2}, {"type": "integer", "minimum": 10}]}""",
                "oneOf", """
                        {"oneOf": [{"type": "integer"}, {"type": "number", "multipleOf": 0.5}]}""",
                "not", """
                        {"not": {"type": ["string", "null"]}}""",
                "ifThenElse", """
                        {"if": {"properties": {"kind": {"const": "circle"}}, "required": ["kind"]},
                         "then": {"required": ["radius"]},
                         "else": {"properties": {"side": {"minimum": 1}}}}""",
                "falseBranches", """
                        {"properties": {"t": {"if": true, "then": false}, "e": {"if": false, "else": false}, "all": {"allOf": [true, false]}}}"""));
    }

    @Test
    void allOfReportsEachBranchViolationWhereItOccurs() {
        assertThat(v.get("allOf").where("{\"a\": 0, \"b\": 1}")).containsExactly("/a minimum", "/b type");
        assertThat(v.get("allOf").where("{\"a\": 6}")).containsExactly("/a maximum");
    }

    @Test
    void anyOfAndOneOfReportOneViolationAtTheInstance() {
        assertThat(v.get("anyOf").isValid("\"ab\"")).isTrue();
        assertThat(v.get("anyOf").isValid("10")).isTrue();
        assertThat(v.get("anyOf").violations("\"abc\"")).containsExactly("(root): must match at least one of the 2 schemas in anyOf (anyOf)");
        assertThat(v.get("oneOf").isValid("1.5")).isTrue();
        assertThat(v.get("oneOf").violations("2")).containsExactly("(root): must match exactly one of the 2 schemas in oneOf, matches 2 (oneOf)");
        assertThat(v.get("oneOf").violations("1.25")).containsExactly("(root): must match exactly one of the 2 schemas in oneOf, matches none (oneOf)");
    }

    @Test
    void notRejectsWhatItsSchemaAccepts() {
        assertThat(v.get("not").isValid("1")).isTrue();
        assertThat(v.get("not").violations("null")).containsExactly("(root): must not match the schema in not (not)");
    }

    @Test
    void ifChoosesThenOrElseAndTheBranchReportsWhereItsViolationsOccur() {
        CompiledValidator conditional = v.get("ifThenElse");
        assertThat(conditional.where("{\"kind\": \"circle\"}")).containsExactly("/radius required");
        assertThat(conditional.isValid("{\"kind\": \"circle\", \"radius\": 1, \"side\": 0}")).isTrue();
        assertThat(conditional.where("{\"kind\": \"square\", \"side\": 0}")).containsExactly("/side minimum");
    }

    @Test
    void falseBranchesAreReportedByTheKeywordThatAppliesThem() {
        assertThat(v.get("falseBranches").where("{\"t\": 1, \"e\": 1, \"all\": 1}")).containsExactly("/t then", "/e else", "/all allOf");
    }

    @Test
    void wanOverlayLimitsReferenceImagesOnceReferenceVideosArePresent() {
        CompiledValidator wan = v.get("wan");
        String images = "[{\"url\": \"https://a/1\"}, {\"url\": \"https://a/2\"}, {\"url\": \"https://a/3\"}, {\"url\": \"https://a/4\"}, {\"url\": \"https://a/5\"}]";
        assertThat(wan.isValid("{\"prompt\": \"p\", \"reference_images\": " + images + "}")).isTrue();
        JsonNode withVideo = CompiledValidator.parse("{\"prompt\": \"p\", \"duration\": 12, \"reference_images\": " + images
                + ", \"reference_videos\": [{\"url\": \"https://v/1\"}]}");
        assertThat(wan.violations(withVideo)).containsExactly(
                "/duration: must be at most 10, is 12 (maximum), applies because reference_videos has at least 1 item (#/allOf/0/if)",
                "/reference_images: must have at most 4 items, has 5 (maxItems), applies because reference_videos has at least 1 item"
                        + " (#/allOf/1/if)");
        assertThat(wan.isValid(withVideo)).isFalse();
    }
}
