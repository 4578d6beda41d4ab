package io.github.oxencodegen.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.schema.SchemaException;
import io.github.oxencodegen.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading Oxen's list response. */
class ModelListTest {
    private static ModelList parse(String json) throws SchemaException {
        return ModelList.parse(json.getBytes(StandardCharsets.UTF_8), "list.json");
    }

    @Test
    void theRecordedListHoldsEveryModelInItsOrderWithItsWholeObject() throws Exception {
        ModelList list = ModelList.read(Fixtures.path("models-list.json"));

        assertThat(list.models()).hasSize(20);
        assertThat(list.models().get(0).id()).isEqualTo("claude-sonnet-4-6");
        ListedModel wan = list.find("wan-v2-7-reference-to-video").orElseThrow();
        assertThat(wan.endpoint()).isEqualTo("/videos/generate");
        assertThat(wan.inputs()).contains(java.util.Set.of("text", "image", "video", "audio"));
        assertThat(wan.object().path("pricing").isMissingNode()).isFalse();
        assertThat(wan.document().requestSchema()).isEqualTo(wan.object().get("request_schema"));
        assertThat(list.find("claude-sonnet-4-6").orElseThrow().document().hasRequestSchema()).isFalse();
        assertThat(list.find("flux-2-pro").orElseThrow().outputs()).isEmpty();
    }

    @Test
    void anEntryWithoutARequestSchemaFieldIsKeptWithNone() throws Exception {
        ModelList list = parse("{\"object\":\"list\",\"data\":[{\"id\":\"embedder\",\"endpoint\":\"/embeddings\"}]}");

        assertThat(list.find("embedder").orElseThrow().document().hasRequestSchema()).isFalse();
    }

    @Test
    void aBodyThatIsNoListIsRefusedWithItsSource() {
        assertThatThrownBy(() -> parse("{\"id\":\"flux-1-dev\",\"request_schema\":{}}"))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("list.json")
                .hasMessageContaining("is not Oxen's model list");
    }

    @Test
    void aModelListedTwiceOrWithABadIdIsRefusedWithItsPointer() {
        assertThatThrownBy(() -> parse("{\"data\":[{\"id\":\"a\"},{\"id\":\"a\"}]}"))
                .isInstanceOf(SchemaException.class)
                .satisfies(e -> assertThat(((SchemaException) e).pointer()).isEqualTo("/data/1/id"))
                .hasMessageContaining("lists the model 'a' a second time");
        assertThatThrownBy(() -> parse("{\"data\":[{\"id\":\"../etc\"}]}"))
                .isInstanceOf(SchemaException.class)
                .satisfies(e -> assertThat(((SchemaException) e).pointer()).isEqualTo("/data/0/id"));
        assertThatThrownBy(() -> parse("{\"data\":[{\"name\":\"a\"}]}"))
                .hasMessageContaining("is not a model object with an 'id'");
    }
}
