package io.github.oxencodegen.codegen.support;

import com.palantir.javapoet.ClassName;

/** JDK and Jackson types the support emitters name often. */
final class ClassNames {
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    static final ClassName PATTERN = ClassName.get("java.util.regex", "Pattern");
    static final ClassName MATCHER = ClassName.get("java.util.regex", "Matcher");
    static final ClassName BIG_DECIMAL = ClassName.get("java.math", "BigDecimal");

    private ClassNames() {}
}
