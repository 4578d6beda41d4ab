package io.github.oxencodegen.codegen;

import com.palantir.javapoet.ClassName;
import io.github.oxencodegen.codegen.source.MethodSpec;
import io.github.oxencodegen.codegen.source.TypeSpec;
import io.github.oxencodegen.codegen.text.JavaCode;
import io.github.oxencodegen.model.ObjectType;
import io.github.oxencodegen.model.Property;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/** {@code equals}, {@code hashCode} and {@code toString} over every property and the unknown ones. */
final class ValueMethods {
    private ValueMethods() {}

    static void addTo(TypeSpec.Builder spec, ClassName self, ObjectType type) {
        List<JavaCode> comparisons = new ArrayList<>();
        List<JavaCode> hashed = new ArrayList<>();
        for (Property property : type.properties()) {
            comparisons.add(JavaCode.of("$T.equals($N, that.$N)", TypeNames.OBJECTS, property.javaName(), property.javaName()));
            hashed.add(JavaCode.of("$N", property.javaName()));
            if (property.explicitNull() != null) {
                comparisons.add(JavaCode.of("$1N == that.$1N", property.explicitNull().flag()));
                hashed.add(JavaCode.of("$N", property.explicitNull().flag()));
            }
        }
        comparisons.add(JavaCode.of("additionalProperties.equals(that.additionalProperties)"));
        hashed.add(JavaCode.of("additionalProperties"));

        spec.addMethod(MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "other")
                .beginControlFlow("if (this == other)")
                .addStatement("return true")
                .endControlFlow()
                .beginControlFlow("if (!(other instanceof $T))", self)
                .addStatement("return false")
                .endControlFlow()
                .addStatement("$1T that = ($1T) other", self)
                .addStatement("return $L", JavaCode.join(comparisons, "\n        && "))
                .build());
        spec.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("return $T.hash($L)", TypeNames.OBJECTS, JavaCode.join(hashed, ", "))
                .build());

        MethodSpec.Builder toString = MethodSpec.methodBuilder("toString")
                .addJavadoc("The set properties, by their Java names, for logs and test failures.\n\n@return the text\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("$1T text = new $1T($2S)", StringBuilder.class, type.className() + "{")
                .addStatement("$T separator = $S", String.class, "");
        for (Property property : type.properties()) {
            toString.beginControlFlow("if ($N != null)", property.javaName())
                    .addStatement("text.append(separator).append($S).append($N)", property.javaName() + "=", property.javaName())
                    .addStatement("separator = $S", ", ")
                    .endControlFlow();
            if (property.explicitNull() != null) {
                toString.beginControlFlow("if ($N)", property.explicitNull().flag())
                        .addStatement("text.append(separator).append($S)", property.javaName() + "=null")
                        .addStatement("separator = $S", ", ")
                        .endControlFlow();
            }
        }
        toString.beginControlFlow("if (!additionalProperties.isEmpty())")
                .addStatement("text.append(separator).append($S).append(additionalProperties)", "additionalProperties=")
                .endControlFlow()
                .addStatement("return text.append('}').toString()");
        spec.addMethod(toString.build());
    }
}
