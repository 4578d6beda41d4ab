package io.github.oxencodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDocumentReaderTest {
    private final ModelDocumentReader reader = new ModelDocumentReader();

    @Test
    void readsAFullModelObjectWithIdEndpointAndRequestSchema() throws Exception {
        List<ModelDocument> models = reader.read(Fixtures.path("models/wan-v2-7-reference-to-video.json"));
        assertThat(models).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("wan-v2-7-reference-to-video");
            assertThat(m.endpoint()).isEqualTo("/videos/generate");
            assertThat(m.requestSchema().path("properties").has("prompt")).isTrue();
        });
    }

    @Test
    void readsATrimmedModelObjectThatHasOnlyIdAndSchema() throws Exception {
        String json = """
                {"id": "tiny", "request_schema": {"type": "object", "properties": {"a": {"type": "string"}}}}
                """;
        ModelDocument model = reader.read(Fixtures.parse(json), "tiny.json", null).get(0);
        assertThat(model.id()).isEqualTo("tiny");
        assertThat(model.endpoint()).isNull();
        assertThat(model.hasRequestSchema()).isTrue();
    }

    @Test
    void readsEveryModelOfAListResponse() throws Exception {
        List<ModelDocument> models = reader.read(Fixtures.path("models-list.json"));
        assertThat(models).hasSize(20);
        assertThat(models).extracting(ModelDocument::id).contains("wan-v2-7-reference-to-video");
    }

    @Test
    void readsTheEvaluationsShapeWithNameAndJsonRequestSchema() throws Exception {
        List<ModelDocument> models = reader.read(Fixtures.path("models/evaluations-shape.wan-v2-7-reference-to-video.json"));
        assertThat(models).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("wan-v2-7-reference-to-video");
            assertThat(m.requestSchema().has("allOf")).isTrue();
        });
    }

    @Test
    void readsABareSchemaUnderTheModelIdTheCallerGives() throws Exception {
        ModelDocument model = reader.read(Fixtures.parse("{\"type\": \"object\"}"), "s.json", "my-model").get(0);
        assertThat(model.id()).isEqualTo("my-model");
        assertThat(model.requestSchema().path("type").asText()).isEqualTo("object");
    }

    @Test
    void seesAChatModelAsHavingNoRequestSchema() throws Exception {
        ModelDocument model = reader.read(Fixtures.path("models/claude-sonnet-4-6.json")).get(0);
        assertThat(model.hasRequestSchema()).isFalse();
    }

    @Test
    void namesTheFileLineAndColumnOfBrokenJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"id\": \"x\",\n  \"request_schema\": {\"type\": \"object\"\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("broken.json")
                .hasMessageContaining("not valid JSON at line 4");
    }

    @Test
    void refusesADocumentThatIsNeitherModelNorListWithoutAModelId() {
        assertThatThrownBy(() -> reader.read(Fixtures.parse("{\"type\": \"object\"}"), "s.json", null))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("s.json")
                .hasMessageContaining("bare schema with a model id");
    }

    @Test
    void refusesARequestSchemaThatIsNotAnObject() {
        assertThatThrownBy(() -> reader.read(Fixtures.parse("{\"id\": \"m\", \"request_schema\": [1]}"), "m.json", null))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("model 'm'")
                .hasMessageContaining("'request_schema' must be a JSON object, found an array");
    }

    @Test
    void namesAMissingFile(@TempDir Path dir) {
        assertThatThrownBy(() -> reader.read(dir.resolve("nope.json")))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("nope.json")
                .hasMessageContaining("no such file");
    }

    @Test
    void refusesAModelIdThatIsNotSafeInAUrlAndAFileNameAtItsPointer() {
        String json = """
                {"id": "../../escape", "request_schema": {"type": "object"}}
                """;
        assertThatThrownBy(() -> reader.read(Fixtures.parse(json), "escape.json", null))
                .isInstanceOf(SchemaException.class)
                .satisfies(e -> assertThat(((SchemaException) e).pointer()).isEqualTo("/id"))
                .hasMessageStartingWith("escape.json, at #/id: '../../escape' is not a valid model id: an id starts with");
    }

    @Test
    void refusesAnUnsafeModelIdInAListAtTheEntrysPointer() {
        String json = """
                {"models": [{"name": "fine", "json_request_schema": {}}, {"name": "a/b", "json_request_schema": {}}]}
                """;
        assertThatThrownBy(() -> reader.read(Fixtures.parse(json), "list.json", null))
                .isInstanceOf(SchemaException.class)
                .hasMessageStartingWith("list.json, at #/models/1/name: 'a/b' is not a valid model id");
    }

    @Test
    void refusesAnUnsafeModelIdGivenForABareSchema() {
        assertThatThrownBy(() -> reader.read(Fixtures.parse("{\"type\": \"object\"}"), "schema.json", ".."))
                .isInstanceOf(SchemaException.class)
                .hasMessageStartingWith("schema.json: '..' is not a valid model id");
    }
}
