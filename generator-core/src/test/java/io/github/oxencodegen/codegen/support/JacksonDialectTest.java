package io.github.oxencodegen.codegen.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.ClassName;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JacksonDialectTest {
    private static final String JACKSON_2 = """
            package com.acme;

            import com.fasterxml.jackson.annotation.JsonProperty;
            import com.fasterxml.jackson.core.JsonProcessingException;
            import com.fasterxml.jackson.databind.JsonNode;
            import com.fasterxml.jackson.databind.ObjectMapper;
            import com.fasterxml.jackson.databind.node.TextNode;
            import java.io.UncheckedIOException;

            class Request {
                private static final ObjectMapper MAPPER = new ObjectMapper();

                @JsonProperty("prompt")
                private String prompt;

                public String toJson() {
                    try {
                        return MAPPER.writeValueAsString(this);
                    } catch (JsonProcessingException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                static boolean same(JsonNode node) {
                    return node.isTextual() && "a".equals(node.textValue()) && node.equals(TextNode.valueOf("a"));
                }

                static JsonNode read(String json) throws JsonProcessingException {
                    return MAPPER.readTree(json);
                }
            }
            """;

    @Test
    void jackson2TextIsLeftAsItIs() {
        assertThat(JacksonDialect.JACKSON_2.translate(JACKSON_2)).isSameAs(JACKSON_2);
    }

    @Test
    void jackson3TextUsesJackson3sPackagesTypesAndAccessorsAndKeepsTheAnnotations() {
        assertThat(JacksonDialect.JACKSON_3.translate(JACKSON_2)).isEqualTo("""
                package com.acme;

                import com.fasterxml.jackson.annotation.JsonProperty;
                import tools.jackson.core.JacksonException;
                import tools.jackson.databind.JsonNode;
                import tools.jackson.databind.ObjectMapper;
                import tools.jackson.databind.node.StringNode;

                class Request {
                    private static final ObjectMapper MAPPER = tools.jackson.databind.json.JsonMapper.builder()\
                .disable(tools.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();

                    @JsonProperty("prompt")
                    private String prompt;

                    public String toJson() {
                        return MAPPER.writeValueAsString(this);
                    }

                    static boolean same(JsonNode node) {
                        return node.isString() && "a".equals(node.stringValue(null)) && node.equals(StringNode.valueOf("a"));
                    }

                    static JsonNode read(String json) throws JacksonException {
                        return MAPPER.readTree(json);
                    }
                }
                """);
    }

    @Test
    void aModelsOwnTypeNamedLikeAJackson2TypeKeepsItsName() {
        String source = """
                import com.fasterxml.jackson.databind.JsonNode;

                record TextNode(com.fasterxml.jackson.databind.node.TextNode text, JsonNode raw) {}
                """;

        assertThat(JacksonDialect.JACKSON_3.translate(source)).isEqualTo("""
                import tools.jackson.databind.JsonNode;

                record TextNode(tools.jackson.databind.node.StringNode text, JsonNode raw) {}
                """);
    }

    @Test
    void stringLiteralsAreNeverRewrittenAndCommentsAreNotRefused() {
        String source = """
                import com.fasterxml.jackson.databind.JsonNode;

                /** Reads the node with {@code asText()}; see {@link JsonNode#textValue()}. */
                enum Odd {
                    A("x.textValue() com.fasterxml.jackson.databind.node.TextNode"), B('"'), C(\"""
                            n.isTextual() && n.asText()\""");

                    boolean is(JsonNode n) { // n.asText() would coerce
                        return n.isTextual();
                    }
                }
                """;

        assertThat(JacksonDialect.JACKSON_3.translate(source)).isEqualTo("""
                import tools.jackson.databind.JsonNode;

                /** Reads the node with {@code asText()}; see {@link JsonNode#textValue()}. */
                enum Odd {
                    A("x.textValue() com.fasterxml.jackson.databind.node.TextNode"), B('"'), C(\"""
                            n.isTextual() && n.asText()\""");

                    boolean is(JsonNode n) { // n.asText() would coerce
                        return n.isString();
                    }
                }
                """);
    }

    @Test
    void aJackson2FormWithoutATranslationIsRefusedNamingItsLine() {
        String source = "import com.fasterxml.jackson.databind.JsonNode;\n\nclass A {\n    String f(JsonNode n) {\n        return n.asText();\n    }\n}\n";

        assertThatThrownBy(() -> JacksonDialect.JACKSON_3.translate(source)).isInstanceOf(IllegalStateException.class)
                .hasMessage("no Jackson 3 translation for '.asText(' (line 5: return n.asText();)");
    }

    static Stream<String> runtimeSources() {
        SupportTypes types = new SupportTypes("com.acme");
        return Stream.concat(types.all().stream(), types.client().stream()).map(ClassName::simpleName);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runtimeSources")
    void everyRuntimeSourceTranslatesAndItsCopyIsThatTranslation(String simpleName) {
        String copy = RuntimeCopier.copy(ClassName.get("com.acme", simpleName), "", JacksonDialect.JACKSON_3).content();

        assertThat(copy).isEqualTo(JacksonDialect.JACKSON_3.translate(RuntimeCopier.inPackage(RuntimeCopier.source(simpleName), "com.acme")));
        assertThat(copy).doesNotContain("com.fasterxml.jackson.databind", "com.fasterxml.jackson.core");
    }

    @Test
    void theSettingIsTwoOrThree() {
        assertThat(JacksonDialect.of("2")).isEqualTo(JacksonDialect.JACKSON_2);
        assertThat(JacksonDialect.of(" 3 ")).isEqualTo(JacksonDialect.JACKSON_3);
        assertThat(JacksonDialect.JACKSON_3.setting()).isEqualTo("3");
        assertThatThrownBy(() -> JacksonDialect.of("auto")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("jackson must be 2 or 3, not 'auto'");
    }
}
