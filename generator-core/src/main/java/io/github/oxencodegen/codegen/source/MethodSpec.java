package io.github.oxencodegen.codegen.source;

import com.palantir.javapoet.TypeName;
import io.github.oxencodegen.codegen.text.JavaCode;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * A method or constructor: Javadoc, annotations, modifiers, return type, parameters, exceptions and
 * body. An {@code abstract} method has no body.
 */
public final class MethodSpec {
    static final String CONSTRUCTOR = "<init>";

    private final String name;
    private final boolean constructor;
    private final JavaCode javadoc;
    private final List<AnnotationSpec> annotations;
    private final Set<Modifier> modifiers;
    private final TypeName returnType;
    private final List<ParameterSpec> parameters;
    private final List<TypeName> exceptions;
    private final JavaCode code;

    private MethodSpec(Builder builder) {
        this.name = builder.name;
        this.constructor = name.equals(CONSTRUCTOR);
        this.javadoc = builder.javadoc.build();
        this.annotations = List.copyOf(builder.annotations);
        this.modifiers = Modifiers.of(builder.modifiers);
        this.returnType = builder.returnType;
        this.parameters = List.copyOf(builder.parameters);
        this.exceptions = List.copyOf(builder.exceptions);
        this.code = builder.code.build();
    }

    public static Builder methodBuilder(String name) {
        return new Builder(name);
    }

    public static Builder constructorBuilder() {
        return new Builder(CONSTRUCTOR);
    }

    public String name() {
        return name;
    }

    public TypeName returnType() {
        return returnType;
    }

    public List<ParameterSpec> parameters() {
        return parameters;
    }

    public boolean isConstructor() {
        return constructor;
    }

    public JavaCode javadoc() {
        return javadoc;
    }

    public List<AnnotationSpec> annotations() {
        return annotations;
    }

    public Set<Modifier> modifiers() {
        return modifiers;
    }

    List<TypeName> exceptions() {
        return exceptions;
    }

    public JavaCode code() {
        return code;
    }

    /** Builds a method as JavaPoet's {@code MethodSpec.Builder} does, with the same control-flow shapes. */
    public static final class Builder extends DeclarationBuilder<Builder> {
        private final String name;
        private TypeName returnType;
        private final List<ParameterSpec> parameters = new ArrayList<>();
        /** A set, as JavaPoet's: an exception named twice is thrown once. */
        private final Set<TypeName> exceptions = new LinkedHashSet<>();
        private final JavaCode.Builder code = JavaCode.builder();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
            this.returnType = name.equals(CONSTRUCTOR) ? null : TypeName.VOID;
        }

        @Override
        Builder self() {
            return this;
        }

        public Builder returns(TypeName type) {
            if (name.equals(CONSTRUCTOR)) {
                throw new IllegalStateException("constructor cannot have return type.");
            }
            this.returnType = Objects.requireNonNull(type, "type");
            return this;
        }

        public Builder returns(Type type) {
            return returns(TypeName.get(type));
        }

        public Builder addParameter(ParameterSpec parameter) {
            parameters.add(parameter);
            return this;
        }

        public Builder addParameter(TypeName type, String parameterName, Modifier... parameterModifiers) {
            return addParameter(ParameterSpec.builder(type, parameterName, parameterModifiers).build());
        }

        public Builder addParameter(Type type, String parameterName, Modifier... parameterModifiers) {
            return addParameter(TypeName.get(type), parameterName, parameterModifiers);
        }

        public Builder addParameters(Iterable<ParameterSpec> added) {
            added.forEach(parameters::add);
            return this;
        }

        public Builder addException(TypeName exception) {
            exceptions.add(exception);
            return this;
        }

        public Builder addCode(String format, Object... args) {
            code.add(format, args);
            return this;
        }

        public Builder addCode(JavaCode added) {
            code.add(added);
            return this;
        }

        /** A line comment: {@code // } and the text. */
        public Builder addComment(String format, Object... args) {
            code.add("// " + format + "\n", args);
            return this;
        }

        public Builder addStatement(String format, Object... args) {
            code.addStatement(format, args);
            return this;
        }

        public Builder beginControlFlow(String controlFlow, Object... args) {
            code.beginControlFlow(controlFlow, args);
            return this;
        }

        public Builder nextControlFlow(String controlFlow, Object... args) {
            code.nextControlFlow(controlFlow, args);
            return this;
        }

        public Builder endControlFlow() {
            code.endControlFlow();
            return this;
        }

        public MethodSpec build() {
            return new MethodSpec(this);
        }
    }
}
