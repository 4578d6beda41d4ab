package io.github.oxencodegen.model;

import java.util.Set;

/** Java member names for wire property names, kept clear of the members every generated class has. */
final class PropertyNamer {
    /** Members of generated classes and builders (and of {@code Object}) that a property may not take. */
    static final Set<String> RESERVED_MEMBERS = Set.of(
            "builder", "toBuilder", "toJson", "toJsonNode", "fromJson", "equals", "hashCode", "toString", "getClass",
            "notify", "notifyAll", "wait", "clone", "finalize", "additionalProperties", "additionalProperty",
            "build", "buildUnvalidated", "validate", "isValid", "model", "value", "values", "valueOf", "fromValue",
            "ordinal", "name", "compareTo");

    /** A scope of the reserved members, copied for each class and never claimed in itself. */
    private static final JavaNames.Scope RESERVED_SCOPE = new JavaNames.Scope(RESERVED_MEMBERS);

    String javaName(String jsonName) {
        String name = JavaNames.lowerCamel(jsonName, "value");
        return RESERVED_MEMBERS.contains(name) ? name + "Value" : name;
    }

    JavaNames.Scope newScope() {
        return RESERVED_SCOPE.copy();
    }
}
