package io.github.oxencodegen.codegen.source;

import io.github.oxencodegen.codegen.text.JavaCode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Walks the declarations of a file in JavaPoet's order and with its punctuation: Javadoc,
 * annotations on their own lines (on the same line for parameters), modifiers in Java's order minus
 * those implied by the enclosing kind, a blank line between members, parameter lists that may wrap.
 */
final class DeclarationPrinter {
    /** Each modifier as printed, with the space after it ({@code Modifier.toString} lowers its name on every call). */
    private static final String[] MODIFIER_WORDS = Arrays.stream(Modifier.values())
            .map(modifier -> modifier + " ").toArray(String[]::new);

    private final SourcePrinter out;

    DeclarationPrinter(SourcePrinter out) {
        this.out = out;
    }

    /** A type; {@code enumConstant} is the constant's name when {@code type} is an enum constant's body. */
    void type(TypeSpec type, String enumConstant, Set<Modifier> implicitModifiers) {
        int previousStatementLine = out.statementLine();
        out.statementLine(-1);
        if (enumConstant != null) {
            javadoc(type.javadoc());
            annotations(type.annotations(), false);
            out.text(enumConstant);
            if (!type.anonymousArguments().isEmpty()) {
                out.text("(");
                out.code(type.anonymousArguments());
                out.text(")");
            }
            if (!type.hasMembers()) {
                out.statementLine(previousStatementLine);
                return;
            }
            out.text(" {\n");
        } else {
            out.pushScope(type.name(), Set.of());
            javadoc(type.javadoc());
            annotations(type.annotations(), false);
            Set<Modifier> implicit = EnumSet.noneOf(Modifier.class);
            implicit.addAll(implicitModifiers);
            implicit.addAll(type.kind().asMemberModifiers);
            modifiers(type.modifiers(), implicit);
            out.text(type.kind().keyword + " " + type.name());
            if (type.kind() == TypeSpec.Kind.INTERFACE) {
                supertypes(" extends", type.superinterfaces());
            } else {
                supertypes(" extends", type.superclass() == null ? List.of() : List.of(type.superclass()));
                supertypes(" implements", type.superinterfaces());
            }
            out.popScope();
            out.text(" {\n");
        }
        out.pushScope(type.name(), type.nestedTypeNames());
        out.indent(1);
        members(type);
        out.indent(-1);
        out.popScope();
        out.text("}");
        if (enumConstant == null) {
            out.text("\n");
        }
        out.statementLine(previousStatementLine);
    }

    private void supertypes(String keyword, List<com.palantir.javapoet.TypeName> types) {
        if (types.isEmpty()) {
            return;
        }
        out.text(keyword);
        for (int i = 0; i < types.size(); i++) {
            out.text(i == 0 ? " " : ", ");
            out.type(types.get(i));
        }
    }

    private void members(TypeSpec type) {
        TypeSpec.Kind kind = type.kind();
        boolean first = true;
        boolean needsSeparator = kind == TypeSpec.Kind.ENUM && type.hasMembers();
        for (Iterator<Map.Entry<String, TypeSpec>> i = type.enumConstants().entrySet().iterator(); i.hasNext(); ) {
            Map.Entry<String, TypeSpec> constant = i.next();
            if (!first) {
                out.text("\n");
            }
            type(constant.getValue(), constant.getKey(), Set.of());
            first = false;
            if (i.hasNext()) {
                out.text(",\n");
            } else if (!needsSeparator) {
                out.text("\n");
            }
        }
        if (needsSeparator) {
            out.text(";\n");
        }
        for (boolean statics : new boolean[] {true, false}) {
            for (FieldSpec field : type.fieldSpecs()) {
                if (field.modifiers().contains(Modifier.STATIC) == statics) {
                    first = separate(first);
                    field(field, kind.implicitFieldModifiers);
                }
            }
        }
        for (boolean constructors : new boolean[] {true, false}) {
            for (MethodSpec method : type.methodSpecs()) {
                if (method.isConstructor() == constructors) {
                    first = separate(first);
                    method(method, type.name(), kind.implicitMethodModifiers);
                }
            }
        }
        for (TypeSpec nested : type.typeSpecs()) {
            first = separate(first);
            type(nested, null, kind.implicitTypeModifiers);
        }
    }

    /** A blank line before every member but the first. */
    private boolean separate(boolean first) {
        if (!first) {
            out.text("\n");
        }
        return false;
    }

    private void field(FieldSpec field, Set<Modifier> implicitModifiers) {
        javadoc(field.javadoc());
        annotations(field.annotations(), false);
        modifiers(field.modifiers(), implicitModifiers);
        out.type(field.type());
        out.text(" " + field.name());
        if (!field.initializer().isEmpty()) {
            out.text(" = ");
            out.code(field.initializer());
        }
        out.text(";\n");
    }

    private void method(MethodSpec method, String enclosingName, Set<Modifier> implicitModifiers) {
        javadoc(method.javadoc());
        annotations(method.annotations(), false);
        modifiers(method.modifiers(), implicitModifiers);
        if (method.isConstructor()) {
            out.text(enclosingName);
        } else {
            out.type(method.returnType());
            out.text(" " + method.name());
        }
        parameters(method.parameters());
        if (!method.exceptions().isEmpty()) {
            out.wrappingPoint(false);
            out.text("throws");
            for (int i = 0; i < method.exceptions().size(); i++) {
                if (i > 0) {
                    out.text(",");
                }
                out.wrappingPoint(false);
                out.type(method.exceptions().get(i));
            }
        }
        if (method.modifiers().contains(Modifier.ABSTRACT)) {
            out.text(";\n");
            return;
        }
        out.text(" {\n");
        out.indent(1);
        out.code(method.code());
        if (out.lastChar() != '\n') {
            out.text("\n");
        }
        out.indent(-1);
        out.text("}\n");
    }

    private void parameters(List<ParameterSpec> parameters) {
        out.text("(");
        out.wrappingPoint(true);
        for (int i = 0; i < parameters.size(); i++) {
            ParameterSpec parameter = parameters.get(i);
            if (i > 0) {
                out.text(",");
                out.wrappingPoint(false);
            }
            annotations(parameter.annotations(), true);
            modifiers(parameter.modifiers(), Set.of());
            out.type(parameter.type());
            out.text(" " + parameter.name());
        }
        out.text(")");
    }

    private void javadoc(JavaCode javadoc) {
        if (javadoc.isEmpty()) {
            return;
        }
        out.text("/**\n");
        out.javadoc(true);
        out.code(javadoc);
        if (out.lastChar() != '\n') {
            out.text("\n");
        }
        out.javadoc(false);
        out.text(" */\n");
    }

    private void modifiers(Set<Modifier> modifiers, Set<Modifier> implicitModifiers) {
        for (Modifier modifier : modifiers) {
            if (!implicitModifiers.contains(modifier)) {
                out.segment(MODIFIER_WORDS[modifier.ordinal()]);
            }
        }
    }

    private void annotations(List<AnnotationSpec> annotations, boolean inline) {
        for (AnnotationSpec annotation : annotations) {
            annotation(annotation, inline);
            out.text(inline ? " " : "\n");
        }
    }

    /** {@code @Name}, {@code @Name(value)}, or each member on its own line ({@code inline}: on one line). */
    void annotation(AnnotationSpec annotation, boolean inline) {
        String whitespace = inline ? "" : "\n";
        String memberSeparator = inline ? ", " : ",\n";
        Map<String, List<JavaCode>> members = annotation.members();
        out.text("@");
        out.type(annotation.type());
        if (members.isEmpty()) {
            return;
        }
        if (members.size() == 1 && members.containsKey("value")) {
            out.text("(");
            annotationValues(whitespace, memberSeparator, members.get("value"));
            out.text(")");
            return;
        }
        out.text("(" + whitespace);
        out.indent(2);
        for (Iterator<Map.Entry<String, List<JavaCode>>> i = members.entrySet().iterator(); i.hasNext(); ) {
            Map.Entry<String, List<JavaCode>> member = i.next();
            out.text(member.getKey() + " = ");
            annotationValues(whitespace, memberSeparator, member.getValue());
            if (i.hasNext()) {
                out.text(memberSeparator);
            }
        }
        out.indent(-2);
        out.text(whitespace + ")");
    }

    private void annotationValues(String whitespace, String memberSeparator, List<JavaCode> values) {
        if (values.size() == 1) {
            out.indent(2);
            out.code(values.get(0));
            out.indent(-2);
            return;
        }
        out.text("{" + whitespace);
        out.indent(2);
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.text(memberSeparator);
            }
            out.code(values.get(i));
        }
        out.indent(-2);
        out.text(whitespace + "}");
    }
}
