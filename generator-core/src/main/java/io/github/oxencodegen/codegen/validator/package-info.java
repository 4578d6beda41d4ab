/**
 * Compiles a normalised request schema into a validator class that judges every instance exactly as a
 * draft-07 validator would: one boolean method and one collecting method per subschema, one small
 * emitter per keyword family, {@code $ref}s resolved by {@code schema.RefResolver}.
 */
package io.github.oxencodegen.codegen.validator;
