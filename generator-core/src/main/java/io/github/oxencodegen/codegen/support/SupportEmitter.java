package io.github.oxencodegen.codegen.support;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.util.List;

/**
 * Emits the support types once per base package. They need only the JDK and jackson-databind
 * (2.15 or later) at run time: there is no runtime library of ours.
 */
public final class SupportEmitter {
    private SupportEmitter() {}

    /**
     * One file per support type, in the order of {@link SupportTypes#all()}.
     *
     * @param fileComment lines written first in each file as {@code //} comments; empty for none
     */
    public static List<SupportFile> emit(SupportTypes types, String fileComment) {
        return List.of(
                RuntimeCopier.copy(types.violation(), fileComment),
                RuntimeCopier.copy(types.validationException(), fileComment),
                file(types, fileComment, InstancePathEmitter.emit(types)),
                file(types, fileComment, JsonValuesEmitter.emit(types)),
                file(types, fileComment, JsonFormatsEmitter.emit(types)),
                file(types, fileComment, MediaReferencesEmitter.emit(types)));
    }

    private static SupportFile file(SupportTypes types, String fileComment, TypeSpec type) {
        JavaFile.Builder file = JavaFile.builder(types.basePackage(), type).skipJavaLangImports(true).indent("    ");
        if (!fileComment.isEmpty()) {
            file.addFileComment("$L", fileComment);
        }
        return new SupportFile(types.violation().peerClass(type.name()), file.build().toString());
    }
}
