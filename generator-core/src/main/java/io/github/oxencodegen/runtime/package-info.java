/**
 * The runtime every consumer gets, written as ordinary Java: the types the generated validators
 * call ({@code Violation}, {@code ValidationException}, {@code InstancePath}, {@code JsonValues},
 * {@code JsonFormats}, {@code MediaReferences}). They are compiled and unit-tested here like any
 * other class, and their source text is also packaged as resources beside the classes; at
 * generation time {@code codegen.support.RuntimeCopier} copies each source into the consumer's
 * base package, rewriting the {@code package} line and nothing else. Generated code therefore
 * needs no runtime library of ours, and what varies per model stays generated with JavaPoet.
 *
 * <p>Rules for the files here: they import only the JDK and Jackson (jackson-databind 2.15 or
 * later), never the generator; they name this package only on their first line; and they depend
 * on one another only within the same package, so that any subset the generator emits compiles.
 * This file itself is not copied.
 */
package io.github.oxencodegen.runtime;
