package io.github.oxencodegen.codegen.validator;

import io.github.oxencodegen.codegen.text.JavaCode;

/**
 * Java expressions for locations in the instance, used only in collecting methods: the location
 * of the current value is the parameter {@code path}; children are built from it when reported.
 */
final class PathExpr {
    /** The location of the value the method judges. */
    static final JavaCode HERE = JavaCode.of("path");

    private PathExpr() {}

    /** The property {@code name} (a constant) of the current object. */
    static JavaCode property(String name) {
        return JavaCode.of("path.child($L)", JavaText.literal(name));
    }

    /** The property or element named by a local variable: a String name or an int index. */
    static JavaCode child(String variable) {
        return JavaCode.of("path.child($N)", variable);
    }

    /** The element at a constant index of the current array. */
    static JavaCode element(int index) {
        return JavaCode.of("path.child($L)", index);
    }
}
