package io.github.oxencodegen.codegen.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ObjectKeywordsTest {
    private static Map<String, CompiledValidator> v;

    @BeforeAll
    static void compile() {
        v = CompiledValidator.compile(
                "closed", """
                        {"type": "object", "required": ["prompt", "a/b", "~c"],
                         "properties": {"prompt": {"type": "string"}, "a/b": {"type": "integer"}, "~c": {}, "gone": false},
                         "additionalProperties": false}""",
                "patterns", """
                        {"properties": {"name": {"type": "string"}},
                         "patternProperties": {"^S_": {"type": "string"}, "^I_": {"type": "integer"}},
                         "additionalProperties": {"type": "boolean"}}""",
                "names", """
                        {"propertyNames": {"maxLength": 3}, "minProperties": 1, "maxProperties": 2}""",
                "dependencies", """
                        {"dependencies": {"credit_card": ["billing_address", "name"],
                                          "billing_address": {"required": ["zip"]},
                                          "forbidden": false},
                         "dependentRequired": {"name": ["email"]}}""");
    }

    @Test
    void everyMissingRequiredPropertyIsReportedAtItsOwnPointer() {
        assertThat(v.get("closed").violations("{}")).containsExactly(
                "/prompt: is required (required)", "/a~1b: is required (required)", "/~0c: is required (required)");
    }

    @Test
    void propertyViolationsAreReportedAtTheEscapedPointer() {
        assertThat(v.get("closed").where("{\"prompt\": 1, \"a/b\": \"x\", \"~c\": null}")).containsExactly("/prompt type", "/a~1b type");
    }

    @Test
    void additionalAndForbiddenPropertiesAreReportedWhereTheyAre() {
        assertThat(v.get("closed").violations("{\"prompt\": \"p\", \"a/b\": 1, \"~c\": 0, \"extra\": 1, \"gone\": 2}")).containsExactly(
                "/gone: is not allowed (properties)",
                "/extra: is not allowed: the object allows only its declared properties (additionalProperties)");
    }

    @Test
    void patternPropertiesJudgeMatchingNamesAndTheRestGoToAdditionalProperties() {
        CompiledValidator patterns = v.get("patterns");
        assertThat(patterns.isValid("{\"name\": \"n\", \"S_x\": \"s\", \"I_x\": 1, \"flag\": true}")).isTrue();
        assertThat(patterns.where("{\"name\": 1, \"S_x\": 1, \"I_x\": \"1\", \"flag\": 1}"))
                .containsExactly("/name type", "/S_x type", "/I_x type", "/flag type");
    }

    @Test
    void propertyNamesAndPropertyCounts() {
        CompiledValidator names = v.get("names");
        assertThat(names.isValid("{\"abc\": 1}")).isTrue();
        assertThat(names.where("{\"abcd\": 1}")).containsExactly("/abcd propertyNames");
        assertThat(names.violations("{}")).containsExactly("(root): must have at least 1 property, has 0 (minProperties)");
        assertThat(names.violations("{\"a\": 1, \"b\": 2, \"c\": 3}")).containsExactly("(root): must have at most 2 properties, has 3 (maxProperties)");
        assertThat(names.isValid("[1, 2, 3]")).isTrue();
    }

    @Test
    void dependenciesInBothFormsApplyOnlyWhenTheirPropertyIsPresent() {
        CompiledValidator dependencies = v.get("dependencies");
        assertThat(dependencies.isValid("{\"zip\": 1}")).isTrue();
        assertThat(dependencies.violations("{\"credit_card\": 1}")).containsExactly(
                "/billing_address: is required when \"credit_card\" is present (dependencies)",
                "/name: is required when \"credit_card\" is present (dependencies)");
        assertThat(dependencies.where("{\"billing_address\": 1}")).containsExactly("/zip required");
        assertThat(dependencies.where("{\"forbidden\": 1}")).containsExactly("/forbidden dependencies");
        assertThat(dependencies.where("{\"name\": \"n\"}")).containsExactly("/email dependencies");
    }
}
