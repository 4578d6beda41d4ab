package io.github.oxencodegen.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.oxencodegen.codegen.source.AnnotationSpec;
import io.github.oxencodegen.codegen.source.FieldSpec;
import io.github.oxencodegen.codegen.source.MethodSpec;
import io.github.oxencodegen.codegen.source.TypeSpec;
import io.github.oxencodegen.codegen.text.JavadocText;
import io.github.oxencodegen.model.ExplicitNull;
import io.github.oxencodegen.model.Property;
import javax.lang.model.element.Modifier;

/**
 * The members that let a nullable property be sent as JSON {@code null} on purpose, apart from being
 * left out: three states, read as {@code seed()} (empty unless a value is set) and {@code isSeedNull()}
 * (true only for an explicit {@code null}). The {@code Optional} accessor stays as it was, so code that
 * never cares about {@code null} reads the same, and the one extra question is asked by name; a
 * tri-state wrapper type would change every nullable accessor for the few callers who need it.
 * Jackson writes and reads the property through a private method pair, so that a JSON {@code null}
 * survives {@code fromJson} and {@code toJson}, while the public setter keeps "{@code null} leaves it
 * out".
 */
final class ExplicitNullMembers {
    private ExplicitNullMembers() {}

    /** The class's flag field, its {@code isXNull()} accessor and the private getter Jackson writes through. */
    static void addToClass(TypeSpec.Builder spec, Property property) {
        ExplicitNull names = property.explicitNull();
        String wire = JavadocText.escape(property.jsonName());
        spec.addField(FieldSpec.builder(boolean.class, names.flag(), Modifier.PRIVATE, Modifier.FINAL).build());
        spec.addMethod(MethodSpec.methodBuilder(names.query())
                .addJavadoc("True when {@code $L} is sent as JSON {@code null} (set with {@code Builder.$L()} or read from JSON);\n"
                        + "{@link #$L()} is then empty. False when it is left out or has a value.\n\n"
                        + "@return whether {@code $L} is an explicit {@code null}\n", wire, names.flag(), property.javaName(), wire)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addStatement("return $N", names.flag())
                .build());
        spec.addMethod(MethodSpec.methodBuilder(names.wire())
                .addAnnotation(jsonProperty(property))
                .addModifiers(Modifier.PRIVATE)
                .returns(Object.class)
                .addStatement("return $N != null ? $N : $N ? $T.getInstance() : null",
                        property.javaName(), property.javaName(), names.flag(), TypeNames.NULL_NODE)
                .build());
    }

    /** The class's constructor statement: the flag holds only while no value is set. */
    static String constructorStatement(Property property) {
        return "this." + property.explicitNull().flag() + " = builder." + property.javaName() + " == null && builder."
                + property.explicitNull().flag();
    }

    /** The builder's flag field. */
    static FieldSpec builderField(Property property) {
        return FieldSpec.builder(boolean.class, property.explicitNull().flag(), Modifier.PRIVATE).build();
    }

    /** The builder's public {@code xNull()}, which sends JSON {@code null}. */
    static MethodSpec nullSetter(Property property, ClassName builder) {
        ExplicitNull names = property.explicitNull();
        MethodSpec.Builder method = MethodSpec.methodBuilder(names.flag())
                .addJavadoc("Sends {@code $L} as JSON {@code null}, which the schema allows and which is not the same as leaving it\n"
                        + "out; {@code $L(...)} with a value, or with {@code null} to leave it out, undoes it.\n\n@return this builder\n",
                        JavadocText.escape(property.jsonName()), property.javaName())
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("this.$N = null", property.javaName())
                .addStatement("this.$N = true", names.flag())
                .addStatement("return this");
        if (property.deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        return method.build();
    }

    /** The builder's private setter Jackson reads through: a JSON {@code null} becomes an explicit one. */
    static MethodSpec jsonSetter(Property property, TypeName javaType, ClassName builder) {
        return MethodSpec.methodBuilder(property.explicitNull().wire())
                .addAnnotation(jsonProperty(property))
                .addModifiers(Modifier.PRIVATE)
                .returns(builder)
                .addParameter(javaType, "value")
                .beginControlFlow("if (value == null)")
                .addStatement("return $N()", property.explicitNull().flag())
                .endControlFlow()
                .addStatement("return $N(value)", property.javaName())
                .build();
    }

    private static AnnotationSpec jsonProperty(Property property) {
        return AnnotationSpec.builder(TypeNames.JSON_PROPERTY).addMember("value", "$S", property.jsonName()).build();
    }
}
