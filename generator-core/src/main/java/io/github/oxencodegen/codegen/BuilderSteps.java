package io.github.oxencodegen.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.oxencodegen.codegen.source.AnnotationSpec;
import io.github.oxencodegen.codegen.source.MethodSpec;
import io.github.oxencodegen.codegen.source.TypeSpec;
import io.github.oxencodegen.codegen.text.JavadocText;
import io.github.oxencodegen.model.ObjectType;
import io.github.oxencodegen.model.Property;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The staged builder, which makes the compiler ask for every required property: {@code builder()}
 * returns the step of the first required property, an interface whose only methods set it (the
 * setter, its numeric overload, the adder of a list) and return the step of the next one; the last
 * step returns the {@code Builder} itself, the only place with {@code build()}, the optional
 * properties and {@code additionalProperty}. Leaving out {@code prompt} is then a compile error
 * naming {@code PromptStep}. The steps carry nothing but the next required property, as Immutables'
 * staged builders do, so that completion at each step offers exactly what is missing; the
 * {@code Builder} implements every step, so {@code toBuilder()} and Jackson use it directly.
 * Without required properties (or when plain builders are asked for) there are no steps.
 */
final class BuilderSteps {
    private final ClassName owner;
    private final ClassName builder;
    private final Map<String, ClassName> stepByProperty = new LinkedHashMap<>();
    private final List<Property> required = new ArrayList<>();

    private BuilderSteps(ObjectType type, ClassName owner, boolean staged) {
        this.owner = owner;
        this.builder = owner.nestedClass("Builder");
        if (!staged) {
            return;
        }
        Set<String> taken = new HashSet<>(Set.of(owner.simpleName(), "Builder"));
        for (Property property : type.properties()) {
            if (property.required()) {
                String name = BuilderEmitter.capitalize(property.javaName()) + "Step";
                for (int n = 2; !taken.add(name); n++) {
                    name = BuilderEmitter.capitalize(property.javaName()) + "Step" + n;
                }
                required.add(property);
                stepByProperty.put(property.javaName(), owner.nestedClass(name));
            }
        }
    }

    /** The steps of {@code type}'s builder; none unless {@code staged} and it has a required property. */
    static BuilderSteps of(ObjectType type, ClassName owner, boolean staged) {
        return new BuilderSteps(type, owner, staged);
    }

    /** What {@code builder()} returns: the first step, or the builder when there are no steps. */
    TypeName entry() {
        return required.isEmpty() ? builder : stepByProperty.get(required.get(0).javaName());
    }

    /** The step interfaces, in order, which the builder implements. */
    List<ClassName> interfaces() {
        return List.copyOf(stepByProperty.values());
    }

    boolean isStep(Property property) {
        return stepByProperty.containsKey(property.javaName());
    }

    /** The builder's method {@code method} for {@code property}, marked {@code @Override} when it implements a step. */
    MethodSpec implementing(Property property, MethodSpec method) {
        if (!isStep(property)) {
            return method;
        }
        List<AnnotationSpec> annotations = new ArrayList<>();
        annotations.add(AnnotationSpec.builder(Override.class).build());
        annotations.addAll(method.annotations());
        return MethodSpec.methodBuilder(method.name())
                .addJavadoc(method.javadoc())
                .addAnnotations(annotations)
                .addModifiers(method.modifiers())
                .returns(method.returnType())
                .addParameters(method.parameters())
                .addCode(method.code())
                .build();
    }

    /**
     * The step interfaces, given the builder's methods for each required property (by Java name): each
     * step declares the same methods, returning the next step.
     */
    List<TypeSpec> emit(Map<String, List<MethodSpec>> methodsByProperty) {
        List<TypeSpec> steps = new ArrayList<>();
        for (int i = 0; i < required.size(); i++) {
            Property property = required.get(i);
            boolean last = i == required.size() - 1;
            ClassName next = last ? builder : stepByProperty.get(required.get(i + 1).javaName());
            String then = last
                    ? "then the {@link Builder}, where the optional properties and {@link Builder#build()} are"
                    : "then {@link " + next.simpleName() + "}, for {@code " + JavadocText.escape(required.get(i + 1).jsonName()) + "}";
            TypeSpec.Builder step = TypeSpec.interfaceBuilder(stepByProperty.get(property.javaName()))
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("Step $L of $L of {@link $T#builder()}: the required {@code $L};\n$L.\n",
                            i + 1, required.size(), owner, JavadocText.escape(property.jsonName()), then);
            for (MethodSpec method : methodsByProperty.getOrDefault(property.javaName(), List.of())) {
                step.addMethod(abstractOf(method, next, last));
            }
            steps.add(step.build());
        }
        return steps;
    }

    private static MethodSpec abstractOf(MethodSpec method, ClassName next, boolean last) {
        String javadoc = method.javadoc().toString();
        String returns = last ? "@return the builder, where the optional properties and {@code build()} are" : "@return the next step";
        if (!javadoc.contains("@return this builder")) {
            throw new IllegalStateException("a builder method's Javadoc lost its @return: " + method.name());
        }
        MethodSpec.Builder step = MethodSpec.methodBuilder(method.name())
                .addJavadoc("$L", javadoc.replace("@return this builder", returns))
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(next)
                .addParameters(method.parameters());
        if (method.annotations().stream().anyMatch(a -> a.type().equals(ClassName.get(Deprecated.class)))) {
            step.addAnnotation(Deprecated.class);
        }
        return step.build();
    }
}
