package io.github.oxencodegen.codegen.validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.ClassName;
import io.github.oxencodegen.codegen.source.JavaFile;
import io.github.oxencodegen.codegen.support.JacksonDialect;
import io.github.oxencodegen.codegen.support.SupportEmitter;
import io.github.oxencodegen.codegen.support.SupportFile;
import io.github.oxencodegen.codegen.support.SupportTypes;
import io.github.oxencodegen.schema.SchemaException;
import io.github.oxencodegen.schema.SchemaNormalizer;
import io.github.oxencodegen.testing.InMemoryCompiler;
import io.github.oxencodegen.testing.Jackson3Trees;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validator generated from a schema and compiled in memory with {@code -Werror}, called through
 * the one reflective lookup the tests allow. Violations come back as {@code pointer keyword} strings
 * (or with their messages) so tests can compare them in one assertion. Compiled for Jackson 3, it
 * is given each instance as the equal Jackson 3 tree ({@link Jackson3Trees}).
 */
final class CompiledValidator {
    static final SupportTypes SUPPORT = new SupportTypes("com.acme.oxen");
    static final ObjectMapper JSON = new ObjectMapper();

    private final JavaFile source;
    private final JacksonDialect jackson;
    private final MethodHandle validate;
    private final MethodHandle isValid;

    private CompiledValidator(JavaFile source, JacksonDialect jackson, MethodHandle validate, MethodHandle isValid) {
        this.source = source;
        this.jackson = jackson;
        this.validate = validate;
        this.isValid = isValid;
    }

    /** Compiles schemas given as alternating names and JSON texts: {@code compile("a", "{...}", "b", "{...}")}. */
    static Map<String, CompiledValidator> compile(String... namesAndSchemas) {
        Map<String, String> schemas = new LinkedHashMap<>();
        for (int i = 0; i < namesAndSchemas.length; i += 2) {
            schemas.put(namesAndSchemas[i], namesAndSchemas[i + 1]);
        }
        return compile(schemas);
    }

    /** Normalises {@code schemaJson}, generates its validator and compiles it with the support types. */
    static CompiledValidator of(String schemaJson) {
        return compile(Map.of("only", schemaJson)).get("only");
    }

    /** Normalises each schema (model id {@code test-model}) and compiles all their validators in one go. */
    static Map<String, CompiledValidator> compile(Map<String, String> schemaJsonByName) {
        Map<String, JsonNode> normalized = new LinkedHashMap<>();
        schemaJsonByName.forEach((name, json) -> {
            try {
                normalized.put(name, SchemaNormalizer.normalize(parse(json), "test-model"));
            } catch (SchemaException e) {
                throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
            }
        });
        return compileNormalized(normalized);
    }

    /** Generates the validators of already normalised schemas (the name doubles as model id) and compiles them together. */
    static Map<String, CompiledValidator> compileNormalized(Map<String, JsonNode> schemasByName) {
        return compileNormalized(schemasByName, JacksonDialect.JACKSON_2);
    }

    /** As {@link #compileNormalized(Map)}, the validators and support types written for {@code jackson}. */
    static Map<String, CompiledValidator> compileNormalized(Map<String, JsonNode> schemasByName, JacksonDialect jackson) {
        Map<String, JavaFile> sources = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, JsonNode> entry : schemasByName.entrySet()) {
            ClassName name = ClassName.get("com.acme.oxen.generated", "Validator" + (++n));
            try {
                sources.put(entry.getKey(), ValidatorEmitter.emit(SUPPORT, name, null, entry.getKey(), entry.getValue()));
            } catch (SchemaException e) {
                throw new IllegalArgumentException(entry.getKey() + ": " + e.getMessage(), e);
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (SupportFile file : SupportEmitter.emit(SUPPORT, "", false, jackson)) {
            texts.put(file.type().canonicalName(), file.content());
        }
        for (JavaFile file : sources.values()) {
            texts.put(file.packageName() + "." + file.typeSpec().name(), jackson.translate(file.toString()));
        }
        ClassLoader loader = InMemoryCompiler.compileSources(texts, jackson);
        Class<?> node = jackson == JacksonDialect.JACKSON_2 ? JsonNode.class : tools.jackson.databind.JsonNode.class;
        Map<String, CompiledValidator> result = new LinkedHashMap<>();
        for (Map.Entry<String, JavaFile> entry : sources.entrySet()) {
            JavaFile source = entry.getValue();
            try {
                Class<?> type = loader.loadClass(source.packageName() + "." + source.typeSpec().name());
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                result.put(entry.getKey(), new CompiledValidator(source, jackson,
                        lookup.findStatic(type, "validate", MethodType.methodType(List.class, node)),
                        lookup.findStatic(type, "isValid", MethodType.methodType(boolean.class, node))));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return result;
    }

    String source() {
        return jackson.translate(source.toString());
    }

    /** {@code instance} as the validator takes it: itself, or the equal Jackson 3 tree. */
    private Object argument(JsonNode instance) {
        return jackson == JacksonDialect.JACKSON_2 ? instance : Jackson3Trees.of(instance);
    }

    /** The violations, each as its {@code toString()}: {@code /pointer: message (keyword)}. */
    List<String> violations(JsonNode instance) {
        List<String> result = new ArrayList<>();
        for (Object violation : raw(instance)) {
            result.add(violation.toString());
        }
        return result;
    }

    /** The violations as {@code pointer keyword} pairs, such as {@code "/reference_images maxItems"}. */
    List<String> where(JsonNode instance) {
        List<String> result = new ArrayList<>();
        for (Object violation : raw(instance)) {
            result.add(component(violation, "pointer") + " " + component(violation, "keyword"));
        }
        return result;
    }

    /** A component of a generated {@code Violation} record, read through its public accessor. */
    private static String component(Object violation, String name) {
        try {
            return (String) violation.getClass().getMethod(name).invoke(violation);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Violation has no accessor " + name, e);
        }
    }

    List<String> where(String instanceJson) {
        return where(parse(instanceJson));
    }

    List<String> violations(String instanceJson) {
        return violations(parse(instanceJson));
    }

    boolean isValid(String instanceJson) {
        return isValid(parse(instanceJson));
    }

    List<?> raw(JsonNode instance) {
        try {
            return (List<?>) validate.invoke(argument(instance));
        } catch (Throwable e) {
            throw new AssertionError("validate threw on " + instance, e);
        }
    }

    boolean isValid(JsonNode instance) {
        try {
            return (boolean) isValid.invoke(argument(instance));
        } catch (Throwable e) {
            throw new AssertionError("isValid threw on " + instance, e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
