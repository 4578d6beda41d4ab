package io.github.oxencodegen.codegen.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import io.github.oxencodegen.codegen.text.JavaCode;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/**
 * {@link JavaFile} must print exactly what JavaPoet prints for the same declarations: each case is
 * built once, copied into JavaPoet's builders ({@link JavaPoetCopy}) and printed both ways. The
 * golden files compare the generator's whole output the same way (they were written by JavaPoet);
 * these cases reach the corners the generated classes rarely do.
 */
class JavaFileTest {
    private static final String PACKAGE = "com.acme.oxen";
    private static final ClassName NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    private static final ClassName OTHER_NODE = ClassName.get("com.acme.other", "JsonNode");
    private static final ClassName OWN_LIST = ClassName.get(PACKAGE, "List");
    private static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
    private static final ClassName JSON_AUTO_DETECT = ClassName.get("com.fasterxml.jackson.annotation", "JsonAutoDetect");

    @Test
    void theFirstClassOfASimpleNameIsImportedAndTheOthersAreSpeltInFull() {
        TypeSpec type = TypeSpec.classBuilder("Sample").addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(FieldSpec.builder(NODE, "first", Modifier.PRIVATE).build())
                .addField(FieldSpec.builder(OTHER_NODE, "second", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T()", OTHER_NODE).build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                        WildcardTypeName.subtypeOf(NODE)), "byName", Modifier.STATIC).build())
                .build();
        assertPrintsAsJavaPoet(type, "Generated.\nDo not edit.");
    }

    @Test
    void aClassOfTheFilesPackageIsNeverShadowedByAnImport() {
        TypeSpec type = TypeSpec.classBuilder("Sample")
                .addMethod(MethodSpec.methodBuilder("items").returns(ParameterizedTypeName.get(ClassName.get(List.class), NODE))
                        .addStatement("$T own = new $T()", OWN_LIST, OWN_LIST)
                        .addStatement("return $T.of()", ClassName.get(List.class)).build())
                .build();
        assertPrintsAsJavaPoet(type, null);
    }

    @Test
    void nestedTypesAreNamedAsShortlyAsTheirPlaceAllows() {
        ClassName sample = ClassName.get(PACKAGE, "Sample");
        ClassName builder = sample.nestedClass("Builder");
        ClassName step = sample.nestedClass("Steps").nestedClass("PromptStep");
        TypeSpec steps = TypeSpec.classBuilder("Steps").addModifiers(Modifier.STATIC)
                .addType(TypeSpec.interfaceBuilder("PromptStep").addModifiers(Modifier.PUBLIC)
                        .addMethod(MethodSpec.methodBuilder("prompt").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                                .returns(builder).addParameter(String.class, "prompt").build())
                        .build())
                .addMethod(MethodSpec.methodBuilder("first").returns(step).addStatement("return null").build())
                .build();
        TypeSpec type = TypeSpec.classBuilder(sample)
                .addJavadoc("Uses {@link $T} and {@link $T}.\n\nSecond paragraph.\n", builder, step)
                .addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(step)
                        .addStatement("return new $T()", builder).build())
                .addType(TypeSpec.classBuilder("Builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addSuperinterface(step)
                        .addMethod(MethodSpec.methodBuilder("prompt").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                                .returns(builder).addParameter(String.class, "prompt").addStatement("return this").build())
                        .build())
                .addType(steps)
                .build();
        assertPrintsAsJavaPoet(type, null);
    }

    @Test
    void aLongParameterListWrapsAtColumnOneHundredAsJavaPoetWrapsIt() {
        MethodSpec.Builder wide = MethodSpec.methodBuilder("withAVeryLongNameThatTakesMostOfTheLine")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(TypeName.BOOLEAN)
                .addException(ClassName.get("java.io", "IOException"))
                .addException(ClassName.get("com.fasterxml.jackson.core", "JsonProcessingException"));
        for (int i = 0; i < 7; i++) {
            wide.addParameter(ParameterSpec.builder(NODE, "parameterNumber" + i, Modifier.FINAL)
                    .addAnnotation(AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", "p" + i).build()).build());
        }
        wide.addStatement("return $L\n&& $L", true, "false");
        MethodSpec.Builder plain = MethodSpec.methodBuilder("withAVeryLongNameThatTakesMostOfTheLine")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(TypeName.BOOLEAN)
                .addException(ClassName.get("java.io", "IOException"))
                .addException(ClassName.get("java.io", "IOException")); // named once, as JavaPoet keeps a set
        for (int i = 0; i < 7; i++) {
            plain.addParameter(NODE, "parameterNumber" + i);
        }
        plain.addStatement("return true");
        TypeSpec type = TypeSpec.classBuilder("Sample").addMethod(wide.build()).addMethod(plain.build())
                .addMethod(MethodSpec.constructorBuilder().addParameter(int.class, "a").addParameter(long.class, "b").build())
                .build();
        assertPrintsAsJavaPoet(type, null);
    }

    @Test
    void annotationsWithSeveralMembersOrValuesSpreadOverLines() {
        ClassName visibility = JSON_AUTO_DETECT.nestedClass("Visibility");
        TypeSpec type = TypeSpec.classBuilder("Sample")
                .addAnnotation(AnnotationSpec.builder(JSON_AUTO_DETECT)
                        .addMember("fieldVisibility", "$T.ANY", visibility)
                        .addMember("getterVisibility", "$T.NONE", visibility).build())
                .addAnnotation(AnnotationSpec.builder(ClassName.get("com.fasterxml.jackson.annotation", "JsonPropertyOrder"))
                        .addMember("value", "$S", "a").addMember("value", "$S", "b").build())
                .addAnnotation(Deprecated.class)
                .addField(FieldSpec.builder(String.class, "a").addAnnotation(JSON_PROPERTY).build())
                .build();
        assertPrintsAsJavaPoet(type, null);
    }

    @Test
    void enumConstantsInterfacesAndImpliedModifiersPrintAsJavaPoetPrintsThem() {
        TypeSpec colour = TypeSpec.enumBuilder("Colour").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addEnumConstant("RED", TypeSpec.anonymousClassBuilder("$S", "red").addJavadoc("Wire value {@code red}.\n").build())
                .addEnumConstant("GREEN", TypeSpec.anonymousClassBuilder("$S", "green").build())
                .addField(FieldSpec.builder(String.class, "value", Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder().addParameter(String.class, "value").addStatement("this.value = value").build())
                .build();
        TypeSpec plain = TypeSpec.enumBuilder("Plain").addModifiers(Modifier.PUBLIC, Modifier.STATIC).addEnumConstant("ONE").addEnumConstant("TWO").build();
        TypeSpec type = TypeSpec.interfaceBuilder("Sample").addModifiers(Modifier.PUBLIC)
                .addSuperinterface(ParameterizedTypeName.get(ClassName.get(Comparable.class), ClassName.get(PACKAGE, "Sample")))
                .addField(FieldSpec.builder(String.class, "NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$S", "line one\nline two").build())
                .addMethod(MethodSpec.methodBuilder("colour").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(ClassName.get(PACKAGE, "Sample", "Colour")).build())
                .addType(colour)
                .addType(plain)
                .build();
        assertPrintsAsJavaPoet(type, null);
    }

    @Test
    void statementsSpanningLinesAndLineCommentsIndentAsInJavaPoet() {
        TypeSpec type = TypeSpec.classBuilder("Sample")
                .addMethod(MethodSpec.methodBuilder("check").addParameter(NODE, "node").returns(TypeName.BOOLEAN)
                        .addComment("the text of $L", "node")
                        .beginControlFlow("if (node == null\n|| node.isNull())")
                        .addStatement("return $L", JavaCode.of("false"))
                        .nextControlFlow("else")
                        .addStatement("$T text = node\n.textValue()\n.trim()", String.class)
                        .addStatement("return !text.isEmpty()")
                        .endControlFlow()
                        .build())
                .superclass(ClassName.get("com.acme.base", "Base"))
                .build();
        assertPrintsAsJavaPoet(type, "Header with a blank line:\n\nand a $ sign.");
    }

    @Test
    void everyKindOfLineBreakInCodeJavadocAndCommentsPrintsAsInJavaPoet() {
        String breaks = "one\r\ntwo\rthree\u000Bfour\ffive\u0085six\u2028seven\u2029eight";
        TypeSpec type = TypeSpec.classBuilder("Sample")
                .addJavadoc("$L\r\n", breaks)
                .addMethod(MethodSpec.methodBuilder("check").addJavadoc("Checks.\u2028Really.\n")
                        .addComment("$L", breaks)
                        .beginControlFlow("if (a\r\n&& b)")
                        .addStatement("call($L)", breaks)
                        .addStatement("x($L,\n\r\n$L)", "\r", "\n\r")
                        .endControlFlow()
                        .build())
                .build();
        assertPrintsAsJavaPoet(type, breaks);
    }

    private static void assertPrintsAsJavaPoet(TypeSpec type, String comment) {
        JavaFile.Builder ours = JavaFile.builder(PACKAGE, type).skipJavaLangImports(true).indent(JavaCode.INDENT);
        if (comment != null) {
            ours.addFileComment("$L", comment);
        }
        JavaFile file = ours.build();
        String expected = JavaPoetCopy.of(file, comment).toString();
        assertThat(file.toString()).isEqualTo(expected);
    }
}
