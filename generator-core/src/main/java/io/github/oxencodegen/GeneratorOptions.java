package io.github.oxencodegen;

import java.util.Objects;

/**
 * How to generate.
 *
 * @param basePackage the Java package under which each model gets a package of its own, and where
 *                    the shared support types (violation, exception) are generated once
 * @param client      whether the Oxen client ({@code OxenClient} and its types) is generated beside the
 *                    support types, and every request class with an endpoint implements {@code OxenRequest}
 */
public record GeneratorOptions(String basePackage, boolean client) {
    public GeneratorOptions {
        Objects.requireNonNull(basePackage, "basePackage");
    }

    /** Options for {@code basePackage}, with the client. */
    public GeneratorOptions(String basePackage) {
        this(basePackage, true);
    }
}
