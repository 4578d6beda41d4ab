package io.github.oxencodegen.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.codegen.source.JavaFile;
import io.github.oxencodegen.codegen.source.MethodSpec;
import io.github.oxencodegen.codegen.source.TypeSpec;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

class InMemoryCompilerTest {
    @Test
    void compiledClassesAreLoadedAndCanUseJacksonFromTheTestClasspath() throws Exception {
        String source = """
                package sample;

                import com.fasterxml.jackson.databind.node.JsonNodeFactory;

                public final class Hello {
                    private Hello() {}

                    public static String greet() {
                        return JsonNodeFactory.instance.textNode("hi").textValue();
                    }
                }
                """;
        ClassLoader loader = InMemoryCompiler.compileSources(Map.of("sample.Hello", source));
        Method greet = loader.loadClass("sample.Hello").getMethod("greet");
        assertThat(greet.invoke(null)).isEqualTo("hi");
    }

    @Test
    void javaFilesAreCompiledTogether() throws Exception {
        JavaFile a = JavaFile.builder("p", TypeSpec.classBuilder("A").addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.methodBuilder("one").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(int.class).addStatement("return 1").build())
                .build()).build();
        JavaFile b = JavaFile.builder("q", TypeSpec.classBuilder("B").addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.methodBuilder("two").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(int.class).addStatement("return $T.one() + 1", com.palantir.javapoet.ClassName.get("p", "A")).build())
                .build()).build();
        ClassLoader loader = InMemoryCompiler.compile(List.of(a, b));
        assertThat(loader.loadClass("q.B").getMethod("two").invoke(null)).isEqualTo(2);
    }

    @Test
    void aLintWarningFailsWithTheDiagnosticAndTheNumberedSource() {
        String source = """
                package sample;

                import java.util.ArrayList;
                import java.util.List;

                public final class Raw {
                    private Raw() {}

                    public static List<String> names() {
                        List names = new ArrayList();
                        return names;
                    }
                }
                """;
        assertThatThrownBy(() -> InMemoryCompiler.compileSources(Map.of("sample.Raw", source)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("sample/Raw.java:10")
                .hasMessageContaining("found raw type")
                .hasMessageContaining("  10          List names = new ArrayList();");
    }

    @Test
    void aCompileErrorFails() {
        assertThatThrownBy(() -> InMemoryCompiler.compileSources(Map.of("sample.Broken", "package sample; class Broken { int x = ; }")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ERROR");
    }
}
