package io.github.oxencodegen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.GeneratedFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The javac figure is taken on sources that compile, and a source that does not compile stops it. */
class JavacTimeTest {
    @Test
    void compilesTheGeneratedSourcesAndSaysHowLongItTook() throws Exception {
        GenerationBenchmark benchmark = new GenerationBenchmark();
        benchmark.setUp();
        List<GeneratedFile> files = benchmark.oxenCodegen().files();

        assertThat(JavacTime.measure(files, 0, 1)).startsWith("javac on oxen-codegen output (" + files.size() + " files, 1 runs after 0 warm-up")
                .contains("ms CPU time");
    }

    @Test
    void aSourceThatDoesNotCompileIsAFailureNotAFigure() {
        List<GeneratedFile> broken = List.of(new GeneratedFile("p/Broken.java", "package p; class Broken { int x = ; }"));

        assertThatThrownBy(() -> JavacTime.measure(broken, 0, 1)).hasMessageContaining("javac failed");
    }

    @Test
    void theCpuTimeRunRefusesToCountOnlyPartOfTheWork() {
        assertThatThrownBy(() -> GenerationCpuTime.main(new String[] {"1", "1"}))
                .hasMessageContaining("-Djava.util.concurrent.ForkJoinPool.common.parallelism=0");
    }
}
