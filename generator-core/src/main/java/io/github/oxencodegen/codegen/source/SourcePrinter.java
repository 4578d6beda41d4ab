package io.github.oxencodegen.codegen.source;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.oxencodegen.codegen.text.JavaCode;
import io.github.oxencodegen.codegen.text.TypeSpelling;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text of a file as JavaPoet's {@code CodeWriter} lays it out (indentation, Javadoc and comment
 * prefixes, statements continued on more lines), printed once: the text goes to one buffer, and a
 * class whose spelling depends on the imports is marked where it goes as a {@link TypeReference},
 * as is each point where a long parameter list may wrap ({@link WrapPoint}), while the
 * classes it would import are collected as JavaPoet's first pass collects them (the first class of a
 * simple name wins; a simple name used for a class of the file's own package is never imported).
 * {@link DeclarationPrinter} walks the declarations; this class knows text and names.
 */
final class SourcePrinter implements JavaCode.Output {
    /** A wrapping point of a parameter list: printed by {@link LineWrapper}. */
    record WrapPoint(LineWrapper.Point point, int indentLevel) {}

    private final String indent;
    private final String packageName;
    private final StringBuilder text = new StringBuilder(8192);
    private final List<Object> marks = new ArrayList<>();
    private int[] markOffsets = new int[64];
    private final List<Scope> scopes = new ArrayList<>();
    private final Map<String, ClassName> importable = new LinkedHashMap<>();
    private final Set<String> samePackageNames = new HashSet<>();
    private int indentLevel;
    /** The indentation of each level so far: one append per line instead of one per level. */
    private String[] indents = new String[0];
    private boolean javadoc;
    private boolean comment;
    private boolean trailingNewline;
    private int statementLine = -1;
    private char lastChar;

    /** A type being printed and the simple names of the types nested in it, for resolving names. */
    record Scope(String name, Set<String> nested) {}

    SourcePrinter(String indent, String packageName) {
        this.indent = indent;
        this.packageName = packageName;
    }

    // ---- layout state, as CodeWriter keeps it

    @Override
    public void indent(int levels) {
        if (indentLevel + levels < 0) {
            throw new IllegalStateException("cannot unindent " + -levels + " from " + indentLevel);
        }
        indentLevel += levels;
    }

    @Override
    public void statementStart() {
        if (statementLine != -1) {
            throw new IllegalStateException("statement enter $[ followed by statement enter $[");
        }
        statementLine = 0;
    }

    @Override
    public void statementEnd() {
        if (statementLine == -1) {
            throw new IllegalStateException("statement exit $] has no matching statement enter $[");
        }
        if (statementLine > 0) {
            indentLevel -= 2;
        }
        statementLine = -1;
    }

    int statementLine() {
        return statementLine;
    }

    void statementLine(int line) {
        statementLine = line;
    }

    void javadoc(boolean inJavadoc) {
        javadoc = inJavadoc;
    }

    /** Starts a comment: each line, the first too, starts with {@code //}. */
    void comment(boolean inComment) {
        comment = inComment;
        if (inComment) {
            trailingNewline = true;
        }
    }

    char lastChar() {
        return lastChar;
    }

    void pushScope(String name, Set<String> nested) {
        scopes.add(new Scope(name, nested));
    }

    void popScope() {
        scopes.remove(scopes.size() - 1);
    }

    // ---- text

    /** Code, printed with the current layout. */
    void code(JavaCode code) {
        code.printTo(this);
    }

    /**
     * Text with line breaks ({@code \R}, printed as {@code \n}): a non-empty line starts with the
     * indentation (and {@code " * "} or {@code "// "} inside Javadoc or a comment), an empty one
     * stays empty; a line break inside a statement indents what follows twice more.
     */
    void text(String s) {
        int length = s.length();
        int start = 0;
        while (start < length) {
            int end = JavaCode.lineBreak(s, start);
            if (end == -1) {
                segment(start == 0 ? s : s.substring(start));
                return;
            }
            if (end > start) {
                segment(s.substring(start, end));
            }
            newline();
            start = JavaCode.afterLineBreak(s, end);
        }
    }

    @Override
    public void segment(String s) {
        lineStart();
        text.append(s);
        lastChar = s.charAt(s.length() - 1);
        trailingNewline = false;
    }

    @Override
    public void lineBreak() {
        newline();
    }

    private void newline() {
        if ((javadoc || comment) && trailingNewline) {
            indentation();
            text.append(javadoc ? " *" : "//");
        }
        text.append('\n');
        lastChar = '\n';
        trailingNewline = true;
        if (statementLine != -1) {
            if (statementLine == 0) {
                indentLevel += 2;
            }
            statementLine++;
        }
    }

    private void lineStart() {
        if (trailingNewline) {
            indentation();
            if (javadoc) {
                text.append(" * ");
            } else if (comment) {
                text.append("// ");
            }
        }
    }

    private void indentation() {
        if (indentLevel >= indents.length) {
            String[] more = java.util.Arrays.copyOf(indents, indentLevel + 8);
            for (int i = indents.length; i < more.length; i++) {
                more[i] = indent.repeat(i);
            }
            indents = more;
        }
        text.append(indents[indentLevel]);
    }

    /** A point where a long parameter list may break: a space, or nothing ({@code zeroWidth}). */
    void wrappingPoint(boolean zeroWidth) {
        mark(new WrapPoint(zeroWidth ? LineWrapper.Point.EMPTY : LineWrapper.Point.SPACE, indentLevel + 2));
    }

    // ---- types

    @Override
    public void type(TypeName type) {
        TypeSpelling.spell(type, spelling);
    }

    /** Where {@link #type} spells a type: classes as the imports and the enclosing types allow. */
    private final TypeSpelling.Out spelling = new TypeSpelling.Out() {
        @Override
        public void className(ClassName className) {
            SourcePrinter.this.className(className);
        }

        @Override
        public void text(String text) {
            SourcePrinter.this.segment(text);
        }

        @Override
        public void other(TypeName other) {
            String what = other.isAnnotated() ? "annotated types are"
                    : other instanceof ParameterizedTypeName ? "a type nested in a parameterized type is" : "type variables are";
            throw new IllegalArgumentException(what + " not printed: " + other);
        }
    };

    /**
     * JavaPoet's {@code lookupName}: the shortest suffix of the class's names that the enclosing types
     * resolve to it; failing that, when an enclosing type gives its top-level name another meaning, the
     * canonical name; else a reference decided by the imports, noting what JavaPoet's first pass notes.
     */
    private void className(ClassName className) {
        boolean nameResolved = false;
        for (ClassName c = className; c != null; c = c.enclosingClassName()) {
            String resolved = resolveInScope(c.simpleName());
            nameResolved = resolved != null;
            if (nameResolved && resolved.equals(c.canonicalName())) {
                List<String> names = className.simpleNames();
                typeText(String.join(".", names.subList(c.simpleNames().size() - 1, names.size())));
                return;
            }
        }
        if (nameResolved) {
            typeText(className.canonicalName());
            return;
        }
        ClassName topLevel = className.topLevelClassName();
        if (packageName.equals(className.packageName())) {
            samePackageNames.add(topLevel.simpleName());
        } else if (!className.packageName().isEmpty()) {
            importable.putIfAbsent(topLevel.simpleName(), topLevel);
        }
        lineStart();
        trailingNewline = false;
        lastChar = 'x';
        mark(new TypeReference(className));
    }

    private void typeText(String spelling) {
        lineStart();
        text.append(spelling);
        lastChar = spelling.charAt(spelling.length() - 1);
        trailingNewline = false;
    }

    /** The canonical name {@code simpleName} means inside the current types, or null. */
    private String resolveInScope(String simpleName) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            if (scopes.get(i).nested().contains(simpleName)) {
                StringBuilder canonical = new StringBuilder(packageName);
                for (int j = 0; j <= i; j++) {
                    if (!canonical.isEmpty()) {
                        canonical.append('.');
                    }
                    canonical.append(scopes.get(j).name());
                }
                return canonical.append('.').append(simpleName).toString();
            }
        }
        if (!scopes.isEmpty() && scopes.get(0).name().equals(simpleName)) {
            return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
        }
        return null;
    }

    // ---- the result

    private void mark(Object mark) {
        if (marks.size() == markOffsets.length) {
            markOffsets = java.util.Arrays.copyOf(markOffsets, markOffsets.length * 2);
        }
        markOffsets[marks.size()] = text.length();
        marks.add(mark);
    }

    /** Where the text printed so far ends: a place to put something once the whole file is printed. */
    int offset() {
        return text.length();
    }

    /**
     * The classes to import, by simple name: those collected, but for simple names also used for a
     * class of the file's package.
     */
    Map<String, ClassName> imports() {
        Map<String, ClassName> imports = new LinkedHashMap<>(importable);
        imports.keySet().removeAll(samePackageNames);
        return imports;
    }

    /** The text printed, without the marks. */
    StringBuilder text() {
        return text;
    }

    /** The marks in order: {@link TypeReference}s and {@link WrapPoint}s. */
    List<Object> marks() {
        return marks;
    }

    /** Where mark {@code index} goes in {@link #text()}. */
    int markOffset(int index) {
        return markOffsets[index];
    }
}
