package io.github.oxencodegen.model;

/**
 * One place a generated type stands for: the JSON Pointer of a schema and that schema's own
 * documentation. A type shared by schemas of the same shape (see {@link SchemaShape}) has several.
 *
 * @param pointer       JSON Pointer of the schema
 * @param documentation its title, description and facts
 */
public record SharedPlace(String pointer, Documentation documentation) {}
