package io.github.oxencodegen;

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
 */
public record GeneratorOptions(String basePackage, boolean client, boolean plainBuilders) {
    public GeneratorOptions {
        Objects.requireNonNull(basePackage, "basePackage");
    }

    /** Options for {@code basePackage}, with or without the client, and staged builders. */
    public GeneratorOptions(String basePackage, boolean client) {
        this(basePackage, client, false);
    }

    /** Options for {@code basePackage}, with the client and staged builders. */
    public GeneratorOptions(String basePackage) {
        this(basePackage, true, false);
    }
}
