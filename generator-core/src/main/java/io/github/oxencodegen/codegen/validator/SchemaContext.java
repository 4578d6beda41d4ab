package io.github.oxencodegen.codegen.validator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.codegen.support.SupportTypes;
import io.github.oxencodegen.codegen.text.JavaCode;
import io.github.oxencodegen.schema.JsonPointers;
import io.github.oxencodegen.schema.SchemaException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a keyword emitter needs while one schema is compiled: the schema's keyword values, its
 * subschemas, the class's constants, fresh local names, and the support types it reports with.
 */
final class SchemaContext {
    private final SchemaValues values;
    private final SchemaCompiler compiler;
    private final Identifiers locals = new Identifiers("node", "path", "out");
    private final Set<Subschema> collectCalls = new LinkedHashSet<>();

    private final RuleContext rule;

    SchemaContext(SchemaValues values, SchemaCompiler compiler, RuleContext rule) {
        this.values = values;
        this.compiler = compiler;
        this.rule = rule;
    }

    SchemaValues values() {
        return values;
    }

    String pointer() {
        return values.pointer();
    }

    ConstantPool constants() {
        return compiler.constants();
    }

    SupportTypes support() {
        return compiler.support();
    }

    String modelId() {
        return compiler.modelId();
    }

    /** A local variable name not used elsewhere in this schema's methods. */
    String local(String base) {
        return locals.unique(base);
    }

    /** A local variable named after schema text, such as a property name. */
    String local(String text, String fallback) {
        return locals.lowerCamel(text, fallback);
    }

    /** The subschema at {@code keyword} of this schema, applied to a value below the instance. */
    Subschema below(String keyword, JsonNode schema) throws SchemaException {
        return compiler.subschema(JsonPointers.child(pointer(), keyword), schema, null);
    }

    /** The subschema at {@code keyword}/{@code token} of this schema, applied to a value below the instance. */
    Subschema below(String keyword, String token, JsonNode schema) throws SchemaException {
        return compiler.subschema(JsonPointers.child(JsonPointers.child(pointer(), keyword), token), schema, null);
    }

    /** The subschema at {@code keyword}[/{@code token}] of this schema, applied to the instance itself. */
    Subschema here(String keyword, String token, JsonNode schema) throws SchemaException {
        String at = JsonPointers.child(pointer(), keyword);
        return compiler.subschema(token == null ? at : JsonPointers.child(at, token), schema, pointer());
    }

    /**
     * The statement that adds the violations of {@code schema} for {@code value} at {@code path}. The
     * only way a collecting method is called, so the calls of this schema's collecting methods are known
     * without reading the generated code back.
     */
    JavaCode collect(Subschema schema, JavaCode value, JavaCode path) {
        JavaCode call = schema.collect(value, path);
        collectCalls.add(schema);
        return call;
    }

    /** The schemas whose collecting methods this schema's collecting methods call, in the order first used. */
    List<Subschema> collectCalls() {
        return List.copyOf(collectCalls);
    }

    /** The schema at {@code pointer} after following its {@code $ref}s. */
    JsonNode resolve(String pointer, JsonNode schema) throws SchemaException {
        return compiler.resolve(pointer, schema);
    }

    /**
     * The statement that reports one violation: {@code out.add(new Violation(path.pointer(), keyword, message));},
     * with the schema's {@code x-message} leading the message and the condition under which the rule applies,
     * when the schema's {@link RuleContext place} gives them.
     */
    JavaCode violation(JavaCode path, String keyword, JavaCode message) {
        JavaCode text = rule.message() == null ? message
                : JavaCode.of("$L + ($L) + $S", JavaText.literal(rule.message() + " ("), message, ")");
        return report(path, keyword, text);
    }

    /** A violation with a constant message. */
    JavaCode violation(JavaCode path, String keyword, String message) {
        return report(path, keyword, JavaText.literal(rule.message() == null ? message : rule.message() + " (" + message + ")"));
    }

    private JavaCode report(JavaCode path, String keyword, JavaCode message) {
        if (rule.condition().isEmpty()) {
            return JavaCode.builder()
                    .addStatement("out.add(new $T($L.pointer(), $S, $L))", support().violation(), path, keyword, message)
                    .build();
        }
        return JavaCode.builder()
                .addStatement("out.add(new $T($L.pointer(), $S, $L,\n$L))", support().violation(), path, keyword, message,
                        JavaText.literal(rule.condition()))
                .build();
    }

    /** A failure of the schema at {@code keyword}. */
    SchemaException fail(String keyword, String reason) {
        return values.fail(keyword, reason);
    }
}
