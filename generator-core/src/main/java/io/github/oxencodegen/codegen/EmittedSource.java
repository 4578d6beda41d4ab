package io.github.oxencodegen.codegen;

import io.github.oxencodegen.codegen.source.JavaFile;
import java.util.Objects;

/**
 * One emitted source file, not yet printed: where it goes and how to print it. Printing is most of
 * the cost of generation, so the caller chooses when, and on which thread, each file is printed;
 * the declarations ({@code codegen.source}) stay inside {@code codegen}.
 */
public final class EmittedSource {
    private final JavaFile file;

    EmittedSource(JavaFile file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The file's path below the source root, such as {@code com/acme/oxen/flux_1_dev/Flux1DevRequest.java}. */
    public String relativePath() {
        return file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
    }

    /** The file's text. */
    public String print() {
        return file.toString();
    }
}
