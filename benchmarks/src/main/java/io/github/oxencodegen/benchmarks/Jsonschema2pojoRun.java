package io.github.oxencodegen.benchmarks;

import com.sun.codemodel.CodeWriter;
import com.sun.codemodel.JCodeModel;
import com.sun.codemodel.JPackage;
import io.github.oxencodegen.model.JavaNames;
import io.github.oxencodegen.model.TypeModelBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsonschema2pojo.DefaultGenerationConfig;
import org.jsonschema2pojo.GenerationConfig;
import org.jsonschema2pojo.Jackson2Annotator;
import org.jsonschema2pojo.SchemaGenerator;
import org.jsonschema2pojo.SchemaMapper;
import org.jsonschema2pojo.SchemaStore;
import org.jsonschema2pojo.rules.RuleFactory;

/**
 * jsonschema2pojo 1.3.3 with its default configuration (Jackson 2 annotations, {@code equals},
 * {@code hashCode}, {@code toString}, additional properties), generating the classes of every schema
 * into one code model and writing the sources to memory: the peer our generator is measured against.
 * Each model gets the class and package names our generator gives it.
 */
final class Jsonschema2pojoRun {
    private static final GenerationConfig CONFIG = new DefaultGenerationConfig();

    private Jsonschema2pojoRun() {}

    /** The generated sources, by path, such as {@code pkg/flux_1_dev/Flux1DevRequest.java}. */
    static Map<String, String> generate(String basePackage, List<SchemaSource> schemas) throws IOException {
        SchemaMapper mapper = new SchemaMapper(
                new RuleFactory(CONFIG, new Jackson2Annotator(CONFIG), new SchemaStore()), new SchemaGenerator());
        JCodeModel codeModel = new JCodeModel();
        for (SchemaSource schema : schemas) {
            mapper.generate(codeModel,
                    TypeModelBuilder.requestClassName(schema.modelId()),
                    basePackage + "." + JavaNames.packageSegment(schema.modelId()),
                    schema.schemaJson());
        }
        InMemoryCodeWriter writer = new InMemoryCodeWriter();
        codeModel.build(writer);
        return writer.files;
    }

    /** Keeps each file codemodel writes as text. */
    private static final class InMemoryCodeWriter extends CodeWriter {
        private final Map<String, ByteArrayOutputStream> streams = new TreeMap<>();
        private final Map<String, String> files = new TreeMap<>();

        @Override
        public OutputStream openBinary(JPackage pkg, String fileName) {
            String path = pkg.isUnnamed() ? fileName : pkg.name().replace('.', '/') + "/" + fileName;
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            streams.put(path, out);
            return out;
        }

        @Override
        public void close() {
            streams.forEach((path, out) -> files.put(path, out.toString(StandardCharsets.UTF_8)));
        }
    }
}
