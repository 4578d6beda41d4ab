package io.github.oxencodegen.codegen.source;

import com.palantir.javapoet.TypeName;
import io.github.oxencodegen.codegen.text.JavaCode;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** A field: Javadoc, annotations, modifiers, type, name and an optional initializer. */
public final class FieldSpec {
    private final TypeName type;
    private final String name;
    private final JavaCode javadoc;
    private final List<AnnotationSpec> annotations;
    private final Set<Modifier> modifiers;
    private final JavaCode initializer;

    private FieldSpec(Builder builder) {
        this.type = builder.type;
        this.name = builder.name;
        this.javadoc = builder.javadoc.build();
        this.annotations = List.copyOf(builder.annotations);
        this.modifiers = Modifiers.of(builder.modifiers);
        this.initializer = builder.initializer;
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

    JavaCode javadoc() {
        return javadoc;
    }

    List<AnnotationSpec> annotations() {
        return annotations;
    }

    Set<Modifier> modifiers() {
        return modifiers;
    }

    JavaCode initializer() {
        return initializer;
    }

    public static final class Builder extends DeclarationBuilder<Builder> {
        private final TypeName type;
        private final String name;
        private JavaCode initializer = JavaCode.of("");

        private Builder(TypeName type, String name) {
            this.type = Objects.requireNonNull(type, "type");
            this.name = Objects.requireNonNull(name, "name");
        }

        @Override
        Builder self() {
            return this;
        }

        public Builder initializer(String format, Object... args) {
            return initializer(JavaCode.of(format, args));
        }

        public Builder initializer(JavaCode code) {
            this.initializer = Objects.requireNonNull(code, "code");
            return this;
        }

        public FieldSpec build() {
            return new FieldSpec(this);
        }
    }
}
