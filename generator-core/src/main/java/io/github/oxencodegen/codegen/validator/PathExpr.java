package io.github.oxencodegen.codegen.validator;

import com.palantir.javapoet.CodeBlock;

/**
 * Java expressions for locations in the instance, used only in collecting methods: the location
 * of the current value is the parameter {@code path}; children are built from it when reported.
 */
final class PathExpr {
    /** The location of the value the method judges. */
    static final CodeBlock HERE = CodeBlock.of("path");

    private PathExpr() {}

    /** The property {@code name} (a constant) of the current object. */
    static CodeBlock property(String name) {
        return CodeBlock.of("path.child($L)", JavaText.literal(name));
    }

    /** The property or element named by a local variable: a String name or an int index. */
    static CodeBlock child(String variable) {
        return CodeBlock.of("path.child($N)", variable);
    }

    /** The element at a constant index of the current array. */
    static CodeBlock element(int index) {
        return CodeBlock.of("path.child($L)", index);
    }
}
