package io.github.oxencodegen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The summary reads JMH's JSON results: medians over every iteration of every fork, and the ratios. */
class JmhSummaryTest {
    private static final String RESULTS = """
            [
              {"benchmark": "io.github.oxencodegen.benchmarks.ValidatorBenchmark.generated", "params": {"request": "valid"},
               "primaryMetric": {"scoreUnit": "ops/ms", "rawData": [[100, 300, 200], [250, 150]]}},
              {"benchmark": "io.github.oxencodegen.benchmarks.ValidatorBenchmark.everit", "params": {"request": "valid"},
               "primaryMetric": {"scoreUnit": "ops/ms", "rawData": [[10, 10, 10]]}},
              {"benchmark": "io.github.oxencodegen.benchmarks.GenerationBenchmark.oxenCodegen",
               "primaryMetric": {"scoreUnit": "us/op", "rawData": [[900, 1000, 1100]]}},
              {"benchmark": "io.github.oxencodegen.benchmarks.GenerationBenchmark.jsonschema2pojo",
               "primaryMetric": {"scoreUnit": "us/op", "rawData": [[400, 500, 600]]}}
            ]
            """;

    @Test
    void eachRowHasTheMedianAndSpreadOfEveryIterationOfEveryFork() throws Exception {
        JmhSummary.Row generated = JmhSummary.rows(new ObjectMapper().readTree(RESULTS)).get(0);

        assertThat(generated.name()).isEqualTo("ValidatorBenchmark.generated (request=valid)");
        assertThat(generated.samples()).isEqualTo(5);
        assertThat(generated.median()).isEqualTo(200);
        assertThat(generated.p25()).isEqualTo(150);
        assertThat(generated.p75()).isEqualTo(250);
        assertThat(generated.min()).isEqualTo(100);
        assertThat(generated.max()).isEqualTo(300);
    }

    @Test
    void runsInSeveralFilesArePooled() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String later = """
                [{"benchmark": "io.github.oxencodegen.benchmarks.ValidatorBenchmark.everit", "params": {"request": "valid"},
                  "primaryMetric": {"scoreUnit": "ops/ms", "rawData": [[40, 40]]}}]
                """;

        JmhSummary.Row everit = JmhSummary.rows(mapper.readTree(RESULTS), mapper.readTree(later)).get(1);

        assertThat(everit.name()).isEqualTo("ValidatorBenchmark.everit (request=valid)");
        assertThat(everit.samples()).isEqualTo(5);
        assertThat(everit.median()).isEqualTo(10);
        assertThat(everit.max()).isEqualTo(40);
    }

    @Test
    void singleShotRunsAreNamedApartAndNeverPooledWithSteadyStateOnes() throws Exception {
        String cold = """
                [{"benchmark": "io.github.oxencodegen.benchmarks.GenerationBenchmark.oxenCodegen", "mode": "ss",
                  "primaryMetric": {"scoreUnit": "ms/op", "rawData": [[30], [20], [25]]}},
                 {"benchmark": "io.github.oxencodegen.benchmarks.GenerationBenchmark.jsonschema2pojo", "mode": "ss",
                  "primaryMetric": {"scoreUnit": "ms/op", "rawData": [[10], [10], [10]]}}]
                """;

        String table = JmhSummary.render(JmhSummary.rows(new ObjectMapper().readTree(RESULTS), new ObjectMapper().readTree(cold)));

        assertThat(table).contains("| GenerationBenchmark.oxenCodegen | 1000 | 950–1050 | 900–1100 | us/op | 3 |");
        assertThat(table).contains("| GenerationBenchmark.oxenCodegen [single shot] | 25.0 | 22.5–27.5 | 20.0–30.0 | ms/op | 3 |");
        assertThat(table).contains("- GenerationBenchmark.oxenCodegen [single shot]: 0.40× the speed of GenerationBenchmark.jsonschema2pojo [single shot]");
    }

    @Test
    void ratiosReadAsHowManyTimesAsFastForThroughputAndForAverageTime() throws Exception {
        String table = JmhSummary.render(JmhSummary.rows(new ObjectMapper().readTree(RESULTS)));

        assertThat(table).contains("| ValidatorBenchmark.generated (request=valid) | 200 | 150–250 | 100–300 | ops/ms | 5 |");
        assertThat(table).contains("- ValidatorBenchmark.generated (request=valid): 20.0× the speed of ValidatorBenchmark.everit (request=valid)");
        assertThat(table).contains("- GenerationBenchmark.oxenCodegen: 0.50× the speed of GenerationBenchmark.jsonschema2pojo");
    }
}
