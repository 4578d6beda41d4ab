package io.github.oxencodegen.codegen.source;

import com.palantir.javapoet.ClassName;
import io.github.oxencodegen.codegen.text.JavaCode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A Java file: a comment, the package, the imports and one top-level type. {@link #toString()}
 * prints it as JavaPoet's {@code JavaFile} does, byte for byte, in one pass: the type is printed
 * first, the imports are decided from the classes it names, then the text is copied out through the
 * {@link LineWrapper} with the import lines and each marked reference spelt as the imports allow.
 */
public final class JavaFile {
    private final JavaCode fileComment;
    private final String packageName;
    private final TypeSpec typeSpec;
    private final boolean skipJavaLangImports;
    private final String indent;

    private JavaFile(Builder builder) {
        this.fileComment = builder.fileComment.build();
        this.packageName = builder.packageName;
        this.typeSpec = builder.typeSpec;
        this.skipJavaLangImports = builder.skipJavaLangImports;
        this.indent = builder.indent;
    }

    public static Builder builder(String packageName, TypeSpec typeSpec) {
        return new Builder(packageName, typeSpec);
    }

    public String packageName() {
        return packageName;
    }

    public TypeSpec typeSpec() {
        return typeSpec;
    }

    /** The same file with more to say: a copy to add a comment or change a setting. */
    public Builder toBuilder() {
        Builder builder = new Builder(packageName, typeSpec);
        builder.fileComment.add(fileComment);
        builder.skipJavaLangImports = skipJavaLangImports;
        builder.indent = indent;
        return builder;
    }

    /** The file's text. */
    @Override
    public String toString() {
        SourcePrinter printer = new SourcePrinter(indent, packageName);
        if (!fileComment.isEmpty()) {
            printer.comment(true);
            printer.code(fileComment);
            printer.text("\n");
            printer.comment(false);
        }
        if (!packageName.isEmpty()) {
            printer.text("package " + packageName + ";\n");
            printer.text("\n");
        }
        int header = printer.offset();
        new DeclarationPrinter(printer).type(typeSpec, null, java.util.Set.of());
        Map<String, ClassName> imports = printer.imports();

        String text = printer.text().toString();
        StringBuilder out = new StringBuilder(text.length() + 1024);
        LineWrapper wrapper = new LineWrapper(out, indent);
        wrapper.append(text, 0, header);
        String importLines = importLines(imports);
        wrapper.append(importLines, 0, importLines.length());
        int position = header;
        List<Object> marks = printer.marks();
        for (int i = 0; i < marks.size(); i++) {
            int offset = printer.markOffset(i);
            wrapper.append(text, position, offset);
            position = offset;
            if (marks.get(i) instanceof TypeReference reference) {
                String spelling = reference.spelling(imports, packageName);
                wrapper.append(spelling, 0, spelling.length());
            } else {
                SourcePrinter.WrapPoint point = (SourcePrinter.WrapPoint) marks.get(i);
                if (point.point() == LineWrapper.Point.SPACE) {
                    wrapper.wrappingSpace(point.indentLevel());
                } else {
                    wrapper.zeroWidthSpace(point.indentLevel());
                }
            }
        }
        wrapper.append(text, position, text.length());
        wrapper.close();
        return out.toString();
    }

    /** One {@code import} line per class, sorted by name, {@code java.lang} left out when asked; a blank line after. */
    private String importLines(Map<String, ClassName> imports) {
        StringBuilder lines = new StringBuilder();
        for (ClassName imported : new TreeSet<>(imports.values())) {
            if (skipJavaLangImports && imported.packageName().equals("java.lang")) {
                continue;
            }
            lines.append("import ").append(imported.canonicalName()).append(";\n");
        }
        if (!lines.isEmpty()) {
            lines.append('\n');
        }
        return lines.toString();
    }

    public static final class Builder {
        private final String packageName;
        private final TypeSpec typeSpec;
        private final JavaCode.Builder fileComment = JavaCode.builder();
        private boolean skipJavaLangImports;
        private String indent = "  ";

        private Builder(String packageName, TypeSpec typeSpec) {
            this.packageName = Objects.requireNonNull(packageName, "packageName");
            this.typeSpec = Objects.requireNonNull(typeSpec, "typeSpec");
        }

        public Builder addFileComment(String format, Object... args) {
            fileComment.add(format, args);
            return this;
        }

        public Builder skipJavaLangImports(boolean skip) {
            this.skipJavaLangImports = skip;
            return this;
        }

        public Builder indent(String text) {
            this.indent = Objects.requireNonNull(text, "text");
            return this;
        }

        public JavaFile build() {
            return new JavaFile(this);
        }
    }
}
