package io.github.oxencodegen.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.oxencodegen.GeneratorOptions;
import io.github.oxencodegen.codegen.support.JacksonDialect;
import io.github.oxencodegen.schema.ModelInput;
import io.github.oxencodegen.schema.ModelDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeneratorOptions OPTIONS = new GeneratorOptions("com.acme.oxen");

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static ModelInput model(String schema) {
        return ModelInput.of(new ModelDocument("m", "/images/generate", json(schema), "m.json"));
    }

    private static Fingerprint of(ModelInput... models) {
        return Fingerprint.of("1.0", OPTIONS, List.of(models));
    }

    @Test
    void isTheSameForTheSameInputs() {
        String schema = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}";
        assertThat(of(model(schema))).isEqualTo(of(model(schema)));
    }

    @Test
    void changesWithTheSchemaIncludingPropertyOrder() {
        Fingerprint base = of(model("{\"properties\":{\"a\":{},\"b\":{}}}"));
        assertThat(of(model("{\"properties\":{\"a\":{},\"b\":{\"type\":\"string\"}}}"))).isNotEqualTo(base);
        assertThat(of(model("{\"properties\":{\"b\":{},\"a\":{}}}"))).isNotEqualTo(base);
    }

    @Test
    void changesWithTheGeneratorVersionThePackageTheEndpointAndTheOverlayAndItsFile() {
        ModelInput plain = model("{}");
        Fingerprint base = of(plain);
        assertThat(Fingerprint.of("1.1", OPTIONS, List.of(plain))).isNotEqualTo(base);
        assertThat(Fingerprint.of("1.0", new GeneratorOptions("com.other"), List.of(plain))).isNotEqualTo(base);
        assertThat(of(ModelInput.of(new ModelDocument("m", "/videos/generate", json("{}"), "m.json"))))
                .isNotEqualTo(base);
        assertThat(of(new ModelInput(plain.document(), json("{\"maxLength\":5}"), "o.json"))).isNotEqualTo(base);
        assertThat(of(new ModelInput(plain.document(), json("{\"maxLength\":5}"), "o.json")))
                .isNotEqualTo(of(new ModelInput(plain.document(), json("{\"maxLength\":5}"), "renamed.json")));
    }

    @Test
    void changesWithTheBuilderStyleSoThatSwitchingToPlainBuildersRegenerates() {
        ModelInput plain = model("{}");
        assertThat(Fingerprint.of("1.0", new GeneratorOptions("com.acme.oxen", true, true), List.of(plain))).isNotEqualTo(of(plain));
        assertThat(Fingerprint.of("1.0", new GeneratorOptions("com.acme.oxen", true, false), List.of(plain))).isEqualTo(of(plain));
    }

    @Test
    void changesWithTheJacksonDialectSoThatSwitchingItRegenerates() {
        ModelInput plain = model("{}");
        Fingerprint jackson3 = Fingerprint.of("1.0", new GeneratorOptions("com.acme.oxen", true, JacksonDialect.JACKSON_3), List.of(plain));

        assertThat(jackson3).isNotEqualTo(of(plain));
        assertThat(Fingerprint.of("1.0", new GeneratorOptions("com.acme.oxen", true, JacksonDialect.JACKSON_2), List.of(plain)))
                .isEqualTo(of(plain));
    }

    @Test
    void doesNotConfuseFieldBoundaries() {
        ModelInput ab = ModelInput.of(new ModelDocument("ab", "c", null, "m.json"));
        ModelInput a = ModelInput.of(new ModelDocument("a", "bc", null, "m.json"));
        assertThat(of(ab)).isNotEqualTo(of(a));
    }

    @Test
    void isTheSameWhetherTheContractWasFetchedOrReadFromTheSnapshot() {
        JsonNode schema = json("{\"type\":\"object\"}");
        ModelInput fetched = ModelInput.of(new ModelDocument("m", "/images/generate", schema, "https://hub.oxen.ai/api/ai/models/m"));
        ModelInput fromSnapshot = ModelInput.of(new ModelDocument("m", "/images/generate", schema, "src/main/oxen/m.json"));
        assertThat(of(fetched)).isEqualTo(of(fromSnapshot));
    }

    @Test
    void survivesAStoreAndReadBack(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("out").resolve(Fingerprint.FILE_NAME);
        Fingerprint fingerprint = of(model("{}"));

        fingerprint.writeTo(file);

        assertThat(Fingerprint.readFrom(file)).contains(fingerprint);
        Fingerprint.deleteAt(file);
        assertThat(Fingerprint.readFrom(file)).isEmpty();
    }

    @Test
    void readsAnUnreadableStoredFingerprintAsNone(@TempDir Path temp) throws IOException {
        Path file = temp.resolve(Fingerprint.FILE_NAME);
        Files.writeString(file, "not a digest");
        assertThat(Fingerprint.readFrom(file)).isEmpty();
    }
}
