package io.github.oxencodegen.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.GeneratedFile;
import io.github.oxencodegen.testing.JavadocRunner;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import io.github.oxencodegen.codegen.support.JacksonDialect;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated sources of every golden case, support types included, pass the JDK's javadoc tool
 * with {@code -Xdoclint:all} without a single warning: no tag printed as text, no missing comment,
 * {@code @param} or {@code @return}, no broken HTML; in both Jackson dialects.
 */
class GeneratedJavadocTest {
    static Stream<Arguments> cases() throws Exception {
        return GoldenFilesTest.casesInBothDialects();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("cases")
    void javadocWithAllDoclintChecksReportsNothingOnTheGeneratedSources(String name, JacksonDialect jackson, @TempDir Path html)
            throws Exception {
        Map<String, String> sources = new LinkedHashMap<>();
        for (GeneratedFile file : GoldenFilesTest.generate(name, jackson).files()) {
            sources.put(file.relativePath().replace(".java", "").replace('/', '.'), file.content());
        }
        assertThat(JavadocRunner.diagnostics(sources, html, jackson)).as("javadoc -Xdoclint:all over the golden case %s (%s)", name, jackson).isEmpty();
    }
}
