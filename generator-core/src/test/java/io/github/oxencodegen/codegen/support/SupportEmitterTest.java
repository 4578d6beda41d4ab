package io.github.oxencodegen.codegen.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.testing.InMemoryCompiler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SupportEmitterTest {
    private final SupportTypes types = new SupportTypes("com.acme.oxen");

    @Test
    void everySupportTypeCompilesWithoutAWarning() throws Exception {
        Map<String, String> sources = new LinkedHashMap<>();
        for (SupportFile file : SupportEmitter.emit(types, "")) {
            sources.put(file.type().canonicalName(), file.content());
        }
        ClassLoader loader = InMemoryCompiler.compileSources(sources);
        for (var name : types.all()) {
            assertThat(loader.loadClass(name.reflectionName())).isNotNull();
        }
    }

    @Test
    void oneFilePerSupportTypeInTheBasePackage() {
        List<SupportFile> files = SupportEmitter.emit(types, "");
        assertThat(files).extracting(SupportFile::type).containsExactlyElementsOf(types.all());
        assertThat(files).extracting(SupportFile::relativePath).first().isEqualTo("com/acme/oxen/Violation.java");
    }

    @Test
    void everyFileBeginsWithTheFileCommentAndThenItsPackage() {
        for (SupportFile file : SupportEmitter.emit(types, "Generated.\nDo not edit.")) {
            assertThat(file.content()).as(file.type().simpleName())
                    .startsWith("// Generated.\n// Do not edit.\npackage com.acme.oxen;\n");
        }
    }

    @Test
    void outputIsIdenticalEveryTime() {
        assertThat(SupportEmitter.emit(types, "x")).isEqualTo(SupportEmitter.emit(new SupportTypes("com.acme.oxen"), "x"));
    }
}
