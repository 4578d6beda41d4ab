package io.github.oxencodegen.codegen.validator;

import java.util.Set;

/**
 * The JSON type a group of keywords applies to: string keywords judge only strings, number keywords
 * only numbers, and so on; any other value passes them, as draft-07 says.
 */
enum Guard {
    ANY(null),
    STRING("node.isTextual()"),
    NUMBER("node.isNumber()"),
    ARRAY("node.isArray()"),
    OBJECT("node.isObject()");

    private final String condition;

    Guard(String condition) {
        this.condition = condition;
    }

    /** The Java condition on {@code node}; null for {@link #ANY}. */
    String condition() {
        return condition;
    }

    /** True when every value of the {@code allowed} JSON types passes this guard. */
    boolean impliedBy(Set<String> allowed) {
        if (this == ANY) {
            return true;
        }
        return allowed != null && !allowed.isEmpty() && allowed.stream().allMatch(this::admits);
    }

    /** True when no value of the {@code allowed} JSON types passes this guard. */
    boolean excludedBy(Set<String> allowed) {
        return this != ANY && allowed != null && allowed.stream().noneMatch(this::admits);
    }

    private boolean admits(String type) {
        return switch (this) {
            case ANY -> true;
            case STRING -> type.equals("string");
            case NUMBER -> type.equals("number") || type.equals("integer");
            case ARRAY -> type.equals("array");
            case OBJECT -> type.equals("object");
        };
    }
}
