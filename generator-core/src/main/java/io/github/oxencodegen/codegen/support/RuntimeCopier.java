package io.github.oxencodegen.codegen.support;

import com.palantir.javapoet.ClassName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Copies a runtime source file ({@code io.github.oxencodegen.runtime.<Name>}, ordinary Java compiled
 * and tested with the generator, packaged beside its classes as {@code .java} text) into the
 * consumer's package. The package line is the only thing rewritten: every other byte of the
 * source is emitted as it is, after the file comment. Any runtime file can be copied this way,
 * alone or with others. For Jackson 3 the text is then translated by {@link JacksonDialect}, the one
 * place where the two dialects differ.
 */
public final class RuntimeCopier {
    /** The package the runtime sources are written and tested in. */
    public static final String RUNTIME_PACKAGE = "io.github.oxencodegen.runtime";

    private static final String PACKAGE_LINE = "package " + RUNTIME_PACKAGE + ";\n";

    private RuntimeCopier() {}

    /**
     * The runtime source named like {@code target}'s simple name, moved to {@code target}'s package.
     *
     * @param fileComment lines written first, each as a {@code //} comment; empty for none
     */
    public static SupportFile copy(ClassName target, String fileComment) {
        return copy(target, fileComment, JacksonDialect.JACKSON_2);
    }

    /**
     * As {@link #copy(ClassName, String)}, in {@code jackson}'s dialect: for Jackson 3 the source is
     * translated by {@link JacksonDialect#translate}, the one other change.
     */
    public static SupportFile copy(ClassName target, String fileComment, JacksonDialect jackson) {
        StringBuilder text = new StringBuilder();
        if (!fileComment.isEmpty()) {
            for (String line : fileComment.split("\n", -1)) {
                text.append("// ").append(line).append('\n');
            }
        }
        text.append(jackson.translate(inPackage(source(target.simpleName()), target.packageName())));
        return new SupportFile(target, text.toString());
    }

    /** The runtime sources read so far: they never change while the generator's classes are loaded. */
    private static final Map<String, String> SOURCES = new ConcurrentHashMap<>();

    /**
     * The text of the runtime source {@code simpleName}, with {@code \n} line ends; read from the jar
     * once per class loader, as a long-lived build (m2e, a build daemon) generates again and again.
     */
    public static String source(String simpleName) {
        return SOURCES.computeIfAbsent(simpleName, RuntimeCopier::read);
    }

    private static String read(String simpleName) {
        String resource = RUNTIME_PACKAGE.replace('.', '/') + "/" + simpleName + ".java";
        try (InputStream in = RuntimeCopier.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the runtime source " + resource
                        + " is not on the generator's class path: the generator-core jar is incomplete (rebuild it)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the runtime source " + resource, e);
        }
    }

    /**
     * {@code source} with its first line, {@code package io.github.oxencodegen.runtime;}, naming
     * {@code packageName} instead; for the unnamed package, without that line and the blank line after it.
     */
    static String inPackage(String source, String packageName) {
        if (!source.startsWith(PACKAGE_LINE)) {
            throw new IllegalStateException("a runtime source must begin with '" + PACKAGE_LINE.strip() + "': "
                    + source.lines().findFirst().orElse(""));
        }
        String rest = source.substring(PACKAGE_LINE.length());
        if (packageName.isEmpty()) {
            return rest.startsWith("\n") ? rest.substring(1) : rest;
        }
        return "package " + packageName + ";\n" + rest;
    }
}
