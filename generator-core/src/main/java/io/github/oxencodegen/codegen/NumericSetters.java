package io.github.oxencodegen.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.oxencodegen.codegen.source.MethodSpec;
import io.github.oxencodegen.codegen.text.JavadocText;
import io.github.oxencodegen.model.JavaType;
import io.github.oxencodegen.model.Property;
import javax.lang.model.element.Modifier;

/**
 * The builder methods that let numeric properties take what a Java caller writes: a {@code long}
 * overload beside the boxed {@code Integer} or {@code Long} setter (so {@code .seed(42)} compiles for
 * both), a {@code double} one beside a {@code Double} setter ({@code .guidanceScale(4)}), and adders of
 * numeric lists that take the primitive. An {@code Integer} never takes a {@code long} it cannot hold,
 * and no number is NaN or infinite: those fail at once with the property's Java and wire name. The
 * schema's own bounds are still checked by {@code build()}.
 */
final class NumericSetters {
    private NumericSetters() {}

    /** The primitive parameter type for values of {@code type}, or null when it is not a number. */
    static TypeName primitive(JavaType type) {
        if (type instanceof JavaType.WholeNumber) {
            return TypeName.LONG;
        }
        return type instanceof JavaType.Decimal ? TypeName.DOUBLE : null;
    }

    /** The primitive overload of the setter of the numeric, non-list {@code property}. */
    static MethodSpec overload(Property property, ClassName owner, ClassName builder) {
        String name = property.javaName();
        TypeName primitive = primitive(property.type());
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addJavadoc("Sets {@code $L} from a {@code $L}, so that a literal such as {@code $L($L)} needs no cast or box.\n\n"
                        + "@param $L the value\n@return this builder\n$L",
                        JavadocText.escape(property.jsonName()), primitive, name, literal(property.type()), name, throwsTag(property.type()))
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(primitive, name);
        if (property.deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        check(method, property, owner, name, false);
        method.addStatement("this.$N = $L", name, convert(property.type(), name));
        return method.addStatement("return this").build();
    }

    /** The adder of a list of numbers, taking the primitive. */
    static MethodSpec adder(Property property, String adderName, ClassName owner, ClassName builder) {
        JavaType element = ((JavaType.ListOf) property.type()).element();
        MethodSpec.Builder method = MethodSpec.methodBuilder(adderName)
                .addJavadoc("Appends one item to {@code $L}.\n\n@param item the item\n@return this builder\n$L",
                        JavadocText.escape(property.jsonName()), throwsTag(element))
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(primitive(element), "item");
        check(method, property, owner, "item", true);
        return method.beginControlFlow("if (this.$N == null)", property.javaName())
                .addStatement("this.$N = new $T<>()", property.javaName(), TypeNames.ARRAY_LIST)
                .endControlFlow()
                .addStatement("this.$N.add($L)", property.javaName(), convert(element, "item"))
                .addStatement("return this")
                .build();
    }

    /** True when values of {@code type} need an adder of their own (the boxed one would refuse an int literal or truncate). */
    static boolean isNumber(JavaType type) {
        return primitive(type) != null;
    }

    private static void check(MethodSpec.Builder method, Property property, ClassName owner, String parameter, boolean item) {
        JavaType type = item ? ((JavaType.ListOf) property.type()).element() : property.type();
        String who = owner.simpleName() + "." + property.javaName() + " (\"" + property.jsonName() + "\") ";
        if (type instanceof JavaType.WholeNumber number && number.fitsInt()) {
            method.beginControlFlow("if ($1N < $2T.MIN_VALUE || $1N > $2T.MAX_VALUE)", parameter, Integer.class)
                    .addStatement("throw new $T($S + $N + $S)", IllegalArgumentException.class,
                            who + (item ? "holds ints: " : "is an int: "), parameter, item ? " is out of their range" : " is out of its range")
                    .endControlFlow();
        } else if (type instanceof JavaType.Decimal) {
            method.beginControlFlow("if (!$T.isFinite($N))", Double.class, parameter)
                    .addStatement("throw new $T($S + $N + $S)", IllegalArgumentException.class,
                            who + (item ? "must hold finite numbers: " : "must be a finite number: "), parameter, " is not JSON")
                    .endControlFlow();
        }
    }

    private static String convert(JavaType type, String parameter) {
        return type instanceof JavaType.WholeNumber number && number.fitsInt() ? "(int) " + parameter : parameter;
    }

    private static String literal(JavaType type) {
        return type instanceof JavaType.Decimal ? "4" : "42";
    }

    private static String throwsTag(JavaType type) {
        if (type instanceof JavaType.WholeNumber number && number.fitsInt()) {
            return "@throws IllegalArgumentException when the value does not fit in an {@code int}\n";
        }
        return type instanceof JavaType.Decimal ? "@throws IllegalArgumentException when the value is NaN or infinite, which JSON cannot carry\n" : "";
    }
}
