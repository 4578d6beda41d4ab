package io.github.oxencodegen.codegen.validator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

/** Type names of the JDK and Jackson that generated validators use. */
final class JavaTypes {
    static final ClassName PATTERN = ClassName.get("java.util.regex", "Pattern");
    static final ClassName BIG_DECIMAL = ClassName.get("java.math", "BigDecimal");
    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    static final ClassName NULL_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "NullNode");
    static final ClassName TEXT_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "TextNode");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName SET = ClassName.get("java.util", "Set");
    static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    static final ClassName MAP_ENTRY = ClassName.get("java.util", "Map", "Entry");
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    static final TypeName STRING_SET = ParameterizedTypeName.get(SET, ClassName.get(String.class));
    static final TypeName NODE_LIST = ParameterizedTypeName.get(LIST, JSON_NODE);

    private JavaTypes() {}

    /** {@code List<element>}. */
    static TypeName listOf(ClassName element) {
        return ParameterizedTypeName.get(LIST, element);
    }
}
