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

    /** One file per support type, in the order of {@link SupportTypes#all()}. */
    public static List<JavaFile> emit(SupportTypes types) {
        return List.of(
                file(types, ViolationEmitter.emit(types)),
                file(types, ValidationExceptionEmitter.emit(types)),
                file(types, InstancePathEmitter.emit(types)),
                file(types, JsonValuesEmitter.emit(types)),
                file(types, JsonFormatsEmitter.emit(types)),
                file(types, MediaReferencesEmitter.emit(types)));
    }

    private static JavaFile file(SupportTypes types, TypeSpec type) {
        return JavaFile.builder(types.basePackage(), type).skipJavaLangImports(true).build();
    }
}
