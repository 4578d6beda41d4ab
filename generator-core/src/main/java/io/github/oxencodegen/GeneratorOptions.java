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
 * @param plainBuilders whether builders stay plain ({@code build()} offered at once, a missing required
 *                    property refused when it runs) instead of staged (the compiler asks for every required
 *                    property, in order, before {@code build()})
 * @param jackson     the Jackson the generated code is written for
 */
public record GeneratorOptions(String basePackage, boolean client, boolean plainBuilders, JacksonDialect jackson) {
    public GeneratorOptions {
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(jackson, "jackson");
    }

    /** Options for {@code basePackage}, with or without the client, staged builders, for Jackson 2. */
    public GeneratorOptions(String basePackage, boolean client) {
        this(basePackage, client, false, JacksonDialect.JACKSON_2);
    }

    /** Options for {@code basePackage}, with or without the client and staged builders, for Jackson 2. */
    public GeneratorOptions(String basePackage, boolean client, boolean plainBuilders) {
        this(basePackage, client, plainBuilders, JacksonDialect.JACKSON_2);
    }

    /** Options for {@code basePackage}, with or without the client, staged builders, for {@code jackson}. */
    public GeneratorOptions(String basePackage, boolean client, JacksonDialect jackson) {
        this(basePackage, client, false, jackson);
    }

    /** Options for {@code basePackage}, with the client and staged builders, for Jackson 2. */
    public GeneratorOptions(String basePackage) {
        this(basePackage, true, false, JacksonDialect.JACKSON_2);
    }
}
