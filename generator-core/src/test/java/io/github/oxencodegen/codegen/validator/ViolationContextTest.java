package io.github.oxencodegen.codegen.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.ClassName;
import io.github.oxencodegen.schema.SchemaException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a violation says beyond its rule: the condition that made a rule inside {@code then}, {@code else}
 * or a schema dependency apply, and the message an {@code x-message} gives a rule.
 */
class ViolationContextTest {
    private static Map<String, CompiledValidator> v;

    @BeforeAll
    static void compile() throws Exception {
        v = new HashMap<>(CompiledValidator.compileNormalized(
                Map.of("wan", ValidatorDifferentialTest.schemas().get("overlay/wan-v2-7-reference-to-video"))));
        v.putAll(CompiledValidator.compile(
                "ifThenElse", """
                        {"if": {"properties": {"kind": {"const": "circle"}}, "required": ["kind"]},
                         "then": {"required": ["radius"]},
                         "else": {"properties": {"side": {"minimum": 1}}}}""",
                "described", """
                        {"allOf": [
                          {"if": {"properties": {"mode": {"enum": ["fast", "draft"]}, "count": {"minimum": 3}},
                                  "required": ["mode", "count"]},
                           "then": {"properties": {"steps": {"maximum": 10}}}},
                          {"if": {"properties": {"tags": {"type": "array", "minItems": 2}}},
                           "then": {"properties": {"steps": {"maximum": 20}}}},
                          {"if": {"anyOf": [{"required": ["a"]}, {"required": ["b"]}]},
                           "then": {"properties": {"steps": {"maximum": 30}}}}]}""",
                "nested", """
                        {"if": {"required": ["outer"]},
                         "then": {"if": {"required": ["inner"]}, "then": {"properties": {"n": {"maximum": 1}}}}}""",
                "dependency", """
                        {"dependencies": {"seed": {"properties": {"steps": {"minimum": 5}}}}}""",
                "unconditional", """
                        {"properties": {"n": {"maximum": 1}}}""",
                "messages", """
                        {"properties": {"share": {"maximum": 100, "x-message": "share is a percentage"}},
                         "allOf": [{"if": {"required": ["videos"]},
                                    "then": {"x-message": "with videos, a clip lasts 10 seconds at most",
                                             "properties": {"duration": {"maximum": 10},
                                                            "fps": {"maximum": 30, "x-message": "videos play at 30 fps at most"}}}}]}"""));
    }

    @Test
    void aRuleInsideThenNamesTheConditionInUserTermsWithThePointerOfTheIf() {
        assertThat(v.get("ifThenElse").violations("{\"kind\": \"circle\"}")).containsExactly(
                "/radius: is required (required), applies because kind is \"circle\" (#/if)");
    }

    @Test
    void aRuleInsideElseSaysTheConditionDidNotMatch() {
        assertThat(v.get("ifThenElse").violations("{\"kind\": \"square\", \"side\": 0}")).containsExactly(
                "/side: must be at least 1, is 0 (minimum), applies because #/if does not match (kind is \"circle\")");
    }

    @Test
    void theOverlaysConditionalLimitNamesTheReferenceVideosThatMadeItApply() {
        String images = "[{\"url\": \"https://a/1\"}, {\"url\": \"https://a/2\"}, {\"url\": \"https://a/3\"}, {\"url\": \"https://a/4\"},"
                + " {\"url\": \"https://a/5\"}]";
        assertThat(v.get("wan").violations("{\"prompt\": \"p\", \"reference_images\": " + images
                + ", \"reference_videos\": [{\"url\": \"https://v/1\"}]}")).containsExactly(
                "/reference_images: must have at most 4 items, has 5 (maxItems),"
                        + " applies because reference_videos has at least 1 item (#/allOf/1/if)");
    }

    @Test
    void enumsBoundsAndOptionalPropertiesAreDescribedAndAnythingElseFallsBackToThePointer() {
        CompiledValidator described = v.get("described");

        assertThat(described.violations("{\"mode\": \"fast\", \"count\": 3, \"tags\": [1, 2], \"a\": 1, \"steps\": 40}")).containsExactly(
                "/steps: must be at most 10, is 40 (maximum), applies because mode is one of \"fast\", \"draft\""
                        + " and count is at least 3 (#/allOf/0/if)",
                "/steps: must be at most 20, is 40 (maximum), applies because tags, when present, has at least 2 items"
                        + " (#/allOf/1/if)",
                "/steps: must be at most 30, is 40 (maximum), applies because #/allOf/2/if matches");
    }

    @Test
    void nestedConditionsAreAllNamedInnermostFirst() {
        assertThat(v.get("nested").violations("{\"outer\": 1, \"inner\": 1, \"n\": 2}")).containsExactly(
                "/n: must be at most 1, is 2 (maximum), applies because inner is present (#/then/if)"
                        + " and outer is present (#/if)");
    }

    @Test
    void aSchemaDependencyNamesThePropertyThatTriggeredIt() {
        assertThat(v.get("dependency").violations("{\"seed\": 1, \"steps\": 1}")).containsExactly(
                "/steps: must be at least 5, is 1 (minimum), applies because seed is present (#/dependencies/seed)");
    }

    @Test
    void aRuleThatAlwaysAppliesSaysNothingMore() {
        assertThat(v.get("unconditional").violations("{\"n\": 2}")).containsExactly("/n: must be at most 1, is 2 (maximum)");
    }

    @Test
    void anXMessageLeadsTheMessageOfTheRulesInItsSchemaAndTheNearestOneWins() {
        assertThat(v.get("messages").violations("{\"share\": 101, \"videos\": 1, \"duration\": 15, \"fps\": 60}")).containsExactly(
                "/share: share is a percentage (must be at most 100, is 101) (maximum)",
                "/duration: with videos, a clip lasts 10 seconds at most (must be at most 10, is 15) (maximum),"
                        + " applies because videos is present (#/allOf/0/if)",
                "/fps: videos play at 30 fps at most (must be at most 30, is 60) (maximum),"
                        + " applies because videos is present (#/allOf/0/if)");
    }

    @Test
    void anXMessageThatIsNotAStringIsRefusedWithItsPointer() {
        assertThatThrownBy(() -> ValidatorEmitter.emit(CompiledValidator.SUPPORT, ClassName.get("p", "V"), null, "m",
                CompiledValidator.parse("{\"properties\": {\"a\": {\"maximum\": 1, \"x-message\": 5}}}")))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("#/properties/a/x-message")
                .hasMessageContaining("must be a string");
    }
}
