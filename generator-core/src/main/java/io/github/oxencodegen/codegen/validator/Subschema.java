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
    private final Call fastCall = new Call(true);
    private final Call collectCall = new Call(false);
    /** The schema whose methods this one's calls print, once {@link MethodSharing} decided; this one until then. */
    private Subschema sharedWith = this;

    /**
     * A call of this schema's fast or collecting method, as it is named in generated code: printed by
     * the name of the method it calls when the code is printed, and known for a call by
     * {@link MethodSharing}, which compares bodies with each call standing for its callee's group.
     */
    final class Call implements JavaCode.Name {
        private final boolean fast;

        private Call(boolean fast) {
            this.fast = fast;
        }

        Subschema callee() {
            return Subschema.this;
        }

        boolean fast() {
            return fast;
        }

        @Override
        public String name() {
            return fast ? sharedWith.fastMethod : sharedWith.collectMethod;
        }
    }

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
