package io.github.oxencodegen.codegen.validator;

import io.github.oxencodegen.codegen.text.JavaCode;

/**
 * How generated code applies a subschema to a value: the boolean schemas (and schemas with no
 * validating keyword) inline, any other schema through its pair of methods.
 */
final class Subschema {
    static final Subschema ALWAYS = new Subschema(null, null, null);
    static final Subschema NEVER = new Subschema(null, null, null);

    private final String pointer;
    private final String fastMethod;
    private final String collectMethod;
    /** How calls to this schema's methods are printed: by its own names, or those of the schema it shares methods with. */
    private final JavaCode.Name fastCall = () -> this.standIn != null ? "isValid" + this.standIn : this.sharedWith.fastMethod;
    private final JavaCode.Name collectCall = () -> this.standIn != null ? "collect" + this.standIn : this.sharedWith.collectMethod;
    /** The schema whose methods this one's calls print, once {@link MethodSharing} decided; this one until then. */
    private Subschema sharedWith = this;
    /** While {@link MethodSharing} compares bodies: the calls print as this stand-in; null otherwise. */
    private String standIn;

    private Subschema(String pointer, String fastMethod, String collectMethod) {
        this.pointer = pointer;
        this.fastMethod = fastMethod;
        this.collectMethod = collectMethod;
    }

    /** The schema whose methods stand for this one's (itself unless it shares another's). */
    Subschema sharedWith() {
        return sharedWith;
    }

    /** From now on calls to this schema's methods call those of {@code other}, whose body is the same. */
    void shareWith(Subschema other) {
        sharedWith = other;
    }

    /** Calls to this schema's methods print with the stem {@code name} while bodies are compared; null ends it. */
    void standIn(String name) {
        standIn = name;
    }

    /** A schema compiled to {@code boolean fastMethod(JsonNode)} and {@code void collectMethod(JsonNode, InstancePath, List)}. */
    static Subschema method(String pointer, String fastMethod, String collectMethod) {
        return new Subschema(pointer, fastMethod, collectMethod);
    }

    /** True when every value matches (the schema {@code true}, or one without validating keywords). */
    boolean always() {
        return this == ALWAYS;
    }

    /** True when no value matches (the schema {@code false}). */
    boolean never() {
        return this == NEVER;
    }

    /** The canonical pointer of the compiled schema; null for the inline ones. */
    String pointer() {
        return pointer;
    }

    String fastMethod() {
        return fastMethod;
    }

    String collectMethod() {
        return collectMethod;
    }

    /** A boolean expression: does {@code value} match? */
    JavaCode matches(JavaCode value) {
        if (always()) {
            return JavaCode.of("true");
        }
        if (never()) {
            return JavaCode.of("false");
        }
        return JavaCode.of("$N($L)", fastCall, value);
    }

    /** A boolean expression: does {@code value} fail? */
    JavaCode fails(JavaCode value) {
        if (always()) {
            return JavaCode.of("false");
        }
        if (never()) {
            return JavaCode.of("true");
        }
        return JavaCode.of("!$N($L)", fastCall, value);
    }

    /**
     * The statement that adds the violations of {@code value} at {@code path}; only for compiled schemas.
     * Keyword emitters go through {@link SchemaContext#collect}, which records the call: a collecting
     * method nobody is recorded to call is left out of the class.
     */
    JavaCode collect(JavaCode value, JavaCode path) {
        if (fastMethod == null) {
            throw new IllegalStateException("boolean schemas are reported by the keyword that applies them");
        }
        return JavaCode.builder().addStatement("$N($L, $L, out)", collectCall, value, path).build();
    }
}
