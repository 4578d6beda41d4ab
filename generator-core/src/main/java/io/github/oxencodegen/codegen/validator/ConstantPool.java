package io.github.oxencodegen.codegen.validator;

import com.palantir.javapoet.TypeName;
import io.github.oxencodegen.codegen.source.FieldSpec;
import io.github.oxencodegen.codegen.text.JavaCode;
import io.github.oxencodegen.schema.SchemaException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The private static final fields of one validator class: compiled patterns, exact decimals, JSON
 * constants and name sets, each created once when the class loads. Equal constants share a field;
 * fields are named after what they hold and numbered in the order they are first asked for, so the
 * output is the same every time.
 */
final class ConstantPool {
    /** The static initializer of a class is one method, bound by the 64 KB limit: keep far below. */
    static final int MAX_CONSTANTS = 3000;

    private final Map<String, String> byKey = new LinkedHashMap<>();
    private final List<FieldSpec> fields = new ArrayList<>();
    private final Identifiers names = new Identifiers();
    private final String modelId;
    private int used;

    ConstantPool(String modelId) {
        this.modelId = modelId;
    }

    /**
     * The name of a field of {@code type} initialised by {@code initializer}; {@code kind} is the stem
     * of its name ({@code PATTERN}, {@code DECIMAL}) and {@code where} the schema pointer it is for.
     */
    String field(String kind, TypeName type, JavaCode initializer, String where) throws SchemaException {
        return field(kind, type, initializer, where, 1);
    }

    /** As {@link #field(String, TypeName, JavaCode, String)} for a constant made of {@code weight} values, such as a set of names. */
    String field(String kind, TypeName type, JavaCode initializer, String where, int weight) throws SchemaException {
        String key = type + "=" + initializer;
        String existing = byKey.get(key);
        if (existing != null) {
            return existing;
        }
        if (used + weight > MAX_CONSTANTS) {
            throw new SchemaException(null, modelId, where, "the schema needs more than " + MAX_CONSTANTS
                    + " constants (patterns, enum values, bounds); a generated class cannot initialise that many");
        }
        String name = names.unique(kind + "_" + (fields.size() + 1));
        fields.add(FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("For <code>#$L</code>.\n", JavaText.javadoc(where))
                .initializer(initializer)
                .build());
        byKey.put(key, name);
        used += weight;
        return name;
    }

    /** A compiled {@code java.util.regex.Pattern}. */
    String pattern(String regex, String where) throws SchemaException {
        return field("PATTERN", JavaTypes.PATTERN, JavaCode.of("$T.compile($L)", JavaTypes.PATTERN, JavaText.literal(regex)), where);
    }

    /** A {@code java.math.BigDecimal} holding exactly {@code value}. */
    String decimal(java.math.BigDecimal value, String where) throws SchemaException {
        return field("DECIMAL", JavaTypes.BIG_DECIMAL, JavaCode.of("new $T($S)", JavaTypes.BIG_DECIMAL, value.toString()), where);
    }

    /** The fields, in the order they were first asked for. */
    List<FieldSpec> fields() {
        return List.copyOf(fields);
    }
}
