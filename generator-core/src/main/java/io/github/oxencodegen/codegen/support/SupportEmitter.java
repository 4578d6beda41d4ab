package io.github.oxencodegen.codegen.support;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits the support types once per base package: each is a runtime source of
 * {@code io.github.oxencodegen.runtime} copied by {@link RuntimeCopier} with its package line
 * rewritten (and, for Jackson 3, translated by {@link JacksonDialect}). They need only the JDK and
 * jackson-databind (2.15 or later, or 3.0 or later) at run time: there is no runtime library of ours.
 */
public final class SupportEmitter {
    private SupportEmitter() {}

    /**
     * One file per support type, in the order of {@link SupportTypes#all()}.
     *
     * @param fileComment lines written first in each file as {@code //} comments; empty for none
     */
    public static List<SupportFile> emit(SupportTypes types, String fileComment) {
        return emit(types, fileComment, false);
    }

    /**
     * As {@link #emit(SupportTypes, String)}, followed by the client runtime ({@link SupportTypes#client()})
     * when {@code client} is true.
     */
    public static List<SupportFile> emit(SupportTypes types, String fileComment, boolean client) {
        return emit(types, fileComment, client, JacksonDialect.JACKSON_2);
    }

    /** As {@link #emit(SupportTypes, String, boolean)}, in {@code jackson}'s dialect. */
    public static List<SupportFile> emit(SupportTypes types, String fileComment, boolean client, JacksonDialect jackson) {
        List<SupportFile> files = new ArrayList<>();
        for (ClassName type : types.all()) {
            files.add(RuntimeCopier.copy(type, fileComment, jackson));
        }
        if (client) {
            for (ClassName type : types.client()) {
                files.add(RuntimeCopier.copy(type, fileComment, jackson));
            }
        }
        return List.copyOf(files);
    }
}
