package io.github.oxencodegen.codegen.support;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code JsonValues}: JSON Schema's notion of equality (numbers by value, so {@code 1 == 1.0};
 * objects regardless of member order) and exact number arithmetic. A double counts as the shortest
 * decimal that reads back as it ({@code 0.3}, not its binary expansion), the way it was most likely written.
 */
final class JsonValuesEmitter {
    private static final ClassName OBJECT_MAPPER = ClassName.get("com.fasterxml.jackson.databind", "ObjectMapper");
    private static final ClassName FEATURE = ClassName.get("com.fasterxml.jackson.databind", "DeserializationFeature");
    private static final ClassName NODE_TYPE = ClassName.get("com.fasterxml.jackson.databind.node", "JsonNodeType");
    private static final ClassName PROCESSING = ClassName.get("com.fasterxml.jackson.core", "JsonProcessingException");
    private static final ClassName MAP = ClassName.get("java.util", "Map");
    private static final ClassName HASH_MAP = ClassName.get("java.util", "HashMap");
    private static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");

    private JsonValuesEmitter() {}

    static TypeSpec emit(SupportTypes types) {
        ClassName node = ClassNames.JSON_NODE;
        ClassName decimal = ClassNames.BIG_DECIMAL;
        return TypeSpec.classBuilder(types.jsonValues())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        JSON values as JSON Schema compares them: numbers by value ({@code 1} equals {@code 1.0}),
                        objects member by member in any order, and exact decimal arithmetic for bounds and
                        {@code multipleOf}. A double stands for the shortest decimal that reads back as it
                        ({@code 0.3}, not its binary expansion), the way it was most likely written. Used by the
                        generated validators.
                        """)
                .addField(FieldSpec.builder(OBJECT_MAPPER, "MAPPER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T().enable($T.USE_BIG_DECIMAL_FOR_FLOATS)", OBJECT_MAPPER, FEATURE)
                        .build())
                .addField(FieldSpec.builder(long.class, "EXACT_IN_DOUBLE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Every long of at most this magnitude is exactly a double.\n")
                        .initializer("1L << 53").build())
                .addField(FieldSpec.builder(int.class, "SMALL_ARRAY", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Up to this size, duplicates are searched pairwise; above, by hash.\n")
                        .initializer("32").build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(method("isInteger", boolean.class, "True for a number without a fractional part, as draft-07 defines {@code integer}: {@code 1.0} is one.\n\n"
                        + "@param number a JSON number\n@return whether it is integral")
                        .addParameter(node, "number")
                        .addCode("""
                                if (number.isIntegralNumber()) {
                                  return true;
                                }
                                if (number.isDouble() || number.isFloat()) {
                                  double value = number.doubleValue();
                                  return Double.isFinite(value) && value == Math.rint(value);
                                }
                                if (number.isBigDecimal()) {
                                  $T value = number.decimalValue();
                                  return value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
                                }
                                return false;
                                """, decimal)
                        .build())
                .addMethod(method("compare", int.class, "Compares a number with a bound by value: negative, zero or positive.\n\n"
                        + "@param number a JSON number\n@param bound the bound\n@return the sign of {@code number - bound}")
                        .addParameter(node, "number")
                        .addParameter(long.class, "bound")
                        .addCode("""
                                if (isLongValued(number)) {
                                  return Long.compare(number.longValue(), bound);
                                }
                                if (number.isDouble() || number.isFloat()) {
                                  double value = number.doubleValue();
                                  if (!Double.isFinite(value)) {
                                    return Double.isNaN(value) || value > 0 ? 1 : -1;
                                  }
                                  if (bound >= -EXACT_IN_DOUBLE && bound <= EXACT_IN_DOUBLE) {
                                    double exact = bound;
                                    return value < exact ? -1 : (value > exact ? 1 : 0);
                                  }
                                }
                                return decimal(number).compareTo($T.valueOf(bound));
                                """, decimal)
                        .build())
                .addMethod(method("compare", int.class, "Compares a number with a bound by value: negative, zero or positive.\n\n"
                        + "@param number a JSON number\n@param bound the bound\n@return the sign of {@code number - bound}")
                        .addParameter(node, "number")
                        .addParameter(decimal, "bound")
                        .addCode("""
                                if ((number.isDouble() || number.isFloat()) && !Double.isFinite(number.doubleValue())) {
                                  return Double.isNaN(number.doubleValue()) || number.doubleValue() > 0 ? 1 : -1;
                                }
                                return decimal(number).compareTo(bound);
                                """)
                        .build())
                .addMethod(method("isMultipleOf", boolean.class, "True when dividing the number by the positive {@code divisor} leaves no remainder.\n\n"
                        + "@param number a JSON number\n@param divisor the positive divisor\n@return whether it divides the number")
                        .addParameter(node, "number")
                        .addParameter(long.class, "divisor")
                        .addCode("""
                                if (isLongValued(number)) {
                                  return number.longValue() % divisor == 0;
                                }
                                return isMultipleOf(number, $T.valueOf(divisor));
                                """, decimal)
                        .build())
                .addMethod(method("isMultipleOf", boolean.class, "True when dividing the number by the positive {@code divisor} leaves no remainder, in exact decimal arithmetic.\n\n"
                        + "@param number a JSON number\n@param divisor the positive divisor\n@return whether it divides the number")
                        .addParameter(node, "number")
                        .addParameter(decimal, "divisor")
                        .addCode("""
                                if ((number.isDouble() || number.isFloat()) && !Double.isFinite(number.doubleValue())) {
                                  return false;
                                }
                                return decimal(number).remainder(divisor).signum() == 0;
                                """)
                        .build())
                .addMethod(method("equal", boolean.class, "JSON equality: numbers by value, strings by content, arrays item by item, objects member by member in any order.\n\n"
                        + "@param a a JSON value\n@param b another JSON value\n@return whether they are equal as JSON")
                        .addParameter(node, "a")
                        .addParameter(node, "b")
                        .addCode("""
                                if (a == b) {
                                  return true;
                                }
                                if (a.isNumber() && b.isNumber()) {
                                  return compareNumbers(a, b) == 0;
                                }
                                $T type = a.getNodeType();
                                if (type != b.getNodeType()) {
                                  return false;
                                }
                                return switch (type) {
                                  case STRING -> a.textValue().equals(b.textValue());
                                  case ARRAY -> equalArrays(a, b);
                                  case OBJECT -> equalObjects(a, b);
                                  default -> a.equals(b);
                                };
                                """, NODE_TYPE)
                        .build())
                .addMethod(method("isOneOf", boolean.class, "True when {@code value} equals one of the items of the array {@code candidates}.\n\n"
                        + "@param value a JSON value\n@param candidates a JSON array\n@return whether one item equals the value")
                        .addParameter(node, "value")
                        .addParameter(node, "candidates")
                        .addCode("""
                                for ($T candidate : candidates) {
                                  if (equal(value, candidate)) {
                                    return true;
                                  }
                                }
                                return false;
                                """, node)
                        .build())
                .addMethod(method("duplicateIndex", int.class, "The index of the first item equal to an earlier one, or -1 when all items are distinct.\n\n"
                        + "@param array a JSON array\n@return the index, or -1")
                        .addParameter(node, "array")
                        .addCode("""
                                int size = array.size();
                                if (size <= SMALL_ARRAY) {
                                  for (int j = 1; j < size; j++) {
                                    $T item = array.get(j);
                                    for (int i = 0; i < j; i++) {
                                      if (equal(array.get(i), item)) {
                                        return j;
                                      }
                                    }
                                  }
                                  return -1;
                                }
                                $T<Integer, $T<$T>> seen = new $T<>();
                                for (int j = 0; j < size; j++) {
                                  $T item = array.get(j);
                                  $T<$T> bucket = seen.computeIfAbsent(hash(item), key -> new $T<>());
                                  for ($T earlier : bucket) {
                                    if (equal(earlier, item)) {
                                      return j;
                                    }
                                  }
                                  bucket.add(item);
                                }
                                return -1;
                                """, node, MAP, ClassNames.LIST, node, HASH_MAP, node, ClassNames.LIST, node, ARRAY_LIST, node)
                        .build())
                .addMethod(method("parse", node, "Reads JSON text written by the generator (constants of a schema), keeping numbers exact.\n\n"
                        + "@param json the JSON text\n@return the value")
                        .addParameter(String.class, "json")
                        .addCode("""
                                try {
                                  return MAPPER.readTree(json);
                                } catch ($T e) {
                                  throw new IllegalArgumentException("not JSON: " + json, e);
                                }
                                """, PROCESSING)
                        .build())
                .addMethod(method("describe", String.class, "A value as short JSON text for a message: long values are cut after 40 characters.\n\n"
                        + "@param value a JSON value\n@return the text")
                        .addParameter(node, "value")
                        .addCode("""
                                String text = value.toString();
                                if (text.codePointCount(0, text.length()) <= 40) {
                                  return text;
                                }
                                return text.substring(0, text.offsetByCodePoints(0, 40)) + "...";
                                """)
                        .build())
                .addMethod(method("typeOf", String.class, "The JSON type of a value, with its article, for a message: {@code a string}, {@code an integer}, {@code null}.\n\n"
                        + "@param value a JSON value\n@return the type's name")
                        .addParameter(node, "value")
                        .addCode("""
                                return switch (value.getNodeType()) {
                                  case NULL -> "null";
                                  case BOOLEAN -> "a boolean";
                                  case STRING -> "a string";
                                  case NUMBER -> isInteger(value) ? "an integer" : "a number";
                                  case ARRAY -> "an array";
                                  case OBJECT -> "an object";
                                  default -> "not a JSON value";
                                };
                                """)
                        .build())
                .addMethods(JsonValuesPrivateMethods.emit())
                .build();
    }

    static MethodSpec.Builder method(String name, TypeName returns, String javadoc) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc(javadoc + "\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(returns);
    }

    static MethodSpec.Builder method(String name, Class<?> returns, String javadoc) {
        return method(name, TypeName.get(returns), javadoc);
    }
}
