package io.github.oxencodegen.diff;

import static io.github.oxencodegen.diff.Contracts.changes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefChangesTest {
    private static String withReference(String referenceSchema) {
        return """
                {"type": "object",
                 "definitions": {"reference": %s},
                 "properties": {
                   "images": {"type": "array", "items": {"$ref": "#/definitions/reference"}},
                   "videos": {"type": "array", "items": {"$ref": "#/definitions/reference"}}}}
                """.formatted(referenceSchema);
    }

    @Test
    void aChangedDefinitionIsReportedAtEveryPlaceThatUsesItPointingIntoTheDefinition() {
        assertThat(changes(
                withReference("{\"type\": \"object\", \"properties\": {\"url\": {\"type\": \"string\"}, \"voice\": {\"type\": \"string\"}}}"),
                withReference("{\"type\": \"object\", \"properties\": {\"url\": {\"type\": \"string\"}}}")))
                .containsExactly(
                        "BREAKING | /definitions/reference/properties/voice | /images/*/voice | property-removed"
                                + " | images[*].voice: property removed",
                        "BREAKING | /definitions/reference/properties/voice | /videos/*/voice | property-removed"
                                + " | videos[*].voice: property removed");
    }

    @Test
    void anUnusedDefinitionChangesNothing() {
        assertThat(changes("""
                {"definitions": {"unused": {"type": "string"}}, "properties": {"a": {"type": "string"}}}
                """, """
                {"definitions": {"unused": {"type": "integer"}}, "properties": {"a": {"type": "string"}}}
                """)).isEmpty();
    }

    @Test
    void inliningADefinitionWithoutChangingItReportsNothing() {
        assertThat(changes("""
                {"$defs": {"seed": {"type": "integer", "minimum": 0}}, "properties": {"seed": {"$ref": "#/$defs/seed"}}}
                """, """
                {"properties": {"seed": {"type": "integer", "minimum": 0}}}
                """)).isEmpty();
    }

    @Test
    void aRecursiveSchemaIsWalkedOnceAndItsChangeReportedWhereItIsFirstMet() {
        String tree = """
                {"$ref": "#/definitions/node",
                 "definitions": {"node": {"type": "object", "properties": {
                   "name": {"type": "string", "maxLength": %s},
                   "children": {"type": "array", "items": {"$ref": "#/definitions/node"}}}}}}
                """;
        assertThat(changes(tree.formatted(10), tree.formatted(5))).containsExactly(
                "BREAKING | /definitions/node/properties/name/maxLength | /name | max-length-lowered | name: maxLength lowered from 10 to 5");
    }

    @Test
    void referencesInALoopAreDetectedAndTheRestOfTheSchemaIsStillCompared() {
        String loop = """
                {"properties": {"a": {"$ref": "#/definitions/b"}},
                 "definitions": {"b": {"$ref": "#/definitions/c"}, "c": {"$ref": "#/definitions/b"}}, "title": "%s"}
                """;
        assertThat(changes(loop.formatted("one"), loop.formatted("two")))
                .containsExactly("COSMETIC | /title | (root) | title-changed | request: title changed from \"one\" to \"two\"");
    }

    @Test
    void aReferenceThatCannotBeFollowedAndChangesIsBreakingConservatively() {
        assertThat(changes("""
                {"properties": {"a": {"$ref": "https://example.com/a.json"}}}
                """, """
                {"properties": {"a": {"$ref": "https://example.com/b.json"}}}
                """)).containsExactly("BREAKING | /properties/a/$ref | /a | reference-changed"
                + " | a: reference changed from \"https://example.com/a.json\" to \"https://example.com/b.json\""
                + " (only references by JSON Pointer within the schema are followed);"
                + " it may reject requests accepted before (conservative)");
    }

    @Test
    void aReferenceWhoseTargetDisappearsIsBreakingConservatively() {
        assertThat(changes("""
                {"definitions": {"a": {"type": "string"}}, "properties": {"x": {"$ref": "#/definitions/a"}}}
                """, """
                {"properties": {"x": {"$ref": "#/definitions/a"}}}
                """)).containsExactly("BREAKING | /properties/x/$ref | /x | reference-changed"
                + " | x: reference \"#/definitions/a\" can no longer be followed"
                + " (only references by JSON Pointer within the schema are followed);"
                + " it may reject requests accepted before (conservative)");
    }

    @Test
    void percentEncodedReferencesAreFollowed() {
        String schema = """
                {"definitions": {"a b": {"type": "%s"}}, "properties": {"x": {"$ref": "#/definitions/a%%20b"}}}
                """;
        assertThat(changes(schema.formatted("string"), schema.formatted("integer"))).containsExactly(
                "BREAKING | /definitions/a b/type | /x | type-changed | x: type changed from string to integer");
    }
}
