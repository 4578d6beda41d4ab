package io.github.oxencodegen.schema;

/**
 * A {@code $ref} that {@link RefResolver} cannot follow, with the one wording every stage reports it
 * in. The generator turns it into a {@link SchemaException}; the contract differ reads such a
 * reference as a change it cannot prove harmless.
 */
public final class UnresolvableRef extends Exception {
    private static final long serialVersionUID = 1L;

    private final String schemaPointer;
    private final String ref;

    UnresolvableRef(String schemaPointer, String ref, String reason) {
        super(reason);
        this.schemaPointer = schemaPointer;
        this.ref = ref;
    }

    /** The pointer of the schema that holds the reference. */
    public String schemaPointer() {
        return schemaPointer;
    }

    /** The pointer of the {@code $ref} keyword itself: where the problem is reported. */
    public String pointer() {
        return JsonPointers.child(schemaPointer, Keyword.REF.jsonName());
    }

    /** The reference as written (JSON text when it is not a string). */
    public String ref() {
        return ref;
    }

    /** {@code e} as a generation error of model {@code modelId} read from {@code source} (may be null). */
    public SchemaException toSchemaException(String source, String modelId) {
        return new SchemaException(source, modelId, pointer(), getMessage(), this);
    }
}
