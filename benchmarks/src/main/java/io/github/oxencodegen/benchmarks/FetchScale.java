package io.github.oxencodegen.benchmarks;

import io.github.oxencodegen.fetch.FetchOutcome;
import io.github.oxencodegen.fetch.FetchSettings;
import io.github.oxencodegen.fetch.ModelFetcher;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long {@link ModelFetcher#fetchAll} takes to fetch every model of a list from a running Oxen (the
 * {@link LoopbackOxenServer} that {@code benchmarks/scale-build.sh} starts), at several bounds of requests
 * in flight. Each run fetches with every bound in turn, so that load from elsewhere falls on all alike;
 * one fetch with the first bound, untimed, warms the JVM up first. A fetch that fails for any model fails
 * the benchmark: a figure is only of a complete fetch.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.oxencodegen.benchmarks.FetchScale \
 *     --base-url http://127.0.0.1:PORT --models-list models-300.json [--bounds 1,4,8,16] [--runs 5]
 * </pre>
 * prints one Markdown row per bound: the median wall time of a whole fetchAll, its extremes and the
 * models per second.
 */
public final class FetchScale {
    private FetchScale() {}

    public static void main(String[] args) throws Exception {
        URI baseUrl = null;
        Path modelsList = null;
        int[] bounds = {1, 4, 8, 16};
        int runs = 5;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--base-url" -> baseUrl = URI.create(args[i + 1]);
                case "--models-list" -> modelsList = Path.of(args[i + 1]);
                case "--bounds" -> bounds = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --base-url URL, --models-list FILE, --bounds 1,4,8,16, --runs N");
            }
        }
        if (baseUrl == null || modelsList == null || args.length % 2 != 0) {
            throw new IllegalArgumentException("usage: FetchScale --base-url URL --models-list FILE [--bounds 1,4,8,16] [--runs N]");
        }
        List<String> ids = LoopbackOxenServer.generatableIds(Files.readAllBytes(modelsList));
        fetch(baseUrl, ids, bounds[0]);
        Map<Integer, List<Long>> millis = new LinkedHashMap<>();
        for (int run = 0; run < runs; run++) {
            for (int bound : bounds) {
                millis.computeIfAbsent(bound, b -> new ArrayList<>()).add(fetch(baseUrl, ids, bound));
            }
        }
        System.out.println("| requests in flight at most | fetchAll of " + ids.size() + " models, median of " + runs
                + " | min–max | models/s |");
        System.out.println("|---:|---:|---:|---:|");
        millis.forEach((bound, times) -> {
            List<Long> sorted = times.stream().sorted().toList();
            long median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                    : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
            System.out.printf("| %d | %d ms | %d–%d ms | %.0f |%n", bound, median, sorted.get(0),
                    sorted.get(sorted.size() - 1), ids.size() * 1000.0 / median);
        });
    }

    /** One whole fetchAll with a fresh fetcher, as a build makes one; its wall time in milliseconds. */
    private static long fetch(URI baseUrl, List<String> ids, int bound) {
        long start = System.nanoTime();
        Map<String, FetchOutcome> outcomes;
        try (ModelFetcher fetcher = new ModelFetcher(FetchSettings.defaults(baseUrl).withParallelism(bound))) {
            outcomes = fetcher.fetchAll(ids);
        }
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        outcomes.forEach((id, outcome) -> {
            if (outcome instanceof FetchOutcome.Failed failed) {
                throw new IllegalStateException("bound " + bound + ": " + failed.error().getMessage());
            }
        });
        return elapsed;
    }
}
