package io.github.oxencodegen;

import io.github.oxencodegen.codegen.support.JacksonDialect;
import java.util.Objects;

/**
 * How to generate.
 *
 * @param basePackage the Java package under which each model gets a package of its own, and where
 *                    the shared support types (violation, exception) are generated once
 * @param client      whether the Oxen client ({@code OxenClient} and its types) is generated beside the
 *                    support types, and every request class with an endpoint implements {@code OxenRequest}
 * @param jackson     the Jackson the generated code is written for
 */
public record GeneratorOptions(String basePackage, boolean client, JacksonDialect jackson) {
    public GeneratorOptions {
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(jackson, "jackson");
    }

    /** Options for {@code basePackage}, with or without the client, for Jackson 2. */
    public GeneratorOptions(String basePackage, boolean client) {
        this(basePackage, client, JacksonDialect.JACKSON_2);
    }

    /** Options for {@code basePackage}, with the client, for Jackson 2. */
    public GeneratorOptions(String basePackage) {
        this(basePackage, true);
    }
}
