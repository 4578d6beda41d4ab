/**
 * The first stage: reading Oxen model documents, applying overlays, normalising the lenient dialect to draft-07 and checking it;
 * knows JSON Schema, not Java. It holds the schema core the later stages share: the {@link io.github.oxencodegen.schema.Keyword}
 * registry (one row per keyword) and the one {@code $ref} resolver, {@link io.github.oxencodegen.schema.RefResolver}.
 */
package io.github.oxencodegen.schema;
