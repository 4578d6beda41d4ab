package io.github.oxencodegen.diff;

/** Compares what one keyword (or a group of keywords read together) says in two versions of a subschema. */
@FunctionalInterface
interface KeywordRule {
    void compare(SchemaPair pair, SchemaComparison comparison);
}
