package io.github.oxencodegen.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.codegen.EmittedSource;
import io.github.oxencodegen.codegen.ModelEmitter;
import io.github.oxencodegen.codegen.support.SupportTypes;
import io.github.oxencodegen.model.JavaNames;
import io.github.oxencodegen.model.RequestModel;
import io.github.oxencodegen.model.TypeModelBuilder;
import io.github.oxencodegen.schema.ContractPreparer;
import io.github.oxencodegen.schema.KeywordAudit;
import io.github.oxencodegen.schema.MetaSchemaCheck;
import io.github.oxencodegen.schema.ModelDocument;
import io.github.oxencodegen.schema.ModelDocumentReader;
import io.github.oxencodegen.schema.ModelInput;
import io.github.oxencodegen.schema.PreparedContract;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where one core's time goes when {@link GenerationBenchmark}'s 19 models are generated: the stages
 * {@code Generator} runs for each model (parse, prepare, audit, type model, emit, print), called one
 * after another on this thread and timed by its CPU time, summed over the measured rounds. The draft-07
 * meta-schema check, part of preparing, is also run once more on its own to show its share. The
 * support types, written once per project, are left out. Warm-up as for {@link GenerationCpuTime}.
 * <pre>
 * java -cp benchmarks.jar io.github.oxencodegen.benchmarks.GenerationPhases [warm-up rounds] [measured rounds]
 * </pre>
 */
public final class GenerationPhases {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String[] PHASES = {"parse", "prepare", "audit", "type model", "emit", "print"};

    private GenerationPhases() {}

    public static void main(String[] args) throws Exception {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : GenerationCpuTime.WARM_UP_ROUNDS;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        GenerationBenchmark benchmark = new GenerationBenchmark();
        benchmark.setUp();
        List<SchemaSource> models = benchmark.schemas();
        List<byte[]> schemas = new ArrayList<>();
        for (SchemaSource model : models) {
            schemas.add(model.schemaJson().getBytes(StandardCharsets.UTF_8));
        }
        SupportTypes support = new SupportTypes("com.example.oxen");
        long[] nanos = new long[PHASES.length];
        long metaSchemaCheck = 0;
        for (int round = 0; round < warmUp + rounds; round++) {
            boolean measured = round >= warmUp;
            for (int i = 0; i < models.size(); i++) {
                SchemaSource model = models.get(i);
                long[] at = new long[PHASES.length + 1];
                at[0] = THREADS.getCurrentThreadCpuTime();
                JsonNode parsed = ModelDocumentReader.parseJson(schemas.get(i), model.modelId());
                ModelInput input = ModelInput.of(new ModelDocument(model.modelId(), model.endpoint(), parsed, model.modelId()));
                at[1] = THREADS.getCurrentThreadCpuTime();
                PreparedContract contract = ContractPreparer.prepare(input);
                at[2] = THREADS.getCurrentThreadCpuTime();
                KeywordAudit.audit(contract);
                at[3] = THREADS.getCurrentThreadCpuTime();
                RequestModel typed = TypeModelBuilder.build(contract, "com.example.oxen." + JavaNames.packageSegment(model.modelId()),
                        model.modelId());
                at[4] = THREADS.getCurrentThreadCpuTime();
                List<EmittedSource> files = ModelEmitter.emit(typed, contract, support, "benchmark", true, true);
                at[5] = THREADS.getCurrentThreadCpuTime();
                for (EmittedSource file : files) {
                    file.print();
                }
                at[6] = THREADS.getCurrentThreadCpuTime();
                MetaSchemaCheck.check(contract.schema(), model.modelId(), model.modelId());
                long checked = THREADS.getCurrentThreadCpuTime();
                if (measured) {
                    for (int phase = 0; phase < PHASES.length; phase++) {
                        nanos[phase] += at[phase + 1] - at[phase];
                    }
                    metaSchemaCheck += checked - at[6];
                }
            }
        }
        long total = 0;
        for (long phase : nanos) {
            total += phase;
        }
        double perModel = 1000.0 * rounds * models.size();
        for (int phase = 0; phase < PHASES.length; phase++) {
            System.out.printf(Locale.ROOT, "%-12s %7.1f us per model  %4.1f %%%n", PHASES[phase], nanos[phase] / perModel,
                    100.0 * nanos[phase] / total);
        }
        System.out.printf(Locale.ROOT, "%-12s %7.1f us per model%n", "all", total / perModel);
        System.out.printf(Locale.ROOT, "of prepare, the draft-07 meta-schema check: %.1f us per model (%.1f %% of all)%n",
                metaSchemaCheck / perModel, 100.0 * metaSchemaCheck / total);
    }
}
