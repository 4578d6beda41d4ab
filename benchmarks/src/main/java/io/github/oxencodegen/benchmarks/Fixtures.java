package io.github.oxencodegen.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.ModelInput;
import io.github.oxencodegen.schema.ContractPreparer;
import io.github.oxencodegen.schema.ModelDocument;
import io.github.oxencodegen.schema.ModelDocumentReader;
import io.github.oxencodegen.schema.SchemaException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The Oxen fixtures the benchmarks read, packed into the benchmarks jar from
 * {@code generator-core/src/test/resources/fixtures}: the 20-model list and WAN 2.7
 * reference-to-video with its documented-limits overlay.
 */
public final class Fixtures {
    /** The model the validator benchmarks validate requests of. */
    public static final String WAN_MODEL_ID = "wan-v2-7-reference-to-video";

    private static final String ROOT = "fixtures/";

    private Fixtures() {}

    /** The bytes of a fixture, such as {@code models-list.json}. */
    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("fixture " + name + " is not on the classpath; build the benchmarks module first");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every model of {@code models-list.json}, the chat model without a request schema included. */
    public static List<ModelDocument> modelList() {
        return read("models-list.json");
    }

    /** WAN 2.7 reference-to-video with the documented-limits overlay, as the generator is given it. */
    public static ModelInput wanWithDocumentedLimits() {
        ModelDocument wan = read("models/" + WAN_MODEL_ID + ".json").get(0);
        String overlayName = "overlays/" + WAN_MODEL_ID + ".documented-limits.json";
        return new ModelInput(wan, json(overlayName), overlayName);
    }

    /**
     * The request schema the generated WAN validator was generated from: overlaid, normalised to
     * plain draft-07. The schema interpreters are given exactly this.
     */
    public static JsonNode wanPreparedSchema() {
        try {
            return ContractPreparer.prepare(wanWithDocumentedLimits()).schema();
        } catch (SchemaException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static List<ModelDocument> read(String name) {
        try {
            return new ModelDocumentReader().read(json(name), ROOT + name, null);
        } catch (SchemaException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static JsonNode json(String name) {
        try {
            return ModelDocumentReader.parseJson(bytes(name), ROOT + name);
        } catch (SchemaException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
