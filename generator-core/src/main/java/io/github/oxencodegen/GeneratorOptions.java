package io.github.oxencodegen;

import java.util.Objects;

/**
 * How to generate.
 *
 * @param basePackage the Java package under which each model gets a package of its own, and where
 *                    the shared support types (violation, exception) are generated once
 */
public record GeneratorOptions(String basePackage) {
    public GeneratorOptions {
        Objects.requireNonNull(basePackage, "basePackage");
    }
}
