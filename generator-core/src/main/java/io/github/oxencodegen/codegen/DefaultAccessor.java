package io.github.oxencodegen.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.oxencodegen.codegen.source.MethodSpec;
import io.github.oxencodegen.codegen.text.JavaCode;
import io.github.oxencodegen.codegen.text.JavadocText;
import io.github.oxencodegen.model.DefaultValue;
import io.github.oxencodegen.model.EnumType;
import io.github.oxencodegen.model.JavaType;
import io.github.oxencodegen.model.Property;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the accessor of an optional property's schema default, such as {@code aspectRatioOrDefault()}:
 * the value that is set, else the default, typed as the property (numbers and flags as primitives,
 * an enum default as its constant, a list default as an immutable {@code List.of}). It reads only;
 * what is sent stays what is set.
 */
final class DefaultAccessor {
    private DefaultAccessor() {}

    static MethodSpec emit(Property property, String packageName) {
        DefaultValue defaultValue = property.defaultValue();
        MethodSpec.Builder method = MethodSpec.methodBuilder(defaultValue.accessor())
                .addJavadoc("The value of {@code $L} the model works with: the value that is set, else the schema's default,\n"
                        + "<code>$L</code>. Only a value that is set is sent.\n\n"
                        + "@return the value that is set, or the default when none is\n",
                        JavadocText.escape(property.jsonName()), JavadocText.escape(defaultValue.value().toString()))
                .addModifiers(Modifier.PUBLIC)
                .returns(returnType(property.type(), packageName))
                .addStatement("return $1N != null ? $1N : $2L", property.javaName(), literal(property.type(), defaultValue.value(), packageName));
        if (property.deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        return method.build();
    }

    private static TypeName returnType(JavaType type, String packageName) {
        if (type instanceof JavaType.WholeNumber number) {
            return number.fitsInt() ? TypeName.INT : TypeName.LONG;
        } else if (type instanceof JavaType.Decimal) {
            return TypeName.DOUBLE;
        } else if (type instanceof JavaType.Flag) {
            return TypeName.BOOLEAN;
        }
        return TypeNames.of(type, packageName);
    }

    /** A Java expression for {@code value}, which the model has checked to fit {@code type}. */
    private static JavaCode literal(JavaType type, JsonNode value, String packageName) {
        if (type instanceof JavaType.Text) {
            return JavaCode.of("$S", value.textValue());
        } else if (type instanceof JavaType.WholeNumber number) {
            return JavaCode.of(number.fitsInt() ? "$L" : "$LL", value.decimalValue().toBigIntegerExact());
        } else if (type instanceof JavaType.Decimal) {
            return JavaCode.of("$L", Double.toString(value.doubleValue()));
        } else if (type instanceof JavaType.Flag) {
            return JavaCode.of("$L", value.booleanValue());
        } else if (type instanceof JavaType.EnumRef enumRef) {
            return JavaCode.of("$T.$N", ClassName.get(packageName, enumRef.type().className()), constant(enumRef.type(), value));
        } else if (type instanceof JavaType.ListOf list) {
            List<JavaCode> items = new ArrayList<>();
            for (JsonNode item : value) {
                items.add(literal(list.element(), item, packageName));
            }
            return JavaCode.of("$T.of($L)", TypeNames.LIST, JavaCode.join(items, ", "));
        }
        throw new IllegalArgumentException("no typed default for " + type);
    }

    private static String constant(EnumType type, JsonNode value) {
        for (EnumType.Constant constant : type.constants()) {
            JsonNode wire = constant.wireValue();
            boolean equal = wire.isNumber() && value.isNumber()
                    ? wire.decimalValue().compareTo(value.decimalValue()) == 0
                    : wire.equals(value);
            if (equal) {
                return constant.javaName();
            }
        }
        throw new IllegalArgumentException(value + " is no constant of " + type.className());
    }
}
