package io.github.oxencodegen.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.GenerationResult;
import io.github.oxencodegen.Generator;
import io.github.oxencodegen.GeneratorOptions;
import io.github.oxencodegen.schema.ModelInput;
import io.github.oxencodegen.schema.ModelDocument;
import io.github.oxencodegen.schema.ModelDocumentReader;
import io.github.oxencodegen.schema.SchemaException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Generating Java sources, in memory, for the request schemas of the models in
 * {@code models-list.json} (20 models, of which the chat model has no schema: 19 schemas), once with
 * oxen-codegen (requests, enums, validators and support types) and once with jsonschema2pojo 1.3.3
 * (its default configuration). Both start from each schema's JSON text, so both pay for parsing it.
 * The figure is the time per model: one invocation generates all 19. oxen-codegen emits the models
 * and prints their files in parallel on the common fork-join pool; for its single-core cost run the jar
 * with {@code -jvmArgsAppend -Djava.util.concurrent.ForkJoinPool.common.parallelism=0}, which leaves
 * all the work to the benchmark thread. The generator's code paths are long (JavaPoet, every
 * emitter), so the JIT needs about half a minute on two cores to settle; the warm-up is sized for that. For the cold, first-call cost a build pays, run the jar with
 * {@code -bm ss -wi 0 -i 1 -f 20}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(3)
public class GenerationBenchmark {
    /** Models of {@code models-list.json} that have a request schema. */
    static final int MODELS = 19;

    private static final String BASE_PACKAGE = "com.example.oxen";
    private static final GeneratorOptions OPTIONS = new GeneratorOptions(BASE_PACKAGE);

    private List<SchemaSource> schemas;

    @Setup
    public void setUp() {
        schemas = new ArrayList<>();
        for (ModelDocument model : Fixtures.modelList()) {
            if (model.hasRequestSchema()) {
                schemas.add(new SchemaSource(model.id(), model.endpoint(), model.requestSchema().toString()));
            }
        }
        if (schemas.size() != MODELS) {
            throw new IllegalStateException("models-list.json has " + schemas.size() + " schemas; the benchmark divides by " + MODELS);
        }
    }

    @Benchmark
    @OperationsPerInvocation(MODELS)
    public GenerationResult oxenCodegen() throws SchemaException {
        List<ModelInput> inputs = new ArrayList<>(schemas.size());
        for (SchemaSource schema : schemas) {
            JsonNode parsed = ModelDocumentReader.parseJson(schema.schemaJson().getBytes(StandardCharsets.UTF_8), schema.modelId());
            inputs.add(ModelInput.of(new ModelDocument(schema.modelId(), schema.endpoint(), parsed, schema.modelId())));
        }
        return new Generator().generate(OPTIONS, inputs);
    }

    @Benchmark
    @OperationsPerInvocation(MODELS)
    public Map<String, String> jsonschema2pojo() throws IOException {
        return Jsonschema2pojoRun.generate(BASE_PACKAGE, schemas);
    }

    /** The inputs, for tests. */
    List<SchemaSource> schemas() {
        return schemas;
    }
}
