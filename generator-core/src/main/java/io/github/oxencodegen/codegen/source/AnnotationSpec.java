package io.github.oxencodegen.codegen.source;

import com.palantir.javapoet.ClassName;
import io.github.oxencodegen.codegen.text.JavaCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An annotation with its members in the order they were added, each member one or more values. */
public final class AnnotationSpec {
    private final ClassName type;
    private final Map<String, List<JavaCode>> members;

    private AnnotationSpec(Builder builder) {
        this.type = builder.type;
        Map<String, List<JavaCode>> copy = new LinkedHashMap<>();
        builder.members.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.members = Collections.unmodifiableMap(copy);
    }

    public static AnnotationSpec get(ClassName type) {
        return builder(type).build();
    }

    public static AnnotationSpec get(Class<?> type) {
        return get(ClassName.get(type));
    }

    public static Builder builder(Class<?> type) {
        return builder(ClassName.get(type));
    }

    public static Builder builder(ClassName type) {
        return new Builder(type);
    }

    public ClassName type() {
        return type;
    }

    Map<String, List<JavaCode>> members() {
        return members;
    }

    public static final class Builder {
        private final ClassName type;
        private final Map<String, List<JavaCode>> members = new LinkedHashMap<>();

        private Builder(ClassName type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        /** Adds a value to member {@code name}; a second value makes the member an array. */
        public Builder addMember(String name, String format, Object... args) {
            return addMember(name, JavaCode.of(format, args));
        }

        public Builder addMember(String name, JavaCode value) {
            members.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            return this;
        }

        public AnnotationSpec build() {
            return new AnnotationSpec(this);
        }
    }
}
