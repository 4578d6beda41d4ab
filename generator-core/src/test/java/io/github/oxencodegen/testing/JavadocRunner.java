package io.github.oxencodegen.testing;

import io.github.oxencodegen.codegen.support.JacksonDialect;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs the JDK's javadoc tool with {@code -Xdoclint:all} over sources held in memory, against the
 * test classpath (so Jackson resolves), and returns every diagnostic it reports (warnings, errors,
 * notes), each as one line naming the file and line. The HTML goes to a directory the caller owns.
 */
public final class JavadocRunner {
    private static final List<String> OPTIONS = List.of("-Xdoclint:all", "--release", "17", "-quiet", "-notimestamp", "-Xmaxwarns", "100000", "-Xmaxerrs", "100000");

    private JavadocRunner() {}

    /** Every diagnostic of javadoc over {@code sourcesByClassName}; the HTML is written below {@code output}. */
    public static List<String> diagnostics(Map<String, String> sourcesByClassName, Path output) {
        return diagnostics(sourcesByClassName, output, JacksonDialect.JACKSON_2);
    }

    /** As {@link #diagnostics(Map, Path)}, for sources written for {@code jackson}. */
    public static List<String> diagnostics(Map<String, String> sourcesByClassName, Path output, JacksonDialect jackson) {
        DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
        if (tool == null) {
            throw new IllegalStateException("no system documentation tool: the tests need a JDK, not a JRE");
        }
        List<JavaFileObject> units = new ArrayList<>();
        sourcesByClassName.forEach((name, source) -> units.add(new Source(name, source)));
        DiagnosticCollector<JavaFileObject> collected = new DiagnosticCollector<>();
        StringWriter console = new StringWriter();
        List<String> options = new ArrayList<>(OPTIONS);
        options.add("-d");
        options.add(output.toString());
        options.add("-classpath");
        options.add(String.join(File.pathSeparator, JacksonClasspath.of(jackson)));
        boolean ok;
        try (StandardJavaFileManager files = tool.getStandardFileManager(collected, Locale.ROOT, StandardCharsets.UTF_8)) {
            ok = tool.getTask(console, files, collected, null, options, units).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : collected.getDiagnostics()) {
            String where = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ";
            lines.add(d.getKind() + " " + where + d.getMessage(Locale.ROOT));
        }
        if (!ok && lines.isEmpty()) {
            lines.add("javadoc failed: " + console);
        }
        return lines;
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
}
