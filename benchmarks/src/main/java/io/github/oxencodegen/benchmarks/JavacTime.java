package io.github.oxencodegen.benchmarks;

import io.github.oxencodegen.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * What javac costs on generated sources: the files are written to a temporary folder and compiled
 * in this JVM (as the Maven compiler plugin does) against this JVM's class path, which holds Jackson,
 * with {@code -proc:none}; warm-up compilations, then the median of the measured ones, by this
 * thread's CPU time and by the clock. The folder is deleted afterwards.
 */
final class JavacTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private JavacTime() {}

    static String measure(List<GeneratedFile> files, int warmUps, int runs) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path root = null;
        try {
            root = Files.createTempDirectory("oxen-javac-time");
            List<String> arguments = new ArrayList<>(List.of("-proc:none", "-nowarn", "-encoding", "UTF-8",
                    "-cp", System.getProperty("java.class.path"), "-d", root.resolve("classes").toString()));
            for (GeneratedFile file : files) {
                Path source = root.resolve("src").resolve(file.relativePath());
                Files.createDirectories(source.getParent());
                Files.writeString(source, file.content(), StandardCharsets.UTF_8);
                arguments.add(source.toString());
            }
            double[] cpu = new double[runs];
            double[] wall = new double[runs];
            for (int i = -warmUps; i < runs; i++) {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long wallStart = System.nanoTime();
                int status = javac.run(null, null, null, arguments.toArray(String[]::new));
                if (status != 0) {
                    throw new IllegalStateException("javac failed on the generated sources (status " + status + ")");
                }
                if (i >= 0) {
                    cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                    wall[i] = (System.nanoTime() - wallStart) / 1e6;
                }
            }
            Arrays.sort(cpu);
            Arrays.sort(wall);
            return String.format(Locale.ROOT, "javac on oxen-codegen output (%d files, %d runs after %d warm-up): median %.0f ms CPU time"
                    + " (min %.0f, max %.0f), %.0f ms by the clock", files.size(), runs, warmUps, cpu[runs / 2], cpu[0], cpu[runs - 1], wall[runs / 2]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(root);
        }
    }

    private static void delete(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
