package io.github.oxencodegen.codegen.source;

import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** A method parameter: annotations (printed on the same line), modifiers, type and name. */
public final class ParameterSpec {
    private final String name;
    private final TypeName type;
    private final List<AnnotationSpec> annotations;
    private final Set<Modifier> modifiers;

    private ParameterSpec(Builder builder) {
        this.name = builder.name;
        this.type = builder.type;
        this.annotations = List.copyOf(builder.annotations);
        this.modifiers = Modifiers.of(builder.modifiers);
    }

    public static Builder builder(java.lang.reflect.Type type, String name, Modifier... modifiers) {
        return builder(TypeName.get(type), name, modifiers);
    }

    public static Builder builder(TypeName type, String name, Modifier... modifiers) {
        return new Builder(type, name).addModifiers(modifiers);
    }

    public String name() {
        return name;
    }

    public TypeName type() {
        return type;
    }

    List<AnnotationSpec> annotations() {
        return annotations;
    }

    Set<Modifier> modifiers() {
        return modifiers;
    }

    public static final class Builder {
        private final String name;
        private final TypeName type;
        private final List<AnnotationSpec> annotations = new ArrayList<>();
        private final List<Modifier> modifiers = new ArrayList<>();

        private Builder(TypeName type, String name) {
            this.type = Objects.requireNonNull(type, "type");
            this.name = Objects.requireNonNull(name, "name");
        }

        public Builder addAnnotation(AnnotationSpec annotation) {
            annotations.add(annotation);
            return this;
        }

        public Builder addModifiers(Modifier... added) {
            modifiers.addAll(List.of(added));
            return this;
        }

        public ParameterSpec build() {
            return new ParameterSpec(this);
        }
    }
}
