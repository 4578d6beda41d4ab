/**
 * The support types emitted once per base package for every generated validator: {@code Violation},
 * {@code ValidationException}, and the helpers validators call at run time (instance paths, JSON
 * equality and exact number arithmetic, the {@code format} checks, Oxen's {@code x-media-references}).
 * They are not built here: they are the ordinary Java sources of {@code io.github.oxencodegen.runtime},
 * which {@link io.github.oxencodegen.codegen.support.RuntimeCopier} copies into the base package with
 * only the package line rewritten. This package names them ({@link io.github.oxencodegen.codegen.support.SupportTypes})
 * for the validator emitter and lists the {@code format}s they check ({@link io.github.oxencodegen.codegen.support.KnownFormat}).
 * Generated code needs only the JDK and jackson-databind.
 */
package io.github.oxencodegen.codegen.support;
