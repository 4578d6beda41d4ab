package io.github.oxencodegen.codegen.source;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.oxencodegen.codegen.text.JavaCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * A class, interface or enum, or the body of an enum constant ({@link #anonymousClassBuilder}): its
 * Javadoc, annotations, modifiers, supertypes and members. Members print in JavaPoet's order: enum
 * constants, static fields, instance fields, constructors, methods, nested types.
 */
public final class TypeSpec {
    /** What is declared, with the modifiers a member of it has without saying so. */
    enum Kind {
        CLASS("class", Set.of(), Set.of(), Set.of(), Set.of()),
        INTERFACE("interface", Set.of(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL), Set.of(Modifier.PUBLIC, Modifier.ABSTRACT),
                Set.of(Modifier.PUBLIC, Modifier.STATIC), Set.of(Modifier.STATIC)),
        ENUM("enum", Set.of(), Set.of(), Set.of(), Set.of(Modifier.STATIC));

        final String keyword;
        final Set<Modifier> implicitFieldModifiers;
        final Set<Modifier> implicitMethodModifiers;
        final Set<Modifier> implicitTypeModifiers;
        final Set<Modifier> asMemberModifiers;

        Kind(String keyword, Set<Modifier> implicitFieldModifiers, Set<Modifier> implicitMethodModifiers,
                Set<Modifier> implicitTypeModifiers, Set<Modifier> asMemberModifiers) {
            this.keyword = keyword;
            this.implicitFieldModifiers = implicitFieldModifiers;
            this.implicitMethodModifiers = implicitMethodModifiers;
            this.implicitTypeModifiers = implicitTypeModifiers;
            this.asMemberModifiers = asMemberModifiers;
        }
    }

    private final Kind kind;
    private final String name;
    private final JavaCode anonymousArguments;
    private final JavaCode javadoc;
    private final List<AnnotationSpec> annotations;
    private final Set<Modifier> modifiers;
    private final TypeName superclass;
    private final List<TypeName> superinterfaces;
    private final Map<String, TypeSpec> enumConstants;
    private final List<FieldSpec> fields;
    private final List<MethodSpec> methods;
    private final List<TypeSpec> types;
    private final Set<String> nestedTypeNames;

    private TypeSpec(Builder builder) {
        this.kind = builder.kind;
        this.name = builder.name;
        this.anonymousArguments = builder.anonymousArguments;
        this.javadoc = builder.javadoc.build();
        this.annotations = List.copyOf(builder.annotations);
        this.modifiers = Modifiers.of(builder.modifiers);
        this.superclass = builder.superclass;
        this.superinterfaces = List.copyOf(builder.superinterfaces);
        this.enumConstants = Collections.unmodifiableMap(new LinkedHashMap<>(builder.enumConstants));
        this.fields = List.copyOf(builder.fields);
        this.methods = List.copyOf(builder.methods);
        this.types = List.copyOf(builder.types);
        Set<String> nested = new HashSet<>();
        for (TypeSpec type : types) {
            nested.add(type.name);
        }
        this.nestedTypeNames = Collections.unmodifiableSet(nested);
    }

    public static Builder classBuilder(String name) {
        return new Builder(Kind.CLASS, name, null);
    }

    public static Builder classBuilder(ClassName name) {
        return classBuilder(name.simpleName());
    }

    public static Builder interfaceBuilder(String name) {
        return new Builder(Kind.INTERFACE, name, null);
    }

    public static Builder interfaceBuilder(ClassName name) {
        return interfaceBuilder(name.simpleName());
    }

    public static Builder enumBuilder(String name) {
        return new Builder(Kind.ENUM, name, null);
    }

    public static Builder enumBuilder(ClassName name) {
        return enumBuilder(name.simpleName());
    }

    /** The body of an enum constant, with the arguments passed to the enum's constructor. */
    public static Builder anonymousClassBuilder(String format, Object... args) {
        return new Builder(Kind.CLASS, null, JavaCode.of(format, args));
    }

    public String name() {
        return name;
    }

    public List<MethodSpec> methodSpecs() {
        return methods;
    }

    public List<FieldSpec> fieldSpecs() {
        return fields;
    }

    public List<TypeSpec> typeSpecs() {
        return types;
    }

    Kind kind() {
        return kind;
    }

    JavaCode anonymousArguments() {
        return anonymousArguments;
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

    /** The superclass, or null for {@code Object}. */
    TypeName superclass() {
        return superclass;
    }

    List<TypeName> superinterfaces() {
        return superinterfaces;
    }

    Map<String, TypeSpec> enumConstants() {
        return enumConstants;
    }

    /** The simple names of the types declared directly inside this one. */
    Set<String> nestedTypeNames() {
        return nestedTypeNames;
    }

    /** Whether the body has members, so that an enum constant needs braces. */
    boolean hasMembers() {
        return !fields.isEmpty() || !methods.isEmpty() || !types.isEmpty();
    }

    public static final class Builder extends DeclarationBuilder<Builder> {
        private final Kind kind;
        private final String name;
        private final JavaCode anonymousArguments;
        private TypeName superclass;
        private final List<TypeName> superinterfaces = new ArrayList<>();
        private final Map<String, TypeSpec> enumConstants = new LinkedHashMap<>();
        private final List<FieldSpec> fields = new ArrayList<>();
        private final List<MethodSpec> methods = new ArrayList<>();
        private final List<TypeSpec> types = new ArrayList<>();

        private Builder(Kind kind, String name, JavaCode anonymousArguments) {
            if (anonymousArguments == null) {
                Objects.requireNonNull(name, "name");
            }
            this.kind = kind;
            this.name = name;
            this.anonymousArguments = anonymousArguments;
        }

        @Override
        Builder self() {
            return this;
        }

        public Builder superclass(TypeName type) {
            if (kind != Kind.CLASS) {
                throw new IllegalStateException("only classes have super classes, not " + kind);
            }
            this.superclass = type.equals(ClassName.OBJECT) ? null : type;
            return this;
        }

        public Builder addSuperinterface(TypeName type) {
            superinterfaces.add(Objects.requireNonNull(type, "type"));
            return this;
        }

        public Builder addSuperinterfaces(Iterable<? extends TypeName> added) {
            added.forEach(this::addSuperinterface);
            return this;
        }

        public Builder addEnumConstant(String constant) {
            return addEnumConstant(constant, anonymousClassBuilder("").build());
        }

        public Builder addEnumConstant(String constant, TypeSpec body) {
            if (kind != Kind.ENUM) {
                throw new IllegalStateException(name + " is not an enum");
            }
            enumConstants.put(constant, body);
            return this;
        }

        public Builder addField(FieldSpec field) {
            fields.add(field);
            return this;
        }

        public Builder addFields(Iterable<FieldSpec> added) {
            added.forEach(fields::add);
            return this;
        }

        public Builder addMethod(MethodSpec method) {
            methods.add(method);
            return this;
        }

        public Builder addMethods(Iterable<MethodSpec> added) {
            added.forEach(methods::add);
            return this;
        }

        public Builder addType(TypeSpec type) {
            types.add(type);
            return this;
        }

        public Builder addTypes(Iterable<TypeSpec> added) {
            added.forEach(types::add);
            return this;
        }

        public TypeSpec build() {
            if (kind == Kind.ENUM && enumConstants.isEmpty()) {
                throw new IllegalArgumentException("at least one enum constant is required for " + name);
            }
            return new TypeSpec(this);
        }
    }
}
