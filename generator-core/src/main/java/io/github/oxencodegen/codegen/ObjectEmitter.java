package io.github.oxencodegen.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.oxencodegen.codegen.source.AnnotationSpec;
import io.github.oxencodegen.codegen.source.FieldSpec;
import io.github.oxencodegen.codegen.source.MethodSpec;
import io.github.oxencodegen.codegen.source.TypeSpec;
import io.github.oxencodegen.codegen.text.JavaCode;
import io.github.oxencodegen.codegen.text.JavadocText;
import io.github.oxencodegen.model.JavaType;
import io.github.oxencodegen.model.ObjectType;
import io.github.oxencodegen.model.Property;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the final, immutable class of an object schema: private fields with their wire names,
 * accessors with Javadoc, unknown properties kept for the round trip, {@code equals}, {@code hashCode},
 * {@code toString} and a {@link BuilderEmitter builder}. The request class gets its envelope on top
 * (see {@link RequestMembers}).
 */
final class ObjectEmitter {
    private ObjectEmitter() {}

    static TypeSpec emit(ObjectType type, String packageName, RequestMembers request, JsonTreeMethod.Envelope envelope,
            BuilderOptions options) {
        ClassName self = ClassName.get(packageName, type.className());
        ClassName builder = self.nestedClass("Builder");
        BuilderSteps steps = BuilderSteps.of(type, self, options.staged());
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(AnnotationSpec.builder(TypeNames.JSON_INCLUDE)
                        .addMember("value", "$T.Include.NON_NULL", TypeNames.JSON_INCLUDE).build())
                .addAnnotation(AnnotationSpec.builder(TypeNames.JSON_AUTO_DETECT)
                        .addMember("fieldVisibility", "$T.Visibility.NONE", TypeNames.JSON_AUTO_DETECT)
                        .addMember("getterVisibility", "$T.Visibility.NONE", TypeNames.JSON_AUTO_DETECT)
                        .addMember("isGetterVisibility", "$T.Visibility.NONE", TypeNames.JSON_AUTO_DETECT)
                        .addMember("setterVisibility", "$T.Visibility.NONE", TypeNames.JSON_AUTO_DETECT)
                        .addMember("creatorVisibility", "$T.Visibility.NONE", TypeNames.JSON_AUTO_DETECT)
                        .build())
                .addAnnotation(propertyOrder(type, request))
                .addAnnotation(AnnotationSpec.builder(TypeNames.JSON_DESERIALIZE)
                        .addMember("builder", "$T.class", builder).build());
        if (request != null) {
            request.addConstantsAndJavadoc(spec, type);
        } else {
            List<String> extra = new ArrayList<>(JavadocText.places(type.places()));
            extra.add("Immutable; create one with {@link #builder()}.");
            spec.addJavadoc("$L", JavadocText.compose(type.documentation(), type.className(), extra));
        }
        spec.addField(FieldSpec.builder(TypeNames.OBJECT_MAPPER, "MAPPER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T()", TypeNames.OBJECT_MAPPER).build());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(builder, "builder");
        for (Property property : type.properties()) {
            TypeName javaType = TypeNames.of(property.type(), packageName);
            FieldSpec.Builder field = FieldSpec.builder(javaType, property.javaName(), Modifier.PRIVATE, Modifier.FINAL);
            if (property.explicitNull() == null) {
                field.addAnnotation(AnnotationSpec.builder(TypeNames.JSON_PROPERTY).addMember("value", "$S", property.jsonName()).build());
            }
            spec.addField(field.build());
            if (property.type() instanceof JavaType.ListOf) {
                constructor.addStatement("this.$1N = builder.$1N == null ? null : $2T.copyOf(builder.$1N)", property.javaName(), TypeNames.LIST);
            } else {
                constructor.addStatement("this.$1N = builder.$1N", property.javaName());
            }
            spec.addMethod(accessor(property, javaType));
            if (property.defaultValue() != null) {
                spec.addMethod(DefaultAccessor.emit(property, packageName));
            }
            if (property.explicitNull() != null) {
                constructor.addStatement(ExplicitNullMembers.constructorStatement(property));
                ExplicitNullMembers.addToClass(spec, property);
            }
        }
        spec.addField(FieldSpec.builder(TypeNames.ADDITIONAL, "additionalProperties", Modifier.PRIVATE, Modifier.FINAL).build());
        constructor.addStatement("this.additionalProperties = $T.unmodifiableMap(new $T<>(builder.additionalProperties))",
                TypeNames.COLLECTIONS, TypeNames.LINKED_HASH_MAP);
        spec.addMethod(constructor.build());
        spec.addMethod(MethodSpec.methodBuilder("additionalProperties")
                .addJavadoc("Properties the schema does not name, in the order they were set or read: they survive a JSON round trip.\n\n"
                        + "@return the properties by wire name; unmodifiable\n")
                .addAnnotation(TypeNames.JSON_ANY_GETTER)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeNames.ADDITIONAL)
                .addStatement("return additionalProperties")
                .build());
        if (request != null) {
            request.addEnvelopeMethods(spec, self, type, envelope);
        } else {
            spec.addMethod(JsonTreeMethod.emit(type, packageName, "This object as JSON, exactly as it is sent.\n\n@return a new tree\n", envelope));
        }
        spec.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc(steps.interfaces().isEmpty() ? "A builder with nothing set.\n\n@return a new builder\n"
                        : "A builder with nothing set, which asks for the required properties first, in order.\n\n"
                        + "@return the first step of a new builder\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(steps.entry())
                .addStatement("return new $T()", builder)
                .build());
        spec.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("A builder holding everything this object holds$L.\n\n@return a new builder\n",
                        steps.interfaces().isEmpty() ? "" : " (past the steps: every required property is set)")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("return new $T(this)", builder)
                .build());
        ValueMethods.addTo(spec, self, type);
        BuilderEmitter.Emitted emitted = BuilderEmitter.emit(type, self, packageName, request, steps, options);
        spec.addTypes(emitted.steps());
        spec.addType(emitted.builder());
        return spec.build();
    }

    private static AnnotationSpec propertyOrder(ObjectType type, RequestMembers request) {
        List<JavaCode> names = new ArrayList<>();
        if (request != null && request.sendsModel(type)) {
            names.add(JavaCode.of("$S", "model"));
        }
        for (Property property : type.properties()) {
            names.add(JavaCode.of("$S", property.jsonName()));
        }
        return AnnotationSpec.builder(TypeNames.JSON_PROPERTY_ORDER)
                .addMember("value", "{$L}", JavaCode.join(names, ", "))
                .build();
    }

    private static MethodSpec accessor(Property property, TypeName javaType) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(property.javaName()).addModifiers(Modifier.PUBLIC);
        String wire = "Wire name {@code " + JavadocText.escape(property.jsonName()) + "}"
                + (property.required() ? "; required." : "; optional.");
        String returns = property.required()
                ? "@return the value; {@code null} only in an object built unvalidated without it"
                : "@return the value, or empty when it is not set";
        if (property.explicitNull() != null) {
            returns = property.required()
                    ? "@return the value; {@code null} when it is sent as JSON {@code null} (see {@link #"
                            + property.explicitNull().query() + "()}) or left out of an object built unvalidated"
                    : "@return the value, or empty when it is not set or is sent as JSON {@code null} (see {@link #"
                            + property.explicitNull().query() + "()})";
        }
        method.addJavadoc("$L", JavadocText.compose(property.documentation(), property.jsonName(), List.of(wire), List.of(returns)));
        if (property.deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        if (property.required()) {
            return method.returns(javaType).addStatement("return $N", property.javaName()).build();
        }
        return method.returns(ParameterizedTypeName.get(TypeNames.OPTIONAL, javaType))
                .addStatement("return $T.ofNullable($N)", TypeNames.OPTIONAL, property.javaName())
                .build();
    }
}
