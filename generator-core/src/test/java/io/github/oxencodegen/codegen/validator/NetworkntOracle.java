package io.github.oxencodegen.codegen.validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * The reference validator: networknt json-schema-validator 2.x, draft-07, with format assertions
 * switched on (draft-07 leaves {@code format} an annotation unless asked).
 */
final class NetworkntOracle {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private final Schema schema;

    NetworkntOracle(JsonNode schema) {
        this.schema = REGISTRY.getSchema(schema);
    }

    /** Every error networknt reports for {@code instance}. */
    List<Error> errors(JsonNode instance) {
        return schema.validate(instance, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    }
}
