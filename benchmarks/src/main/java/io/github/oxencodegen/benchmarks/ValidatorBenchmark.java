package io.github.oxencodegen.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.oxencodegen.benchmarks.generated.Violation;
import io.github.oxencodegen.benchmarks.generated.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequest;
import io.github.oxencodegen.benchmarks.generated.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequestValidator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating one WAN 2.7 reference-to-video request (documented-limits overlay) four ways:
 * <ul>
 *   <li>{@code generated}: the generated validator on a parsed {@link JsonNode};</li>
 *   <li>{@code generatedTyped}: the generated validator on the typed request object (which includes
 *       turning it into a {@code JsonNode});</li>
 *   <li>{@code everit}: an everit {@code Schema} loaded once (draft-07) on a parsed {@link JSONObject};</li>
 *   <li>{@code networknt}: a networknt {@code Schema} loaded once (draft-07) on the same {@code JsonNode}.</li>
 * </ul>
 * The interpreters are given the very schema the validator was generated from (overlaid and normalised
 * by {@code ContractPreparer}). {@code request=valid} is the path the targets are about;
 * {@code request=invalid} has three violations, since error paths cost differently. Every input is
 * built in {@link #setUp()}; results are returned, so JMH blackholes them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(3)
public class ValidatorBenchmark {
    /** Which request is validated: {@code valid}, or {@code invalid} with three violations. */
    @Param({"valid", "invalid"})
    public String request;

    private WanV27ReferenceToVideoRequest typed;
    private JsonNode node;
    private JSONObject orgJson;
    private org.everit.json.schema.Schema everitSchema;
    private Schema networkntSchema;

    @Setup
    public void setUp() throws Exception {
        typed = switch (request) {
            case "valid" -> WanRequests.valid();
            case "invalid" -> WanRequests.invalid();
            default -> throw new IllegalArgumentException("request must be valid or invalid, is " + request);
        };
        String json = typed.toJsonNode().toString();
        node = new ObjectMapper().readTree(json);
        orgJson = new JSONObject(json);

        String schemaText = Fixtures.wanPreparedSchema().toString();
        everitSchema = SchemaLoader.builder()
                .schemaJson(new JSONObject(schemaText))
                .draftV7Support()
                .build()
                .load()
                .build();
        networkntSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(new ObjectMapper().readTree(schemaText));
        Verdicts.check(this);
    }

    @Benchmark
    public List<Violation> generated() {
        return WanV27ReferenceToVideoRequestValidator.validate(node);
    }

    @Benchmark
    public List<Violation> generatedTyped() {
        return WanV27ReferenceToVideoRequestValidator.validate(typed);
    }

    /** everit reports violations by throwing; the exception is the result. */
    @Benchmark
    public Object everit() {
        try {
            everitSchema.validate(orgJson);
            return null;
        } catch (ValidationException e) {
            return e;
        }
    }

    @Benchmark
    public List<Error> networknt() {
        return networkntSchema.validate(node);
    }
}
