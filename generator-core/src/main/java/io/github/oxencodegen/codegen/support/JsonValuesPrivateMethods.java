package io.github.oxencodegen.codegen.support;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The private helpers of {@code JsonValues}: number conversion, structural equality and hashing. */
final class JsonValuesPrivateMethods {
    private static final ClassName MAP_ENTRY = ClassName.get("java.util", "Map", "Entry");

    private JsonValuesPrivateMethods() {}

    static List<MethodSpec> emit() {
        ClassName node = ClassNames.JSON_NODE;
        ClassName decimal = ClassNames.BIG_DECIMAL;
        return List.of(
                method("isLongValued", boolean.class)
                        .addParameter(node, "number")
                        .addStatement("return number.isIntegralNumber() && !number.isBigInteger()")
                        .build(),
                method("decimal", decimal)
                        .addParameter(node, "number")
                        .addCode("""
                                if (number.isBigDecimal()) {
                                  return number.decimalValue();
                                }
                                if (number.isBigInteger()) {
                                  return new $T(number.bigIntegerValue());
                                }
                                if (number.isFloat()) {
                                  return new $T(Float.toString(number.floatValue()));
                                }
                                if (number.isDouble()) {
                                  return $T.valueOf(number.doubleValue());
                                }
                                return $T.valueOf(number.longValue());
                                """, decimal, decimal, decimal, decimal)
                        .build(),
                method("compareNumbers", int.class)
                        .addParameter(node, "a")
                        .addParameter(node, "b")
                        .addCode("""
                                if (isLongValued(a) && isLongValued(b)) {
                                  return Long.compare(a.longValue(), b.longValue());
                                }
                                if (!isFinite(a) || !isFinite(b)) {
                                  return Double.compare(a.doubleValue(), b.doubleValue());
                                }
                                return decimal(a).compareTo(decimal(b));
                                """)
                        .build(),
                method("isFinite", boolean.class)
                        .addParameter(node, "number")
                        .addStatement("return !(number.isDouble() || number.isFloat()) || Double.isFinite(number.doubleValue())")
                        .build(),
                method("equalArrays", boolean.class)
                        .addParameter(node, "a")
                        .addParameter(node, "b")
                        .addCode("""
                                int size = a.size();
                                if (size != b.size()) {
                                  return false;
                                }
                                for (int i = 0; i < size; i++) {
                                  if (!equal(a.get(i), b.get(i))) {
                                    return false;
                                  }
                                }
                                return true;
                                """)
                        .build(),
                method("equalObjects", boolean.class)
                        .addParameter(node, "a")
                        .addParameter(node, "b")
                        .addCode("""
                                if (a.size() != b.size()) {
                                  return false;
                                }
                                for ($T<String, $T> member : a.properties()) {
                                  $T other = b.get(member.getKey());
                                  if (other == null || !equal(member.getValue(), other)) {
                                    return false;
                                  }
                                }
                                return true;
                                """, MAP_ENTRY, node, node)
                        .build(),
                method("hash", int.class)
                        .addJavadoc("A hash consistent with {@link #equal}.\n")
                        .addParameter(node, "value")
                        .addCode("""
                                if (value.isNumber()) {
                                  return isFinite(value) ? decimal(value).stripTrailingZeros().hashCode() : Double.hashCode(value.doubleValue());
                                }
                                if (value.isTextual()) {
                                  return value.textValue().hashCode();
                                }
                                if (value.isArray()) {
                                  int hash = 1;
                                  for ($T item : value) {
                                    hash = 31 * hash + hash(item);
                                  }
                                  return hash;
                                }
                                if (value.isObject()) {
                                  int hash = 0;
                                  for ($T<String, $T> member : value.properties()) {
                                    hash += member.getKey().hashCode() ^ hash(member.getValue());
                                  }
                                  return hash;
                                }
                                return value.hashCode();
                                """, node, MAP_ENTRY, node)
                        .build());
    }

    private static MethodSpec.Builder method(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(returns);
    }

    private static MethodSpec.Builder method(String name, Class<?> returns) {
        return method(name, TypeName.get(returns));
    }
}
