package io.github.oxencodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void unknownKeywordsAreWarnedAboutWithTheirPointerKnownVendorKeysAreNotAndUnknownOnesAreNoted() throws Exception {
        KeywordAudit.Findings findings = KeywordAudit.audit(prepare("""
                {"type": "object", "x-order": 1, "basic": ["a"], "renderType": "x", "x-message": "bad",
                 "properties": {"a": {"type": "string", "discriminator": "kind", "format": "color", "x-whatever": 1}}}
                """));
        assertThat(findings.warnings()).containsExactly(
                "model 'm', at #/properties/a/discriminator: unsupported keyword 'discriminator' is ignored: it carries no validation in draft-07",
                "model 'm', at #/properties/a/format: format 'color' is not checked (checked formats: date, date-time, email, hostname, ipv4, ipv6, regex, time, uri, uri-reference, uuid)");
        assertThat(findings.notes()).containsExactly(
                "model 'm', at #/properties/a/x-whatever: vendor key 'x-whatever' is not one the generator knows (known: basic,"
                        + " renderType, x-bounding-boxes, x-hidden, x-media-references, x-message, x-next-to, x-order,"
                        + " x-workbench-default); it is read as a display hint and validates nothing");
    }

    @Test
    void aKeywordOfALaterDraftIsWarnedAboutAsUnsupportedSayingWhichDraft() throws Exception {
        KeywordAudit.Findings findings = KeywordAudit.audit(prepare("""
                {"type": "object", "unevaluatedProperties": false, "properties": {"a": {"prefixItems": [{"type": "string"}]}}}
                """));
        assertThat(findings.warnings()).containsExactly(
                "model 'm', at #/unevaluatedProperties: unsupported 2019-09 keyword 'unevaluatedProperties' is ignored:"
                        + " a draft-07 validator does not read it",
                "model 'm', at #/properties/a/prefixItems: unsupported 2020-12 keyword 'prefixItems' is ignored:"
                        + " a draft-07 validator does not read it; the 2020-12 tuple form; write a draft-07 tuple `items` instead");
        assertThat(findings.notes()).isEmpty();
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
