package io.github.oxencodegen.schema;

/**
 * Bad input to the generator: a model document that cannot be read, or a request schema that is
 * malformed or uses something the generator cannot honour. The message always names where: the
 * source (file or URL), the model id when known, and the JSON Pointer of the offending keyword.
 */
public final class SchemaException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String modelId;
    private final String pointer;
    private final String reason;

    public SchemaException(String source, String modelId, String pointer, String reason) {
        this(source, modelId, pointer, reason, null);
    }

    public SchemaException(String source, String modelId, String pointer, String reason, Throwable cause) {
        super(format(source, modelId, pointer, reason), cause);
        this.source = source;
        this.modelId = modelId;
        this.pointer = pointer;
        this.reason = reason;
    }

    private static String format(String source, String modelId, String pointer, String reason) {
        StringBuilder where = new StringBuilder();
        if (source != null && !source.isEmpty()) {
            where.append(source);
        }
        if (modelId != null && !modelId.isEmpty()) {
            if (where.length() > 0) {
                where.append(", ");
            }
            where.append("model '").append(modelId).append('\'');
        }
        if (pointer != null) {
            if (where.length() > 0) {
                where.append(", ");
            }
            where.append("at ").append(pointer.isEmpty() ? "#" : "#" + pointer);
        }
        return where.length() == 0 ? reason : where + ": " + reason;
    }

    /** The file or URL the document came from; may be null. */
    public String source() {
        return source;
    }

    /** The model id, when known; may be null. */
    public String modelId() {
        return modelId;
    }

    /** JSON Pointer into the request schema (empty string for the root); null when not about a keyword. */
    public String pointer() {
        return pointer;
    }

    /** The reason alone, without the location. */
    public String reason() {
        return reason;
    }
}
