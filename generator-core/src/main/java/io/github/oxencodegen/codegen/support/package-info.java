/**
 * The support types generated once per base package for every generated validator: {@code Violation},
 * {@code ValidationException}, and the helpers validators call at run time (instance paths, JSON
 * equality and exact number arithmetic, the {@code format} checks, Oxen's {@code x-media-references}).
 * Generated code needs only the JDK and jackson-databind.
 */
package io.github.oxencodegen.codegen.support;
