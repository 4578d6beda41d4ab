package io.github.oxencodegen.codegen.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.ClassName;
import io.github.oxencodegen.schema.SchemaException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RefKeywordsTest {
    private static Map<String, CompiledValidator> v;

    @BeforeAll
    static void compile() {
        v = CompiledValidator.compile(
                "tree", """
                        {"definitions": {"node": {"type": "object", "required": ["name"], "additionalProperties": false,
                           "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#/definitions/node"}}}}},
                         "$ref": "#/definitions/node"}""",
                "root", """
                        {"type": ["object", "integer"], "maximum": 9, "properties": {"next": {"$ref": "#"}}}""",
                "pointers", """
                        {"$defs": {"positive": {"type": "integer", "minimum": 1}, "a/b": {"type": "string"}, "per%cent": {"type": "boolean"}},
                         "properties": {"count": {"$ref": "#/$defs/positive", "maximum": 3}, "slash": {"$ref": "#/$defs/a~1b"},
                                        "pct": {"$ref": "#/$defs/per%25cent"}, "alias": {"$ref": "#/properties/count"}}}""");
    }

    @Test
    void recursiveReferencesFollowTheInstanceToAnyDepth() {
        String deep = "{\"name\": \"leaf\"}";
        for (int i = 0; i < 50; i++) {
            deep = "{\"name\": \"n" + i + "\", \"children\": [" + deep + "]}";
        }
        assertThat(v.get("tree").isValid(deep)).isTrue();
        assertThat(v.get("tree").where("{\"name\": \"a\", \"children\": [{\"name\": \"b\", \"children\": [{\"x\": 1}]}]}"))
                .containsExactly("/children/0/children/0/name required", "/children/0/children/0/x additionalProperties");
        assertThat(v.get("root").where("{\"next\": {\"next\": 10}}")).containsExactly("/next/next maximum");
    }

    @Test
    void aReferencedSchemaIsCompiledOnceAndItsSiblingsAreIgnoredAsDraft07Says() {
        CompiledValidator pointers = v.get("pointers");
        assertThat(pointers.isValid("{\"count\": 5, \"alias\": 7}")).isTrue();
        assertThat(pointers.where("{\"count\": 0, \"slash\": 1, \"pct\": \"x\", \"alias\": 0}"))
                .containsExactly("/count minimum", "/slash type", "/pct type", "/alias minimum");
        assertThat(pointers.source()).containsOnlyOnce("private static boolean isValidDefsPositive(");
    }

    @Test
    void referencesOutsideTheSchemaAreRefusedWithTheirPointer() {
        assertThat(refusal("{\"properties\": {\"a\": {\"$ref\": \"https://example.com/s.json#/x\"}}}"))
                .contains("at #/properties/a/$ref").contains("not local");
        assertThat(refusal("{\"properties\": {\"a\": {\"$ref\": \"#anchor\"}}}")).contains("at #/properties/a/$ref").contains("anchor");
        assertThat(refusal("{\"properties\": {\"a\": {\"$ref\": \"#/definitions/missing\"}}}")).contains("points to nothing");
        assertThat(refusal("{\"definitions\": {\"a\": {\"$ref\": \"#/definitions/b\"}, \"b\": {\"$ref\": \"#/definitions/a\"}},"
                + " \"properties\": {\"x\": {\"$ref\": \"#/definitions/a\"}}}")).contains("circle");
    }

    @Test
    void aSchemaThatAppliesItselfToTheSameValueForeverIsRefused() {
        assertThat(refusal("{\"type\": \"object\", \"allOf\": [{\"$ref\": \"#\"}]}")).contains("without end").contains("#/allOf/0");
        assertThat(refusal("{\"definitions\": {\"a\": {\"not\": {\"$ref\": \"#/definitions/b\"}}, \"b\": {\"anyOf\": [{\"$ref\": \"#/definitions/a\"}]}},"
                + " \"$ref\": \"#/definitions/a\"}")).contains("without end");
    }

    @Test
    void malformedKeywordsAreRefusedWithTheirPointer() {
        assertThat(refusal("{\"properties\": {\"p\": {\"maxLength\": \"5\"}}}")).contains("#/properties/p/maxLength");
        assertThat(refusal("{\"properties\": {\"p\": {\"type\": \"strin\"}}}")).contains("#/properties/p/type").contains("strin");
        assertThat(refusal("{\"properties\": {\"p\": {\"pattern\": \"[\"}}}")).contains("#/properties/p/pattern");
        assertThat(refusal("{\"multipleOf\": 0}")).contains("#/multipleOf");
        assertThat(refusal("{\"properties\": {\"p\": {\"$id\": \"other.json\", \"type\": \"string\"}}}")).contains("#/properties/p/$id");
    }

    private static String refusal(String schema) {
        try {
            ValidatorEmitter.emit(CompiledValidator.SUPPORT, ClassName.get("p", "V"), null, "m", CompiledValidator.parse(schema));
        } catch (SchemaException e) {
            assertThat(e.modelId()).isEqualTo("m");
            return e.getMessage();
        }
        assertThatThrownBy(() -> { }).as("expected a SchemaException for " + schema).isNotNull();
        return "";
    }
}
