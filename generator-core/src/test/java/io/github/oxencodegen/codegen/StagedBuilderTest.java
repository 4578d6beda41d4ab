package io.github.oxencodegen.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.GeneratedFile;
import io.github.oxencodegen.Generator;
import io.github.oxencodegen.GeneratorOptions;
import io.github.oxencodegen.schema.ModelDocument;
import io.github.oxencodegen.schema.ModelInput;
import io.github.oxencodegen.testing.Fixtures;
import io.github.oxencodegen.testing.InMemoryCompiler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The staged builder holds callers to the contract at compile time: consumer code that sets every
 * required property compiles, code that leaves one out does not, and javac's message names the step
 * that is missing. Plain builders, asked for by the option, compile the same code.
 */
class StagedBuilderTest {
    private static final String SCHEMA = """
            {
              "type": "object",
              "required": ["prompt", "seed", "style", "images", "build", "prompt_step", "mask"],
              "properties": {
                "prompt": {"type": "string", "minLength": 1},
                "seed": {"type": "integer", "minimum": 0, "default": 7},
                "style": {"type": "string", "enum": ["photo", "sketch"]},
                "images": {"type": "array", "minItems": 1,
                           "items": {"type": "object", "required": ["url"], "properties": {"url": {"type": "string"}}}},
                "build": {"type": "string"},
                "prompt_step": {"type": "object", "required": ["prompt"],
                                "properties": {"prompt": {"type": "string"}, "weight": {"type": "number"}}},
                "mask": {"type": ["string", "null"]},
                "guidance": {"type": "number"},
                "tags": {"type": "array", "items": {"type": "string"}}
              }
            }""";

    private static final String COMPLETE = """
            DemoRequest.builder()
                    .prompt("an ox")
                    .seed(42)
                    .style(Style.PHOTO)
                    .addImage(Image.builder().url("https://example.com/a.png").build())
                    .buildValue("b")
                    .promptStep(PromptStep.builder().prompt("p").build())
                    .maskNull()
                    .guidance(4)
                    .addTag("t")
                    .additionalProperty("newer", null)
                    .addImage(Image.builder().url("https://example.com/b.png").build())
                    .build()""";

    @Test
    void codeThatSetsEveryRequiredPropertyInOrderCompilesAndBuilds() {
        assertThat(errors(generate(false), COMPLETE)).isEmpty();
    }

    @Test
    void leavingOutARequiredPropertyDoesNotCompileAndTheMessageNamesTheMissingStep() {
        String withoutSeed = COMPLETE.replace(".seed(42)\n", "");
        assertThat(errors(generate(false), withoutSeed)).singleElement().asString()
                .contains("cannot find symbol", "method style(", "DemoRequest.SeedStep");
    }

    @Test
    void buildIsNotOfferedBeforeTheLastRequiredProperty() {
        assertThat(errors(generate(false), "DemoRequest.builder().prompt(\"an ox\").build()")).singleElement().asString()
                .contains("cannot find symbol", "method build()", "DemoRequest.SeedStep");
    }

    @Test
    void aNestedClassWithARequiredPropertyIsStagedToo() {
        String withoutUrl = COMPLETE.replace("Image.builder().url(\"https://example.com/a.png\").build()", "Image.builder().build()");
        assertThat(errors(generate(false), withoutUrl)).singleElement().asString()
                .contains("method build()", "Image.UrlStep");
    }

    @Test
    void aStepNameThatWouldEqualItsClassGetsANumberAndARequiredPropertyNamedBuildIsAStep() {
        Map<String, String> sources = generate(false);
        assertThat(sources.get("com.example.staged.demo.PromptStep")).contains("public interface PromptStep2 {");
        assertThat(sources.get("com.example.staged.demo.DemoRequest"))
                .contains("public interface BuildValueStep {", "PromptStepStep buildValue(String buildValue);");
        assertThat(errors(sources, COMPLETE.replace(".buildValue(\"b\")\n", ""))).singleElement().asString()
                .contains("DemoRequest.BuildValueStep");
    }

    @Test
    void aRequiredNullablePropertyIsSatisfiedByAnExplicitNullToo() {
        assertThat(generate(false).get("com.example.staged.demo.DemoRequest"))
                .contains("public interface MaskStep {", "Builder mask(String mask);", "Builder maskNull();");
        assertThat(errors(generate(false), COMPLETE.replace(".maskNull()", ".mask(\"m\")"))).isEmpty();
    }

    @Test
    void plainBuildersCompileCodeThatLeavesRequiredPropertiesOutAndRefuseItWhenItRuns() {
        assertThat(errors(generate(true), "DemoRequest.builder().guidance(4).buildUnvalidated()")).isEmpty();
        assertThat(generate(true).get("com.example.staged.demo.DemoRequest")).doesNotContain("interface", "implements");
    }

    @Test
    void toBuilderReturnsTheBuilderPastTheStepsWithEverythingSet() {
        assertThat(errors(generate(false), COMPLETE + ".toBuilder().build()")).isEmpty();
    }

    private static Map<String, String> generate(boolean plain) {
        try {
            ModelDocument document = new ModelDocument("demo", null, Fixtures.parse(SCHEMA), "demo.json");
            List<GeneratedFile> files = new Generator().generate(new GeneratorOptions("com.example.staged", false, plain),
                    List.of(ModelInput.of(document))).files();
            Map<String, String> sources = new LinkedHashMap<>();
            for (GeneratedFile file : files) {
                sources.put(file.relativePath().replace(".java", "").replace('/', '.'), file.content());
            }
            return sources;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The errors of compiling {@code expression} in a consumer class beside the generated sources. */
    private static List<String> errors(Map<String, String> generated, String expression) {
        Map<String, String> sources = new LinkedHashMap<>(generated);
        sources.put("consumer.Consumer", """
                package consumer;

                import com.example.staged.demo.DemoRequest;
                import com.example.staged.demo.Image;
                import com.example.staged.demo.PromptStep;
                import com.example.staged.demo.Style;

                public final class Consumer {
                    private Consumer() {}

                    static Object make() {
                        return %s;
                    }
                }
                """.formatted(expression));
        return InMemoryCompiler.errors(sources);
    }
}
