package io.github.oxencodegen.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON results ({@code -rf json}) into the README's table: per benchmark the median of every
 * measured iteration of every fork, the interquartile range and the extremes, then the ratios the
 * targets are about. JMH's own summary is a mean with a confidence interval, which a single slow
 * iteration on a shared machine drags around; the median does not move with it.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.oxencodegen.benchmarks.JmhSummary results.json [more.json ...]
 * </pre>
 * Several files (runs at different times) are pooled: the iterations of a benchmark in all of them
 * count as one sample.
 */
public final class JmhSummary {
    /** One benchmark (with its parameters) summarised. */
    record Row(String name, String unit, int samples, double median, double p25, double p75, double min, double max) {}

    private JmhSummary() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: JmhSummary results.json [more.json ...]");
        }
        List<JsonNode> files = new ArrayList<>();
        for (String arg : args) {
            files.add(new ObjectMapper().readTree(Path.of(arg).toFile()));
        }
        System.out.print(render(rows(files.toArray(JsonNode[]::new))));
    }

    /** One row per benchmark and parameters, in the order first seen, pooling the iterations of every file. */
    static List<Row> rows(JsonNode... files) {
        Map<String, String> units = new LinkedHashMap<>();
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        for (JsonNode results : files) {
            for (JsonNode result : results) {
                String name = nameOf(result);
                JsonNode metric = result.get("primaryMetric");
                units.put(name, metric.get("scoreUnit").asText());
                List<Double> values = samples.computeIfAbsent(name, key -> new ArrayList<>());
                metric.get("rawData").forEach(fork -> fork.forEach(iteration -> values.add(iteration.asDouble())));
            }
        }
        List<Row> rows = new ArrayList<>();
        samples.forEach((name, values) -> {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            rows.add(new Row(name, units.get(name), sorted.length, quantile(sorted, 0.5),
                    quantile(sorted, 0.25), quantile(sorted, 0.75), sorted[0], sorted[sorted.length - 1]));
        });
        return rows;
    }

    /**
     * {@code Class.method}, with the parameters in brackets, such as
     * {@code ValidatorBenchmark.generated (request=valid)}, and {@code [single shot]} after a
     * single-shot run ({@code -bm ss}), which is never pooled with a steady-state one.
     */
    private static String nameOf(JsonNode result) {
        String name = result.get("benchmark").asText().replaceFirst("^.*\\.([^.]+\\.[^.]+)$", "$1");
        JsonNode params = result.path("params");
        if (params.size() > 0) {
            List<String> values = new ArrayList<>();
            params.properties().forEach(param -> values.add(param.getKey() + "=" + param.getValue().asText()));
            name += " (" + String.join(", ", values) + ")";
        }
        return result.path("mode").asText().equals("ss") ? name + " [single shot]" : name;
    }

    /** Linear interpolation between the closest ranks. */
    static double quantile(double[] sorted, double q) {
        double rank = q * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
    }

    static String render(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append("| benchmark | median | interquartile range | min–max | unit | samples |\n");
        out.append("|---|---:|---:|---:|---|---:|\n");
        Map<String, Row> byName = new LinkedHashMap<>();
        for (Row row : rows) {
            byName.put(row.name(), row);
            out.append(String.format(Locale.ROOT, "| %s | %s | %s–%s | %s–%s | %s | %d |%n", row.name(), number(row.median()),
                    number(row.p25()), number(row.p75()), number(row.min()), number(row.max()), row.unit(), row.samples()));
        }
        List<String> ratios = new ArrayList<>();
        for (String request : List.of("valid", "invalid")) {
            for (String generated : List.of("generated", "generatedTyped")) {
                for (String interpreter : List.of("everit", "networknt")) {
                    ratio(byName, "ValidatorBenchmark." + generated + " (request=" + request + ")",
                            "ValidatorBenchmark." + interpreter + " (request=" + request + ")", ratios);
                }
            }
        }
        for (String other : List.of("ValidatorBenchmark.everit", "ValidatorBenchmark.networknt", "ValidatorBenchmark.generated")) {
            ratio(byName, "MediaReferencesBenchmark.generatedWithoutMediaReferences", other + " (request=valid)", ratios);
        }
        ratio(byName, "GenerationBenchmark.oxenCodegen", "GenerationBenchmark.jsonschema2pojo", ratios);
        ratio(byName, "GenerationBenchmark.oxenCodegen [single shot]", "GenerationBenchmark.jsonschema2pojo [single shot]", ratios);
        if (!ratios.isEmpty()) {
            out.append('\n');
            ratios.forEach(line -> out.append(line).append('\n'));
        }
        return out.toString();
    }

    /**
     * How many times as fast as {@code b} {@code a} is, on medians: for throughput (operations per unit
     * of time) the ratio of scores, for average time the inverse.
     */
    private static void ratio(Map<String, Row> rows, String a, String b, List<String> out) {
        Row first = rows.get(a);
        Row second = rows.get(b);
        if (first == null || second == null) {
            return;
        }
        boolean throughput = first.unit().startsWith("ops/");
        double times = throughput ? first.median() / second.median() : second.median() / first.median();
        out.add(String.format(Locale.ROOT, "- %s: %s× the speed of %s (medians)", a, times >= 10 ? String.format(Locale.ROOT, "%.1f", times)
                : String.format(Locale.ROOT, "%.2f", times), b));
    }

    private static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : value >= 10 ? String.format(Locale.ROOT, "%.1f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
