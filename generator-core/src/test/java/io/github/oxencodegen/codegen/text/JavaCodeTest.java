package io.github.oxencodegen.codegen.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/**
 * {@link JavaCode} must print exactly what JavaPoet prints for the same calls: each case is written
 * once against a small builder interface and printed both ways, inside a whole file, so the imports,
 * the indentation of nested blocks and the continuation lines of statements are compared too.
 */
class JavaCodeTest {
    private static final ClassName NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    private static final ClassName OTHER_LIST = ClassName.get("com.acme.other", "List");
    private static final TypeName LIST_OF_NODES = ParameterizedTypeName.get(ClassName.get(List.class), NODE);

    @Test
    void nestedControlFlowAndMultiLineConditionsPrintAsJavaPoetPrintsThem() {
        assertSamePrint(code -> code
                .addStatement("$T node = $L", NODE, "input")
                .beginControlFlow("if ($L)", "node.isObject()\n    || node.isArray()")
                .beginControlFlow("for ($T child : node)", NODE)
                .addStatement("count++")
                .nextControlFlow("else if (count > $L)", 3)
                .addStatement("return $S", "many")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $S", "done"));
    }

    @Test
    void aStatementSpanningLinesIndentsItsContinuationLinesTwiceMore() {
        assertSamePrint(code -> code
                .beginControlFlow("if (x)")
                .addStatement("$T list = $T.of(\n$>a,\nb$<)", LIST_OF_NODES, List.class)
                .addStatement("return call(first,\nsecond,\n\nthird)")
                .endControlFlow());
    }

    @Test
    void stringsWithEscapesLineBreaksAndDollarsAreQuotedAsJavaPoetQuotesThem() {
        assertSamePrint(code -> code
                .addStatement("a($S)", "quote \" back \\ tab \t bell \u0007 next-line \u0085 é ' $")
                .addStatement("b($S)", "two\nlines\n")
                .addStatement("c($S, $$)", (Object) null)
                .addStatement("d(\"$L\")", "separator\u2028line"));
    }

    @Test
    void everyKindOfLineBreakInFormatsAndArgumentsPrintsAsJavaPoetPrintsIt() {
        // JavaCode finds the breaks (JavaPoet's \R) once, when the code is built; JavaPoet when it prints.
        assertSamePrint(code -> code
                .beginControlFlow("if (a\r\n&& b\r&& c)")
                .addStatement("call($L)", "one\r\ntwo\rthree\u000Bfour\ffive\u0085six\u2028seven\u2029eight")
                .addStatement("x($L,\n\r\n$L)", "\r", "\n\r")
                .addStatement("$L", "trailing\r\n")
                .endControlFlow());
    }

    @Test
    void typesAreImportedOrQualifiedByJavaPoet() {
        assertSamePrint(code -> code
                .addStatement("$T a = null", OTHER_LIST)
                .addStatement("$T b = null", LIST_OF_NODES)
                .addStatement("$T c = new $T[0]", TypeName.INT, TypeName.INT));
    }

    @Test
    void toStringSpellsEveryTypeAsJavaPoetsToStringDoes() {
        ClassName entry = ClassName.get("java.util", "Map", "Entry");
        List<TypeName> types = List.of(NODE, entry, TypeName.INT, TypeName.VOID, TypeName.BOOLEAN.box(), LIST_OF_NODES,
                ArrayTypeName.of(TypeName.BYTE), ArrayTypeName.of(ArrayTypeName.of(LIST_OF_NODES)),
                ParameterizedTypeName.get(entry, ClassName.get(String.class), WildcardTypeName.subtypeOf(Object.class)),
                ParameterizedTypeName.get(ClassName.get(List.class), WildcardTypeName.subtypeOf(Number.class)),
                ParameterizedTypeName.get(ClassName.get(List.class), WildcardTypeName.supertypeOf(NODE)),
                ParameterizedTypeName.get(ClassName.get("com.acme", "Outer"), NODE).nestedClass("Inner", List.of(OTHER_LIST)),
                TypeVariableName.get("T"),
                NODE.annotated(AnnotationSpec.builder(Deprecated.class).build()));
        for (TypeName type : types) {
            JavaCode code = JavaCode.of("$T x", type);
            assertThat(code.toString()).isEqualTo(type + " x");
            assertThat(code.length()).isEqualTo(code.toString().length());
        }
    }

    @Test
    void codePlacedInsideOtherCodeIndentsWhereItIsPlaced() {
        JavaCode inner = JavaCode.builder().beginControlFlow("if (y)").addStatement("$T.check()", NODE).endControlFlow().build();
        JavaCode condition = JavaCode.join(List.of(JavaCode.of("a"), JavaCode.of("$T.b()", NODE), JavaCode.of("c")), "\n    || ");
        JavaCode.Builder ours = JavaCode.builder().beginControlFlow("if ($L)", condition).add(inner)
                .addStatement("return $L", condition).endControlFlow();
        CodeBlock innerPoet = CodeBlock.builder().beginControlFlow("if (y)").addStatement("$T.check()", NODE).endControlFlow().build();
        CodeBlock conditionPoet = CodeBlock.join(List.of(CodeBlock.of("a"), CodeBlock.of("$T.b()", NODE), CodeBlock.of("c")), "\n    || ");
        CodeBlock.Builder poet = CodeBlock.builder().beginControlFlow("if ($L)", conditionPoet).add(innerPoet)
                .addStatement("return $L", conditionPoet).endControlFlow();
        assertThat(print(ours.build().toCodeBlock())).isEqualTo(print(poet.build()));
    }

    @Test
    void anInitializerPrintsAsJavaPoetPrintsIt() {
        JavaCode ours = JavaCode.of("$T.of(\n$>$S,\n$S$<)", List.class, "a", "b");
        CodeBlock poet = CodeBlock.of("$T.of(\n$>$S,\n$S$<)", List.class, "a", "b");
        assertThat(printField(ours.toCodeBlock())).isEqualTo(printField(poet));
    }

    @Test
    void positionalPlaceholdersPrintAsJavaPoetPrintsThem() {
        assertSamePrint(code -> code.addStatement("if ($1N < $2T.MIN_VALUE || $1N > $2T.MAX_VALUE) $1N = 0", "value", Integer.class));
    }

    @Test
    void placeholdersItCannotRenderAreRefusedRatherThanMisprinted() {
        assertThatThrownBy(() -> JavaCode.of("$L", CodeBlock.of("x"))).hasMessageContaining("CodeBlock cannot be placed");
        assertThatThrownBy(() -> JavaCode.of("$W", "x")).hasMessageContaining("unsupported placeholder $W");
        assertThatThrownBy(() -> JavaCode.of("$1L $L", "x")).hasMessageContaining("cannot mix positional and relative");
        assertThatThrownBy(() -> JavaCode.of("$2L", "x", "y")).hasMessageContaining("argument 1 is unused");
        assertThatThrownBy(() -> JavaCode.of("$L $L", "x")).hasMessageContaining("too few arguments");
        assertThatThrownBy(() -> JavaCode.of("$L", "x", "y")).hasMessageContaining("unused arguments");
        assertThatThrownBy(() -> JavaCode.builder().addStatement("a$[b").build().toCodeBlock())
                .hasMessageContaining("statement enter $[ followed by statement enter $[");
    }

    @Test
    void aFormatReadOnceIsCheckedAgainstTheArgumentsOfEachUse() {
        // formats are read once and kept: each later use still gets its own arguments and its own errors
        assertThat(JavaCode.of("$L and $S$$", "a", "b").toString()).isEqualTo("a and \"b\"$");
        assertThat(JavaCode.of("$L and $S$$", "c", "d\ne").toString()).isEqualTo("c and \"d\\n\"\n        + \"e\"$");
        assertThatThrownBy(() -> JavaCode.of("$L and $S$$", "a")).hasMessageContaining("too few arguments");
        assertThatThrownBy(() -> JavaCode.of("$L and $S$$", "a", "b", "c")).hasMessageContaining("expected 2, received 3");
        assertThat(JavaCode.of("$2L-$1L", "a", "b").toString()).isEqualTo("b-a");
        assertThat(JavaCode.of("$2L-$1L", "c", "d").toString()).isEqualTo("d-c");
        assertThatThrownBy(() -> JavaCode.of("$2L-$1L", "a")).hasMessageContaining("positional placeholder $2L in '$2L-$1L' with 1 arguments");
        assertThatThrownBy(() -> JavaCode.of("$2L-$1L", "a", "b", "c")).hasMessageContaining("argument 3 is unused");
        assertThatThrownBy(() -> JavaCode.of("$3L", "x", "y", "z")).hasMessageContaining("argument 1 is unused");
    }

    /** The builder calls a case makes, so that one case drives both builders. */
    private interface Code {
        Code addStatement(String format, Object... args);

        Code beginControlFlow(String format, Object... args);

        Code nextControlFlow(String format, Object... args);

        Code endControlFlow();
    }

    private static void assertSamePrint(Function<Code, Code> build) {
        JavaCode.Builder ours = JavaCode.builder();
        CodeBlock.Builder poet = CodeBlock.builder();
        build.apply(new Code() {
            public Code addStatement(String format, Object... args) {
                ours.addStatement(format, args);
                poet.addStatement(format, args);
                return this;
            }

            public Code beginControlFlow(String format, Object... args) {
                ours.beginControlFlow(format, args);
                poet.beginControlFlow(format, args);
                return this;
            }

            public Code nextControlFlow(String format, Object... args) {
                ours.nextControlFlow(format, args);
                poet.nextControlFlow(format, args);
                return this;
            }

            public Code endControlFlow() {
                ours.endControlFlow();
                poet.endControlFlow();
                return this;
            }
        });
        String expected = print(poet.build());
        JavaCode code = ours.build();
        assertThat(print(code.toCodeBlock())).isEqualTo(expected);
        assertThat(code.length()).as("length() counts what toString() renders").isEqualTo(code.toString().length());
    }

    private static String print(CodeBlock body) {
        MethodSpec method = MethodSpec.methodBuilder("run").addModifiers(Modifier.STATIC).addCode(body).build();
        return file(TypeSpec.classBuilder("Sample").addMethod(method).build());
    }

    private static String printField(CodeBlock initializer) {
        FieldSpec field = FieldSpec.builder(Object.class, "VALUE", Modifier.STATIC).initializer(initializer).build();
        return file(TypeSpec.classBuilder("Sample").addField(field).build());
    }

    private static String file(TypeSpec type) {
        return JavaFile.builder("com.acme", type).skipJavaLangImports(true).indent(JavaCode.INDENT).build().toString();
    }
}
