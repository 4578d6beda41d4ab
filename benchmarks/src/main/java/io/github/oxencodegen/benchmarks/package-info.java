/**
 * JMH benchmarks that back the README's performance claims: the generated validator against two
 * schema interpreters ({@link io.github.oxencodegen.benchmarks.ValidatorBenchmark}), and the
 * generator against jsonschema2pojo ({@link io.github.oxencodegen.benchmarks.GenerationBenchmark}),
 * with a loopback stand-in for Oxen ({@link io.github.oxencodegen.benchmarks.LoopbackOxenServer}) for
 * timing the Maven plugin. Run them from {@code benchmarks/target/benchmarks.jar}; the build never does.
 */
package io.github.oxencodegen.benchmarks;
