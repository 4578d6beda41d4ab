package io.github.oxencodegen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ContractChangesTest {
    private static JsonNode snapshot(String schema) {
        return Fixtures.parse("{\"id\":\"m\",\"endpoint\":\"/images/generate\",\"request_schema\":" + schema + "}");
    }

    @Test
    void namesEachChangeWithItsSeverityAndPointer() {
        JsonNode before = snapshot("{\"type\":\"object\",\"properties\":{\"steps\":{\"type\":\"integer\",\"maximum\":50}}}");
        JsonNode after = snapshot("{\"type\":\"object\",\"properties\":{\"steps\":{\"type\":\"integer\",\"maximum\":30}}}");

        assertThat(ContractChanges.between("m", before, after, false))
                .first().asString().startsWith("m: 1 change: 1 breaking");
        assertThat(ContractChanges.between("m", before, after, false))
                .anySatisfy(line -> assertThat(line).contains("BREAKING").contains("/properties/steps/maximum"));
    }

    @Test
    void fallsBackToTheSchemaHashesWhenASideCannotBeCompared() {
        JsonNode before = Fixtures.parse("{\"id\":\"m\",\"endpoint\":\"/images/generate\",\"request_schema\":null}");
        JsonNode after = snapshot("{\"type\":\"object\"}");

        assertThat(ContractChanges.between("m", before, after, false))
                .singleElement().asString().matches("request schema: \\(none\\) -> [0-9a-f]{12}");
    }
}
