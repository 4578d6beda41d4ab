package io.github.oxencodegen.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.GeneratedFile;
import io.github.oxencodegen.testing.JavadocRunner;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated sources of every golden case, support types included, pass the JDK's javadoc tool
 * with {@code -Xdoclint:all} without a single warning: no tag printed as text, no missing comment,
 * {@code @param} or {@code @return}, no broken HTML.
 */
class GeneratedJavadocTest {
    static List<String> cases() throws Exception {
        return GoldenFilesTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void javadocWithAllDoclintChecksReportsNothingOnTheGeneratedSources(String name, @TempDir Path html) throws Exception {
        Map<String, String> sources = new LinkedHashMap<>();
        for (GeneratedFile file : GoldenFilesTest.generate(name).files()) {
            sources.put(file.relativePath().replace(".java", "").replace('/', '.'), file.content());
        }
        assertThat(JavadocRunner.diagnostics(sources, html)).as("javadoc -Xdoclint:all over the golden case %s", name).isEmpty();
    }
}
