package io.github.oxencodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.ModelInput;
import io.github.oxencodegen.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractPreparerTest {
    private static PreparedContract prepare(String schema) throws SchemaException {
        return ContractPreparer.prepare(ModelInput.of(new ModelDocument("m", "/images/generate", Fixtures.parse(schema), "m.json")));
    }

    @Test
    void aMisspelledTypeFailsWithTheModelIdAndThePointerOfTheKeyword() {
        assertThatThrownBy(() -> prepare("{\"type\": \"object\", \"properties\": {\"size\": {\"type\": \"strng\"}}}"))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("model 'm'")
                .hasMessageContaining("#/properties/size/type")
                .hasMessageContaining("strng");
    }

    @Test
    void aMinimumThatIsNotANumberFailsAtItsPointer() {
        assertThatThrownBy(() -> prepare("{\"type\": \"object\", \"properties\": {\"n\": {\"type\": \"integer\", \"minimum\": \"five\"}}}"))
                .isInstanceOf(SchemaException.class)
                .satisfies(e -> assertThat(((SchemaException) e).pointer()).isEqualTo("/properties/n/minimum"))
                .hasMessageContaining("five");
    }

    @Test
    void theOverlayIsAppliedBeforeNormalisingAndChecking() throws Exception {
        ModelDocument wan = Fixtures.model("models/wan-v2-7-reference-to-video.json");
        PreparedContract contract = ContractPreparer.prepare(new ModelInput(wan, Fixtures.wanOverlay(), "wan-limits.json"));
        assertThat(contract.schema().at("/properties/prompt/maxLength").asInt()).isEqualTo(5000);
        assertThat(contract.schema().at("/properties/seed/type")).isEqualTo(Fixtures.parse("[\"integer\", \"null\"]"));
        assertThat(contract.source()).endsWith("with overlay wan-limits.json");
        assertThat(contract.sha256()).hasSize(64).isEqualTo(CanonicalJson.sha256(contract.schema()));
    }

    @Test
    void anOverlayThatBreaksTheSchemaIsReportedWithItsSource() {
        ModelDocument wan = Fixtures.model("models/wan-v2-7-reference-to-video.json");
        assertThatThrownBy(() -> ContractPreparer.prepare(new ModelInput(wan,
                        Fixtures.parse("{\"properties\": {\"duration\": {\"maximum\": \"ten\"}}}"), "bad-overlay.json")))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("bad-overlay.json")
                .hasMessageContaining("#/properties/duration/maximum");
    }

    @Test
    void aChatModelIsRefusedClearly() {
        ModelDocument chat = Fixtures.model("models/claude-sonnet-4-6.json");
        assertThatThrownBy(() -> ContractPreparer.prepare(ModelInput.of(chat)))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("claude-sonnet-4-6")
                .hasMessageContaining("no request schema");
    }

    @Test
    void everyFixtureModelPassesTheMetaSchemaCheck() throws Exception {
        for (var file : Fixtures.modelFiles()) {
            for (ModelDocument model : new ModelDocumentReader().read(file)) {
                if (model.hasRequestSchema()) {
                    assertThat(ContractPreparer.prepare(ModelInput.of(model)).modelId()).isEqualTo(model.id());
                }
            }
        }
    }

    @Test
    void unknownKeywordsAreWarnedAboutWithTheirPointerAndVendorKeysAreNot() throws Exception {
        List<String> warnings = KeywordAudit.audit(prepare("""
                {"type": "object", "x-order": 1, "basic": ["a"], "renderType": "x",
                 "properties": {"a": {"type": "string", "discriminator": "kind", "format": "color", "x-whatever": 1}}}
                """));
        assertThat(warnings).containsExactly(
                "model 'm', at #/properties/a/discriminator: unsupported keyword 'discriminator' is ignored: it carries no validation in draft-07",
                "model 'm', at #/properties/a/format: format 'color' is not checked (checked formats: date, date-time, email, hostname, ipv4, ipv6, regex, time, uri, uri-reference, uuid)");
    }

    @Test
    void aRemoteRefIsAnErrorAtItsPointer() {
        assertThatThrownBy(() -> KeywordAudit.audit(prepare("{\"properties\": {\"a\": {\"$ref\": \"https://example.com/s.json\"}}}")))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("#/properties/a/$ref")
                .hasMessageContaining("not local");
    }

    @Test
    void aRefLeadingNowhereIsAnError() {
        assertThatThrownBy(() -> KeywordAudit.audit(prepare("{\"properties\": {\"a\": {\"$ref\": \"#/definitions/missing\"}}}")))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("points to nothing");
    }

    @Test
    void aPatternJavaCannotCompileIsAnError() {
        assertThatThrownBy(() -> KeywordAudit.audit(prepare("{\"properties\": {\"a\": {\"type\": \"string\", \"pattern\": \"(unclosed\"}}}")))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("#/properties/a/pattern");
    }
}
