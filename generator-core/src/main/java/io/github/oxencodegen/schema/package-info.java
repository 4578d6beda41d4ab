/** The first stage: reading Oxen model documents, applying overlays, normalising the lenient dialect to draft-07 and checking it; knows JSON Schema, not Java. */
package io.github.oxencodegen.schema;
