package io.github.oxencodegen.testing;

import io.github.oxencodegen.codegen.source.JavaFile;
import io.github.oxencodegen.codegen.support.JacksonDialect;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in memory, as strictly as a user's build would: {@code -Xlint:all -Werror
 * --release 17}, against the test classpath. Any diagnostic at all (error, warning or note) fails the
 * compilation with every diagnostic and the numbered sources in the message. The classes are loaded
 * by a fresh class loader whose parent is this class's loader, so generated code shares Jackson with
 * the test.
 */
public final class InMemoryCompiler {
    private static final List<String> OPTIONS = List.of("-Xlint:all", "-Werror", "--release", "17", "-proc:none");

    private InMemoryCompiler() {}

    /** Compiles {@code files} together and returns a class loader that defines them. */
    public static ClassLoader compile(Collection<JavaFile> files) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (JavaFile file : files) {
            String name = file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
            sources.put(name, file.toString());
        }
        return compileSources(sources);
    }

    /** Compiles sources keyed by the binary name of their top-level class. */
    public static ClassLoader compileSources(Map<String, String> sourcesByClassName) {
        return compileSources(sourcesByClassName, JacksonDialect.JACKSON_2);
    }

    /**
     * Compiles sources written for {@code jackson}: Jackson 3 code against Jackson 3 alone
     * ({@link JacksonClasspath}), without Jackson 2's databind.
     */
    public static ClassLoader compileSources(Map<String, String> sourcesByClassName, JacksonDialect jackson) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no system Java compiler: the tests need a JDK, not a JRE");
        }
        List<JavaFileObject> units = new ArrayList<>();
        sourcesByClassName.forEach((name, source) -> units.add(new Source(name, source)));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        Output output = new Output(standard);
        List<String> options = new ArrayList<>(OPTIONS);
        options.add("-classpath");
        options.add(String.join(File.pathSeparator, JacksonClasspath.of(jackson)));
        boolean ok = compiler.getTask(null, output, diagnostics, options, null, units).call();
        if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
            throw new AssertionError(report(diagnostics.getDiagnostics(), sourcesByClassName));
        }
        return new Loader(output.classes, InMemoryCompiler.class.getClassLoader());
    }

    /**
     * Compiles sources that are expected not to compile, with the same options, and returns every error
     * as {@code ClassName:line: message} (the messages in the root locale, as javac prints them).
     */
    public static List<String> errors(Map<String, String> sourcesByClassName) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> units = new ArrayList<>();
        sourcesByClassName.forEach((name, source) -> units.add(new Source(name, source)));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        List<String> options = new ArrayList<>(OPTIONS);
        options.add("-classpath");
        options.add(String.join(File.pathSeparator, TestClasspath.entries()));
        compiler.getTask(null, new Output(standard), diagnostics, options, null, units).call();
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String source = d.getSource() == null ? "" : d.getSource().getName();
                String name = source.substring(source.lastIndexOf('/') + 1).replace(".java", "");
                errors.add(name + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
            }
        }
        return errors;
    }

    private static String report(List<Diagnostic<? extends JavaFileObject>> diagnostics, Map<String, String> sources) {
        StringBuilder text = new StringBuilder("compilation with ").append(OPTIONS).append(" reported:\n");
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            String where = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ";
            text.append(d.getKind()).append(' ').append(where).append(d.getMessage(Locale.ROOT))
                    .append(" [").append(d.getCode()).append("]\n");
        }
        sources.forEach((name, source) -> {
            text.append("\n--- ").append(name).append(" ---\n");
            String[] lines = source.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                text.append(String.format(Locale.ROOT, "%4d  %s%n", i + 1, lines[i]));
            }
        });
        return text.toString();
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }

    private static final class ClassBytes extends SimpleJavaFileObject {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        ClassBytes(String className) {
            super(URI.create("bytes:///" + className.replace('.', '/') + Kind.CLASS.extension), Kind.CLASS);
        }

        @Override
        public OutputStream openOutputStream() {
            return bytes;
        }
    }

    private static final class Output extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, ClassBytes> classes = new LinkedHashMap<>();

        Output(StandardJavaFileManager standard) {
            super(standard);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(
                JavaFileManager.Location location, String className, JavaFileObject.Kind kind, FileObject sibling)
                throws IOException {
            if (kind != JavaFileObject.Kind.CLASS) {
                return super.getJavaFileForOutput(location, className, kind, sibling);
            }
            ClassBytes file = new ClassBytes(className);
            classes.put(className, file);
            return file;
        }
    }

    private static final class Loader extends ClassLoader {
        private final Map<String, ClassBytes> classes;

        Loader(Map<String, ClassBytes> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            ClassBytes file = classes.get(name);
            if (file == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes = file.bytes.toByteArray();
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
