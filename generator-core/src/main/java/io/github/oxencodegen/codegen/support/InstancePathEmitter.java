package io.github.oxencodegen.codegen.support;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code InstancePath}: a location in a request as a chain of steps. Validators extend it only
 * while collecting violations, and turn it into a JSON Pointer string only for a violation.
 */
final class InstancePathEmitter {
    private InstancePathEmitter() {}

    static TypeSpec emit(SupportTypes types) {
        ClassName path = types.instancePath();
        return TypeSpec.classBuilder(path)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        A location in a request: the whole request, or a property or array element below a location.
                        Generated validators build it step by step while collecting violations and turn it into an
                        RFC 6901 JSON Pointer only when they report one.
                        """)
                .addField(FieldSpec.builder(path, "ROOT", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T(null, null, -1)", path).build())
                .addField(path, "parent", Modifier.PRIVATE, Modifier.FINAL)
                .addField(String.class, "name", Modifier.PRIVATE, Modifier.FINAL)
                .addField(int.class, "index", Modifier.PRIVATE, Modifier.FINAL)
                .addField(int.class, "depth", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(path, "parent")
                        .addParameter(String.class, "name")
                        .addParameter(int.class, "index")
                        .addStatement("this.parent = parent")
                        .addStatement("this.name = name")
                        .addStatement("this.index = index")
                        .addStatement("this.depth = parent == null ? 0 : parent.depth + 1")
                        .build())
                .addMethod(MethodSpec.methodBuilder("root")
                        .addJavadoc("The whole request; its pointer is {@code \"\"}.\n\n@return the root location\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(path)
                        .addStatement("return ROOT")
                        .build())
                .addMethod(MethodSpec.methodBuilder("child")
                        .addJavadoc("The property {@code name} of the object at this location.\n\n@param name the property's wire name\n@return the location of the property\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(path)
                        .addParameter(String.class, "name")
                        .addStatement("return new $T(this, name, -1)", path)
                        .build())
                .addMethod(MethodSpec.methodBuilder("child")
                        .addJavadoc("The element {@code index} of the array at this location.\n\n@param index the element's index, from 0\n@return the location of the element\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(path)
                        .addParameter(int.class, "index")
                        .addStatement("return new $T(this, null, index)", path)
                        .build())
                .addMethod(MethodSpec.methodBuilder("pointer")
                        .addJavadoc("This location as an RFC 6901 JSON Pointer, such as {@code /reference_images/2/url}.\n\n@return the pointer; {@code \"\"} for the whole request\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addCode("""
                                $T[] steps = new $T[depth];
                                for ($T at = this; at.parent != null; at = at.parent) {
                                  steps[at.depth - 1] = at;
                                }
                                StringBuilder pointer = new StringBuilder();
                                for ($T step : steps) {
                                  pointer.append('/');
                                  if (step.name == null) {
                                    pointer.append(step.index);
                                  } else {
                                    pointer.append(step.name.replace("~", "~0").replace("/", "~1"));
                                  }
                                }
                                return pointer.toString();
                                """, path, path, path, path)
                        .build())
                .addMethod(MethodSpec.methodBuilder("toString")
                        .addJavadoc("The JSON Pointer of this location.\n\n@return {@link #pointer()}\n")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return pointer()")
                        .build())
                .build();
    }
}
