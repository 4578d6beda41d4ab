/** The generator's entry point: model documents in, Java sources out, nothing written ({@link io.github.oxencodegen.Generator}). */
package io.github.oxencodegen;
