/**
 * JMH benchmarks that back the README's performance claims: the generated validator against two
 * schema interpreters ({@link io.github.oxencodegen.benchmarks.ValidatorBenchmark}), and the
 * generator against jsonschema2pojo ({@link io.github.oxencodegen.benchmarks.GenerationBenchmark}),
 * with the models list served by the shared loopback fake Oxen ({@link io.github.oxencodegen.benchmarks.LoopbackOxenServer}) for
 * timing the Maven plugin ({@code benchmarks/noop-build.sh}), and {@link io.github.oxencodegen.benchmarks.JmhSummary}
 * to turn JMH's results into medians and ratios. Run them from {@code benchmarks/target/benchmarks.jar};
 * the build never does. The README's Performance section has the figures and the commands.
 */
package io.github.oxencodegen.benchmarks;
