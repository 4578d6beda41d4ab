package io.github.oxencodegen.codegen.text;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;

/**
 * How JavaPoet spells a type, in one place for both of this project's printers: the classes it names,
 * each left to the printer (by its full name, or as the imports allow), and the text between them
 * ({@code <}, {@code , }, {@code ? extends }, {@code []}, a primitive's keyword).
 */
public final class TypeSpelling {
    /** Where a spelling goes. */
    public interface Out {
        void className(ClassName className);

        void text(String text);

        /**
         * A type spelt otherwise, or refused: an annotated type, a type variable, or a type nested in a
         * parameterized one (kinds generated code does not name).
         */
        void other(TypeName type);
    }

    private TypeSpelling() {}

    /** Appends {@code type} as {@code type.toString()} reads, every class by its full name, without JavaPoet's printer. */
    public static void appendFullName(TypeName type, StringBuilder out) {
        spell(type, new Out() {
            @Override
            public void className(ClassName className) {
                out.append(className.canonicalName());
            }

            @Override
            public void text(String text) {
                out.append(text);
            }

            @Override
            public void other(TypeName other) {
                out.append(other);
            }
        });
    }

    public static void spell(TypeName type, Out out) {
        if (type.isAnnotated()) {
            out.other(type);
        } else if (type instanceof ClassName className) {
            out.className(className);
        } else if (type instanceof ParameterizedTypeName parameterized) {
            if (parameterized.enclosingType() != null) {
                out.other(type);
                return;
            }
            out.className(parameterized.rawType());
            out.text("<");
            List<TypeName> arguments = parameterized.typeArguments();
            for (int i = 0; i < arguments.size(); i++) {
                if (i > 0) {
                    out.text(", ");
                }
                spell(arguments.get(i), out);
            }
            out.text(">");
        } else if (type instanceof WildcardTypeName wildcard) {
            if (wildcard.lowerBounds().size() == 1) {
                out.text("? super ");
                spell(wildcard.lowerBounds().get(0), out);
            } else if (wildcard.upperBounds().get(0).equals(ClassName.OBJECT)) {
                out.text("?");
            } else {
                out.text("? extends ");
                spell(wildcard.upperBounds().get(0), out);
            }
        } else if (type instanceof ArrayTypeName array) {
            spell(array.componentType(), out);
            out.text("[]");
        } else if (type.isPrimitive() || type.equals(TypeName.VOID)) {
            out.text(type.toString());
        } else {
            out.other(type);
        }
    }
}
