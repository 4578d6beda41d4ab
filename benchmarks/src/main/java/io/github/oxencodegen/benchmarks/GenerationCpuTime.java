package io.github.oxencodegen.benchmarks;

import io.github.oxencodegen.GeneratedFile;
import io.github.oxencodegen.GenerationResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@link GenerationBenchmark}'s two methods timed by the CPU time of the thread that runs them
 * instead of by the clock, for a machine shared with other builds: with ten processes runnable on two
 * cores, JMH's wall-clock figures measure the queue for a core rather than the generator, while the
 * CPU time a thread is given is what it costs. Run with
 * {@code -Djava.util.concurrent.ForkJoinPool.common.parallelism=0} so that oxen-codegen's parallel
 * streams run on the calling thread and all of its work is counted (this refuses to run otherwise);
 * jsonschema2pojo is single-threaded anyway. The two alternate round by round, so both see the same
 * machine. Prints the median and interquartile range of the CPU time per model for each, their ratio,
 * the size of what each generates with a SHA-256 of oxen-codegen's output (to show that a change left
 * the output byte-identical), and what javac takes to compile oxen-codegen's output ({@link JavacTime}).
 * A third argument {@code oxen-only} times oxen-codegen alone, without jsonschema2pojo in the same JVM.
 * <pre>
 * java -Djava.util.concurrent.ForkJoinPool.common.parallelism=0 -cp benchmarks.jar \
 *     io.github.oxencodegen.benchmarks.GenerationCpuTime [warm-up rounds] [measured rounds] [oxen-only]
 * </pre>
 */
public final class GenerationCpuTime {
    /**
     * Rounds before measuring, by default: about 35 s of oxen-codegen's. Its code is large and the JIT
     * finishes compiling it late: after 300 rounds (about 3 s) a round still cost 600 us per model
     * where a JMH fork, after 30 s, measures 500, and this harness after 3000 rounds ({@code oxen-only}) 478.
     */
    static final int WARM_UP_ROUNDS = 3000;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private GenerationCpuTime() {}

    public static void main(String[] args) throws Exception {
        if (!"0".equals(System.getProperty("java.util.concurrent.ForkJoinPool.common.parallelism"))) {
            throw new IllegalStateException("run with -Djava.util.concurrent.ForkJoinPool.common.parallelism=0:"
                    + " otherwise the pool's threads do work this thread's CPU time does not count");
        }
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : WARM_UP_ROUNDS;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        boolean withPeer = !(args.length > 2 && args[2].equals("oxen-only"));
        GenerationBenchmark benchmark = new GenerationBenchmark();
        benchmark.setUp();
        for (int i = 0; i < warmUp; i++) {
            benchmark.oxenCodegen();
            if (withPeer) {
                benchmark.jsonschema2pojo();
            }
        }
        double[] oxen = new double[rounds];
        double[] peer = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            oxen[i] = perModel(benchmark::oxenCodegen);
            if (withPeer) {
                peer[i] = perModel(benchmark::jsonschema2pojo);
            }
        }
        System.out.println(line("oxenCodegen", oxen));
        if (withPeer) {
            System.out.println(line("jsonschema2pojo", peer));
            System.out.printf(Locale.ROOT, "speed of oxen-codegen / jsonschema2pojo (ratio of medians): %.2f%n",
                    median(peer) / median(oxen));
        }
        GenerationResult output = benchmark.oxenCodegen();
        System.out.println(size("oxen-codegen output", contents(output)) + ", SHA-256 " + digest(output));
        System.out.println(size("jsonschema2pojo output", new ArrayList<>(benchmark.jsonschema2pojo().values())));
        System.out.println(JavacTime.measure(benchmark.oxenCodegen().files(), 1, 5));
    }

    /** Microseconds of this thread's CPU time per model for one invocation. */
    private static double perModel(Callable<?> run) throws Exception {
        long start = THREADS.getCurrentThreadCpuTime();
        run.call();
        return (THREADS.getCurrentThreadCpuTime() - start) / 1000.0 / GenerationBenchmark.MODELS;
    }

    /** The SHA-256 of every file's path and text, in order: equal digests mean byte-identical output. */
    static String digest(GenerationResult result) throws NoSuchAlgorithmException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (GeneratedFile file : result.files()) {
            sha256.update(file.relativePath().getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(file.content().getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static List<String> contents(GenerationResult result) {
        return result.files().stream().map(GeneratedFile::content).toList();
    }

    private static String line(String name, double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%-16s CPU time per model: median %.0f us (IQR %.0f-%.0f, min %.0f, max %.0f, %d rounds)",
                name, median(sorted), sorted[sorted.length / 4], sorted[sorted.length * 3 / 4], sorted[0],
                sorted[sorted.length - 1], sorted.length);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String size(String what, List<String> files) {
        long characters = 0;
        long lines = 0;
        for (String file : files) {
            characters += file.length();
            lines += file.chars().filter(c -> c == '\n').count();
        }
        return String.format(Locale.ROOT, "%s: %d files, %d lines, %d characters", what, files.size(), lines, characters);
    }
}
