/**
 * Text that comes from a schema, made safe for generated Java: Javadoc that cannot break out of its
 * comment. Used by the request emitters ({@code codegen}) and the validator emitter
 * ({@code codegen.validator}) alike, so that neither depends on the other for it.
 */
package io.github.oxencodegen.codegen.text;
