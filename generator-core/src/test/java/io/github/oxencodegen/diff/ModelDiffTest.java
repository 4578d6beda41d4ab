package io.github.oxencodegen.diff;

import static io.github.oxencodegen.diff.Contracts.json;
import static io.github.oxencodegen.diff.Contracts.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.schema.ModelDocument;
import io.github.oxencodegen.schema.SchemaException;
import org.junit.jupiter.api.Test;

class ModelDiffTest {
    private static final ModelDocument OLD = model("old.json", "{\"type\": \"object\", \"properties\": {\"prompt\": {\"type\": \"string\", \"maxLength\": 100}}}");
    private static final ModelDocument NEW = model("new.json", "{\"type\": \"object\", \"properties\": {\"prompt\": {\"type\": \"string\", \"maxLength\": 50}}}");

    @Test
    void preparesBothVersionsOfAModelAndComparesThem() throws Exception {
        ContractDiff diff = ContractDiffer.diff(OLD, NEW, null, null);

        assertThat(lines(diff)).singleElement().asString().startsWith("BREAKING | /properties/prompt/maxLength");
    }

    @Test
    void appliesTheSameOverlayToBothVersionsBeforeComparing() throws Exception {
        ContractDiff diff = ContractDiffer.diff(OLD, NEW,
                json("{\"properties\": {\"prompt\": {\"maxLength\": 20}}}"), "limits.json");

        assertThat(diff.isEmpty()).isTrue();
    }

    @Test
    void aVersionThatCannotBePreparedIsBadInputNamingItsSource() {
        ModelDocument broken = model("broken.json", "{\"type\": \"object\", \"properties\": {\"prompt\": {\"type\": 7}}}");

        assertThatThrownBy(() -> ContractDiffer.diff(OLD, broken, null, null)).isInstanceOf(SchemaException.class)
                .hasMessageStartingWith("broken.json, model 'm'");
    }

    private static ModelDocument model(String source, String schema) {
        return new ModelDocument("m", "/images/generate", json(schema), source);
    }
}
