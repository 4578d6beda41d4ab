package io.github.oxencodegen.codegen.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.github.oxencodegen.testing.InMemoryCompiler;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupportEmitterTest {
    private final SupportTypes types = new SupportTypes("com.acme.oxen");

    @Test
    void everySupportTypeCompilesWithoutAWarning() throws Exception {
        ClassLoader loader = InMemoryCompiler.compile(SupportEmitter.emit(types));
        for (var name : types.all()) {
            assertThat(loader.loadClass(name.reflectionName())).isNotNull();
        }
    }

    @Test
    void oneFilePerSupportTypeInTheBasePackage() {
        List<JavaFile> files = SupportEmitter.emit(types);
        assertThat(files).extracting(f -> f.packageName() + "." + f.typeSpec().name())
                .containsExactlyElementsOf(types.all().stream().map(c -> c.canonicalName()).toList());
    }

    @Test
    void outputIsIdenticalEveryTime() {
        assertThat(SupportEmitter.emit(types).toString()).isEqualTo(SupportEmitter.emit(new SupportTypes("com.acme.oxen")).toString());
    }
}
