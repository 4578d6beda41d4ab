package io.github.oxencodegen.codegen.support;

import com.palantir.javapoet.ClassName;
import java.util.Objects;

/**
 * One support type's source, ready to write.
 *
 * @param type    the type the file declares, in the consumer's base package
 * @param content the complete file text
 */
public record SupportFile(ClassName type, String content) {
    public SupportFile {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(content, "content");
    }

    /** The path below the output folder, with {@code /} separators, such as {@code com/acme/oxen/Violation.java}. */
    public String relativePath() {
        String folder = type.packageName().replace('.', '/');
        return (folder.isEmpty() ? "" : folder + "/") + type.simpleName() + ".java";
    }
}
