package io.github.oxencodegen.diff;

import static io.github.oxencodegen.diff.Contracts.changes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CombinatorChangesTest {
    private static final String BASE = """
            {"type": "object", "properties": {"duration": {"type": "integer"}, "videos": {"type": "array"}}}
            """;
    private static final String DURATION_RULE = """
            {"if": {"properties": {"videos": {"minItems": 1}}, "required": ["videos"]},
             "then": {"properties": {"duration": {"maximum": %s}}}}
            """;

    private static String withAllOf(String... rules) {
        return BASE.replaceFirst("\\{\"type\": \"object\",", "{\"type\": \"object\", \"allOf\": [" + String.join(", ", rules) + "],");
    }

    @Test
    void addingAnAllOfRuleIsBreakingAndRemovingItCompatible() {
        String ruled = withAllOf(DURATION_RULE.formatted(10));
        assertThat(changes(BASE, ruled)).containsExactly("BREAKING | /allOf/0 | (root) | all-of-rule-added"
                + " | request: allOf rule added (if/then on videos, duration); it may reject requests accepted before");
        assertThat(changes(ruled, BASE)).containsExactly("COMPATIBLE | /allOf/0 | (root) | all-of-rule-removed"
                + " | request: allOf rule removed (if/then on videos, duration)");
    }

    @Test
    void anAllOfRuleInsertedBeforeAnUnchangedOneIsTheOnlyChange() {
        String other = "{\"required\": [\"duration\"]}";
        assertThat(changes(withAllOf(other), withAllOf(DURATION_RULE.formatted(10), other))).containsExactly(
                "BREAKING | /allOf/0 | (root) | all-of-rule-added"
                        + " | request: allOf rule added (if/then on videos, duration); it may reject requests accepted before");
    }

    @Test
    void tighteningAThenIsBreakingAndLooseningItCompatible() {
        String ten = withAllOf(DURATION_RULE.formatted(10));
        String eight = withAllOf(DURATION_RULE.formatted(8));
        assertThat(changes(ten, eight)).containsExactly("BREAKING | /allOf/0/then/properties/duration/maximum | /duration"
                + " | maximum-lowered | duration: maximum lowered from 10 to 8");
        assertThat(changes(eight, ten)).containsExactly("COMPATIBLE | /allOf/0/then/properties/duration/maximum | /duration"
                + " | maximum-raised | duration: maximum raised from 8 to 10");
    }

    @Test
    void propertiesInsideABranchLimitDeclaredFieldsRatherThanDeclaringNewOnes() {
        String videosOnly = withAllOf("{\"properties\": {\"videos\": {\"minItems\": 1}}}");
        String withDuration = withAllOf("{\"properties\": {\"videos\": {\"minItems\": 1}, \"duration\": {\"minimum\": 2}}}");
        assertThat(changes(videosOnly, withDuration)).containsExactly(
                "BREAKING | /allOf/0/properties/duration/minimum | /duration | minimum-added | duration: minimum 2 added");
        assertThat(changes(withDuration, videosOnly)).containsExactly(
                "COMPATIBLE | /allOf/0/properties/duration/minimum | /duration | minimum-removed | duration: minimum 2 removed");
    }

    @Test
    void anyChangeToAnIfConditionIsBreakingConservativelyEvenWhenItLoosens() {
        String oneVideo = withAllOf(DURATION_RULE.formatted(10));
        String twoVideos = oneVideo.replace("\"minItems\": 1", "\"minItems\": 2");
        assertThat(changes(oneVideo, twoVideos)).containsExactly("BREAKING | /allOf/0/if/properties/videos/minItems | /videos"
                + " | min-items-raised | videos: minItems raised from 1 to 2"
                + " (conservative: inside if, which decides when then and else apply)");
    }

    @Test
    void addingAnIfThenRuleAtTheRootIsBreakingAndRemovingItCompatible() {
        String conditional = BASE.replaceFirst("\\{\"type\": \"object\",",
                "{\"type\": \"object\", \"if\": {\"required\": [\"videos\"]}, \"then\": {\"required\": [\"duration\"]},");
        assertThat(changes(BASE, conditional)).containsExactly("BREAKING | /if | (root) | if-added"
                + " | request: conditional rule added (if/then on videos, duration); it may reject requests accepted before");
        assertThat(changes(conditional, BASE)).containsExactly("COMPATIBLE | /if | (root) | if-removed"
                + " | request: conditional rule removed (if/then on videos, duration)");
    }

    @Test
    void anElseAddedToAnExistingConditionIsComparedAsANewLimit() {
        String conditional = BASE.replaceFirst("\\{\"type\": \"object\",",
                "{\"type\": \"object\", \"if\": {\"required\": [\"videos\"]}, \"then\": {\"required\": [\"duration\"]},");
        String withElse = conditional.replace("\"then\"", "\"else\": {\"properties\": {\"duration\": {\"maximum\": 15}}}, \"then\"");
        assertThat(changes(conditional, withElse)).containsExactly(
                "BREAKING | /else/properties/duration/maximum | /duration | maximum-added | duration: maximum 15 added");
    }

    @Test
    void aThenWithoutAnIfHasNoEffectSoItsChangeIsCosmetic() {
        assertThat(changes(BASE, BASE.replaceFirst("\\{\"type\": \"object\",", "{\"type\": \"object\", \"then\": {\"required\": [\"duration\"]},")))
                .containsExactly("COSMETIC | /then | (root) | annotation-changed | request: then added (no effect without both if and then or else)");
    }

    @Test
    void anAnyOfAlternativeAddedIsCompatibleAndOneRemovedBreaking() {
        String two = """
                {"properties": {"size": {"anyOf": [{"type": "integer"}, {"type": "string", "pattern": "^[0-9]+x[0-9]+$"}]}}}
                """;
        String one = """
                {"properties": {"size": {"anyOf": [{"type": "integer"}]}}}
                """;
        assertThat(changes(one, two)).containsExactly("COMPATIBLE | /properties/size/anyOf/1 | /size | any-of-branch-added"
                + " | size: anyOf alternative added (type/pattern)");
        assertThat(changes(two, one)).containsExactly("BREAKING | /properties/size/anyOf/1 | /size | any-of-branch-removed"
                + " | size: anyOf alternative removed (type/pattern); requests that matched only it are rejected");
    }

    @Test
    void anAnyOfAddedToAPropertyIsBreaking() {
        assertThat(changes("""
                {"properties": {"size": {}}}
                """, """
                {"properties": {"size": {"anyOf": [{"type": "integer"}, {"type": "string"}]}}}
                """)).containsExactly("BREAKING | /properties/size/anyOf | /size | any-of-added"
                + " | size: anyOf added (2 alternatives: type; type); it may reject requests accepted before");
    }

    @Test
    void aOneOfBranchThatAcceptsMoreIsBreakingConservatively() {
        String schema = """
                {"properties": {"seed": {"oneOf": [{"type": "integer", "maximum": %s}, {"type": "string"}]}}}
                """;
        assertThat(changes(schema.formatted(10), schema.formatted(20))).containsExactly(
                "BREAKING | /properties/seed/oneOf/0/maximum | /seed | maximum-raised | seed: maximum raised from 10 to 20"
                        + " (conservative: inside oneOf, a branch that accepts more can make a request match two)");
    }

    @Test
    void aOneOfAlternativeAddedIsBreakingConservatively() {
        assertThat(changes("""
                {"properties": {"seed": {"oneOf": [{"type": "integer"}]}}}
                """, """
                {"properties": {"seed": {"oneOf": [{"type": "integer"}, {"type": "number"}]}}}
                """)).containsExactly("BREAKING | /properties/seed/oneOf/1 | /seed | one-of-branch-added"
                + " | seed: oneOf alternative added (type); a request may now match two alternatives (conservative)");
    }

    @Test
    void aChangeInsideNotIsBreakingConservativelyAndRemovingNotCompatible() {
        String schema = """
                {"properties": {"name": {"type": "string", "not": {"enum": [%s]}}}}
                """;
        assertThat(changes(schema.formatted("\"admin\""), schema.formatted("\"admin\", \"root\""))).containsExactly(
                "BREAKING | /properties/name/not/enum | /name | enum-value-added"
                        + " | name: enum value \"root\" added (conservative: inside not, accepting more means rejecting more)");
        assertThat(changes(schema.formatted("\"admin\""), "{\"properties\": {\"name\": {\"type\": \"string\"}}}"))
                .containsExactly("COMPATIBLE | /properties/name/not | /name | not-removed | name: not removed (enum)");
    }

    @Test
    void aRuleThatConstrainsNothingIsNotReportedAsATightening() {
        assertThat(changes(BASE, withAllOf("{\"description\": \"documentation only\"}", "{\"properties\": {\"duration\": {}}}")))
                .isEmpty();
    }
}
