package io.github.oxencodegen.codegen;

import com.palantir.javapoet.ClassName;
import io.github.oxencodegen.codegen.source.MethodSpec;
import io.github.oxencodegen.codegen.text.JavaCode;
import io.github.oxencodegen.model.EnumType;
import io.github.oxencodegen.model.JavaType;
import io.github.oxencodegen.model.ObjectType;
import io.github.oxencodegen.model.Property;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code toJsonNode()}: the object as a Jackson tree, built straight from its fields. It is the
 * very tree {@code ObjectMapper.valueToTree} makes of the object (properties in the class's order,
 * absent ones left out, the additional properties last), without serialising to a token buffer and
 * reading it back, which cost a validated {@code build()} more than the validation itself. Values
 * whose tree Jackson alone defines (free-form {@code JsonNode} values, enums of decimal or mixed
 * values, additional properties) still go through {@code MAPPER}.
 */
final class JsonTreeMethod {
    private static final ClassName NODES = ClassName.get("com.fasterxml.jackson.databind.node", "JsonNodeFactory");
    private static final ClassName ARRAY_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "ArrayNode");

    private JsonTreeMethod() {}

    /**
     * What Jackson writes for a request object wherever it stands: {@code "model"} first. The request's own
     * {@code toJsonNode()} leaves it out, but a request nested in a request (a schema with
     * {@code "$ref": "#"}) is written with it, so the tree of a nested one gets it back.
     *
     * @param request      the request type
     * @param requestClass its class, whose {@code MODEL_ID} is the value
     */
    record Envelope(ObjectType request, ClassName requestClass) {}

    /**
     * {@code public ObjectNode toJsonNode()} of {@code type}, documented with {@code javadoc}; {@code envelope}
     * is null when the request sends no {@code "model"} (its schema has a property of that name).
     */
    static MethodSpec emit(ObjectType type, String packageName, String javadoc, Envelope envelope) {
        JavaCode.Builder code = JavaCode.builder()
                .addStatement("$T node = $T.instance.objectNode()", TypeNames.OBJECT_NODE, NODES);
        for (Property property : type.properties()) {
            JavaCode field = JavaCode.of("this.$N", property.javaName());
            code.beginControlFlow("if ($L != null)", field);
            add(code, Target.property(property.jsonName()), property.type(), field, packageName, envelope, 0);
            if (property.explicitNull() != null) {
                code.nextControlFlow("else if (this.$N)", property.explicitNull().flag());
                code.addStatement("node.putNull($S)", property.jsonName());
            }
            code.endControlFlow();
        }
        code.beginControlFlow("for ($T.Entry<$T, $T> additional : this.additionalProperties.entrySet())",
                        TypeNames.MAP, TypeNames.STRING, TypeNames.JSON_NODE)
                .addStatement("node.set(additional.getKey(), MAPPER.<$T>valueToTree(additional.getValue()))", TypeNames.JSON_NODE)
                .endControlFlow()
                .addStatement("return node");
        return MethodSpec.methodBuilder("toJsonNode")
                .addJavadoc("$L", javadoc)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeNames.OBJECT_NODE)
                .addCode(code.build())
                .build();
    }

    /** Where a value goes: a property of {@code node}, or the end of a local array. */
    private record Target(String property, String array) {
        static Target property(String jsonName) {
            return new Target(jsonName, null);
        }

        static Target array(String local) {
            return new Target(null, local);
        }

        JavaCode put(JavaCode value) {
            return property != null ? JavaCode.of("node.set($S, $L)", property, value) : JavaCode.of("$N.add($L)", array, value);
        }

        JavaCode newArray() {
            return property != null ? JavaCode.of("node.putArray($S)", property) : JavaCode.of("$N.addArray()", array);
        }
    }

    /** Statements that put the non-null {@code value} of model type {@code type} at {@code target}. */
    private static void add(JavaCode.Builder code, Target target, JavaType type, JavaCode value, String packageName,
            Envelope envelope, int depth) {
        if (type instanceof JavaType.ListOf list) {
            String array = "array" + depth;
            String item = "item" + depth;
            code.addStatement("$T $N = $L", ARRAY_NODE, array, target.newArray());
            code.beginControlFlow("for ($T $N : $L)", TypeNames.of(list.element(), packageName), item, value);
            add(code, Target.array(array), list.element(), JavaCode.of("$N", item), packageName, envelope, depth + 1);
            code.endControlFlow();
            return;
        }
        code.addStatement(target.put(scalar(type, value, envelope)));
    }

    /** An expression for the tree of a non-null value that is not a list. */
    private static JavaCode scalar(JavaType type, JavaCode value, Envelope envelope) {
        if (type instanceof JavaType.Text) {
            return JavaCode.of("$T.instance.textNode($L)", NODES, value);
        } else if (type instanceof JavaType.WholeNumber || type instanceof JavaType.Decimal) {
            return JavaCode.of("$T.instance.numberNode($L)", NODES, value);
        } else if (type instanceof JavaType.Flag) {
            return JavaCode.of("$T.instance.booleanNode($L)", NODES, value);
        } else if (type instanceof JavaType.ObjectRef ref && envelope != null && ref.type() == envelope.request()) {
            return JavaCode.of("$T.instance.objectNode().put($S, $T.MODEL_ID).<$T>setAll($L.toJsonNode())",
                    NODES, "model", envelope.requestClass(), TypeNames.JSON_NODE, value);
        } else if (type instanceof JavaType.ObjectRef) {
            return JavaCode.of("$L.toJsonNode()", value);
        } else if (type instanceof JavaType.EnumRef enumRef && enumRef.type().valueKind() == EnumType.ValueKind.STRING) {
            return JavaCode.of("$T.instance.textNode($L.value())", NODES, value);
        } else if (type instanceof JavaType.EnumRef enumRef && enumRef.type().valueKind() == EnumType.ValueKind.INTEGER) {
            return JavaCode.of("$T.instance.numberNode($L.value())", NODES, value);
        }
        return JavaCode.of("MAPPER.<$T>valueToTree($L)", TypeNames.JSON_NODE, value);
    }
}
