package io.github.oxencodegen.schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The first stage of the pipeline: overlay, normalisation, meta-schema check. What comes out is a
 * {@link PreparedContract} that code generation and contract comparison both read.
 */
public final class ContractPreparer {
    private ContractPreparer() {}

    /** Prepares the contract of a model that has a request schema. */
    public static PreparedContract prepare(ModelInput input) throws SchemaException {
        ModelDocument document = input.document();
        if (!document.hasRequestSchema()) {
            throw new SchemaException(document.source(), document.id(), null,
                    "the model publishes no request schema (a chat model?); there is nothing to generate");
        }
        JsonNode schema = document.requestSchema();
        if (input.overlay() != null) {
            if (!input.overlay().isObject()) {
                throw new SchemaException(input.overlaySource(), document.id(), null,
                        "an overlay must be a JSON object (an RFC 7396 merge patch of the request schema)");
            }
            schema = MergePatch.apply(schema, input.overlay());
        }
        if (!schema.isObject() && !schema.isBoolean()) {
            throw new SchemaException(document.source(), document.id(), "", "the request schema must be a JSON object");
        }
        JsonNode normalized = SchemaNormalizer.normalize(schema, document.id());
        MetaSchemaCheck.check(normalized, document.id(), sourceOf(input));
        return new PreparedContract(document.id(), document.endpoint(), normalized, CanonicalJson.sha256(normalized), sourceOf(input));
    }

    private static String sourceOf(ModelInput input) {
        String source = input.document().source();
        return input.overlaySource() == null ? source : source + " with overlay " + input.overlaySource();
    }
}
