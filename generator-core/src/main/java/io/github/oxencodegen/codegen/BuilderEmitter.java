package io.github.oxencodegen.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.oxencodegen.codegen.source.AnnotationSpec;
import io.github.oxencodegen.codegen.source.FieldSpec;
import io.github.oxencodegen.codegen.source.MethodSpec;
import io.github.oxencodegen.codegen.source.TypeSpec;
import io.github.oxencodegen.codegen.text.JavaCode;
import io.github.oxencodegen.codegen.text.JavadocText;
import io.github.oxencodegen.model.JavaNames;
import io.github.oxencodegen.model.JavaType;
import io.github.oxencodegen.model.ObjectType;
import io.github.oxencodegen.model.Property;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits the builder nested in every generated class: one method per property (named like the
 * property, annotated with its wire name so that Jackson reads JSON through it), adders for lists,
 * an escape hatch for properties newer than the generated code, {@code build()} that refuses an
 * invalid object and {@code buildUnvalidated()} for reading what others sent.
 */
final class BuilderEmitter {
    private BuilderEmitter() {}

    /** The builder and, when it is staged, the step interfaces it implements (both nested in the owner). */
    record Emitted(TypeSpec builder, List<TypeSpec> steps) {}

    static Emitted emit(ObjectType type, ClassName owner, String packageName, RequestMembers request, BuilderSteps steps,
            BuilderOptions options) {
        ClassName self = owner.nestedClass("Builder");
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds {@link $T}. Not thread-safe; reusable after {@code build()}.\n", owner)
                .addAnnotation(AnnotationSpec.builder(TypeNames.JSON_POJO_BUILDER)
                        .addMember("buildMethodName", "$S", "buildUnvalidated")
                        .addMember("withPrefix", "$S", "").build())
                .addAnnotation(AnnotationSpec.builder(TypeNames.JSON_AUTO_DETECT)
                        .addMember("fieldVisibility", "$T.Visibility.NONE", TypeNames.JSON_AUTO_DETECT)
                        .addMember("getterVisibility", "$T.Visibility.NONE", TypeNames.JSON_AUTO_DETECT)
                        .addMember("isGetterVisibility", "$T.Visibility.NONE", TypeNames.JSON_AUTO_DETECT)
                        .addMember("setterVisibility", "$T.Visibility.NONE", TypeNames.JSON_AUTO_DETECT)
                        .addMember("creatorVisibility", "$T.Visibility.NONE", TypeNames.JSON_AUTO_DETECT)
                        .build())
                .addSuperinterfaces(steps.interfaces());
        Map<String, List<MethodSpec>> stepMethods = new LinkedHashMap<>();
        MethodSpec.Builder copy = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(owner, "source");
        Set<String> taken = new HashSet<>();
        for (Property property : type.properties()) {
            taken.add(property.javaName());
        }
        List<String> wireNames = new ArrayList<>();
        for (Property property : type.properties()) {
            TypeName javaType = TypeNames.of(property.type(), packageName);
            wireNames.add(property.jsonName());
            spec.addField(FieldSpec.builder(javaType, property.javaName(), Modifier.PRIVATE).build());
            if (property.explicitNull() != null) {
                spec.addField(ExplicitNullMembers.builderField(property));
                copy.addStatement("this.$1N = source.$1N", property.explicitNull().flag());
            }
            boolean list = property.type() instanceof JavaType.ListOf;
            if (list) {
                copy.addStatement("this.$1N = source.$1N == null ? null : new $2T<>(source.$1N)", property.javaName(), TypeNames.ARRAY_LIST);
            } else {
                copy.addStatement("this.$1N = source.$1N", property.javaName());
            }
            List<MethodSpec> methods = new ArrayList<>();
            methods.add(setter(property, javaType, self, list));
            if (NumericSetters.isNumber(property.type())) {
                methods.add(NumericSetters.overload(property, owner, self));
            }
            if (list) {
                String adder = "add" + capitalize(JavaNames.singular(property.javaName()));
                JavaType element = ((JavaType.ListOf) property.type()).element();
                if (taken.add(adder)) {
                    methods.add(NumericSetters.isNumber(element)
                            ? NumericSetters.adder(property, adder, owner, self)
                            : adder(property, adder, TypeNames.of(element, packageName), self));
                }
            }
            if (property.explicitNull() != null) {
                methods.add(ExplicitNullMembers.nullSetter(property, self));
            }
            for (MethodSpec method : methods) {
                spec.addMethod(steps.implementing(property, method));
            }
            if (property.explicitNull() != null) {
                spec.addMethod(ExplicitNullMembers.jsonSetter(property, javaType, self));
            }
            if (steps.isStep(property)) {
                stepMethods.put(property.javaName(), methods);
            }
        }
        spec.addField(FieldSpec.builder(TypeNames.ADDITIONAL, "additionalProperties", Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new $T<>()", TypeNames.LINKED_HASH_MAP).build());
        copy.addStatement("this.additionalProperties.putAll(source.additionalProperties)");
        spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        spec.addMethod(copy.build());
        if (request != null && request.sendsModel(type)) {
            spec.addMethod(request.modelCheck(self));
        }
        if (request != null && request.sendsModel(type)) {
            wireNames.add("model"); // set by the request itself: an additional "model" would be sent twice
        }
        spec.addMethod(additionalProperty(self, wireNames));
        spec.addMethod(MethodSpec.methodBuilder("removeAdditionalProperty")
                .addJavadoc("Removes a property set with {@link #additionalProperty}.\n\n"
                        + "@param name the wire name\n@return this builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(String.class, "name")
                .addStatement("additionalProperties.remove(name)")
                .addStatement("return this")
                .build());
        if (request != null) {
            spec.addMethod(request.validatingBuild(owner));
        } else {
            spec.addMethod(validatingBuild(owner, options));
        }
        spec.addMethod(MethodSpec.methodBuilder("buildUnvalidated")
                .addJavadoc("Builds without checking anything, as Jackson does when it reads JSON: for inspecting what\n"
                        + "others sent. Prefer {@link #build()}.\n\n@return the object, as set\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(owner)
                .addStatement("return new $T(this)", owner)
                .build());
        return new Emitted(spec.build(), steps.emit(stepMethods));
    }

    private static MethodSpec setter(Property property, TypeName javaType, ClassName self, boolean list) {
        String nullable = property.explicitNull() == null ? ""
                : " To send JSON {@code null}, use {@link #" + property.explicitNull().flag() + "()}.";
        MethodSpec.Builder method = MethodSpec.methodBuilder(property.javaName())
                .addJavadoc("$L", JavadocText.compose(property.documentation(), property.jsonName(),
                        List.of("Wire name {@code " + JavadocText.escape(property.jsonName()) + "}. {@code null} leaves it out of the request."
                                + nullable),
                        List.of("@param " + property.javaName() + " the value, or {@code null}", "@return this builder")));
        if (property.explicitNull() == null) {
            // a nullable property is read by Jackson through its private JSON setter, which keeps a JSON null
            method.addAnnotation(AnnotationSpec.builder(TypeNames.JSON_PROPERTY).addMember("value", "$S", property.jsonName()).build());
        }
        method.addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(javaType, property.javaName());
        if (property.deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        if (list) {
            method.addStatement("this.$1N = $1N == null ? null : new $2T<>($1N)", property.javaName(), TypeNames.ARRAY_LIST);
        } else {
            method.addStatement("this.$1N = $1N", property.javaName());
        }
        if (property.explicitNull() != null) {
            method.addStatement("this.$N = false", property.explicitNull().flag());
        }
        return method.addStatement("return this").build();
    }

    private static MethodSpec adder(Property property, String name, TypeName element, ClassName self) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc("Appends one item to {@code $L}.\n\n@param item the item, not {@code null}\n@return this builder\n",
                        JavadocText.escape(property.jsonName()))
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(element, "item")
                .addStatement("$T.requireNonNull(item, $S)", TypeNames.OBJECTS, "item")
                .beginControlFlow("if (this.$N == null)", property.javaName())
                .addStatement("this.$N = new $T<>()", property.javaName(), TypeNames.ARRAY_LIST)
                .endControlFlow()
                .addStatement("this.$N.add(item)", property.javaName())
                .addStatement("return this")
                .build();
    }

    private static MethodSpec additionalProperty(ClassName self, List<String> wireNames) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("additionalProperty")
                .addJavadoc("Sets a property the schema does not name (one newer than this generated code), sent as is.\n\n"
                        + "@param name the wire name; not one of the properties this class knows\n"
                        + "@param value the JSON value; {@code null} sends JSON null\n@return this builder\n"
                        + "@throws IllegalArgumentException when {@code name} is a known property: use its own method\n")
                .addAnnotation(TypeNames.JSON_ANY_SETTER)
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(String.class, "name")
                .addParameter(TypeNames.JSON_NODE, "value")
                .addStatement("$T.requireNonNull(name, $S)", TypeNames.OBJECTS, "name");
        if (!wireNames.isEmpty()) {
            List<JavaCode> names = new ArrayList<>();
            for (String wire : wireNames) {
                names.add(JavaCode.of("$S", wire));
            }
            method.beginControlFlow("switch (name)");
            method.addCode("case $L:\n", JavaCode.join(names, ":\ncase "));
            method.addStatement("$>throw new $T($S + name + $S)$<", IllegalArgumentException.class, "'", "' is a known property; set it with its own builder method");
            method.addCode("default:\n");
            method.addStatement("$>break$<");
            method.endControlFlow();
        }
        ClassName nullNode = ClassName.get("com.fasterxml.jackson.databind.node", "NullNode");
        return method.addStatement("additionalProperties.put(name, value == null ? $T.getInstance() : value)", nullNode)
                .addStatement("return this")
                .build();
    }

    /**
     * {@code build()} of a nested class: the object's own schema is checked as the request's is, so it
     * throws the same exception, with pointers relative to the object.
     */
    private static MethodSpec validatingBuild(ClassName owner, BuilderOptions options) {
        return MethodSpec.methodBuilder("build")
                .addJavadoc("Builds the object and checks it against its own schema (rules the request sets on it from\n"
                        + "outside are checked by the request's {@code build()}).\n\n@return the valid object\n"
                        + "@throws $T listing every violation, each with its JSON Pointer relative to this object\n",
                        options.validationException())
                .addModifiers(Modifier.PUBLIC)
                .returns(owner)
                .addStatement("$T value = new $T(this)", owner, owner)
                .addStatement("$T.requireValid(value)", options.validator())
                .addStatement("return value")
                .build();
    }

    static String capitalize(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
