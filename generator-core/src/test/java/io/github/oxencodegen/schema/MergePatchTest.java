package io.github.oxencodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MergePatchTest {
    /** The examples of RFC 7396, appendix A. */
    @ParameterizedTest(name = "{0} patched with {1} gives {2}")
    @CsvSource(delimiter = '|', value = {
        "{\"a\":\"b\"}                  | {\"a\":\"c\"}              | {\"a\":\"c\"}",
        "{\"a\":\"b\"}                  | {\"b\":\"c\"}              | {\"a\":\"b\",\"b\":\"c\"}",
        "{\"a\":\"b\"}                  | {\"a\":null}               | {}",
        "{\"a\":\"b\",\"b\":\"c\"}      | {\"a\":null}               | {\"b\":\"c\"}",
        "{\"a\":[\"b\"]}                | {\"a\":\"c\"}              | {\"a\":\"c\"}",
        "{\"a\":\"c\"}                  | {\"a\":[\"b\"]}            | {\"a\":[\"b\"]}",
        "{\"a\":{\"b\":\"c\"}}          | {\"a\":{\"b\":\"d\",\"c\":null}} | {\"a\":{\"b\":\"d\"}}",
        "{\"a\":[{\"b\":\"c\"}]}        | {\"a\":[1]}                | {\"a\":[1]}",
        "[\"a\",\"b\"]                  | [\"c\",\"d\"]              | [\"c\",\"d\"]",
        "{\"a\":\"b\"}                  | [\"c\"]                    | [\"c\"]",
        "{\"a\":\"foo\"}                | null                       | null",
        "{\"a\":\"foo\"}                | \"bar\"                    | \"bar\"",
        "{\"e\":null}                   | {\"a\":1}                  | {\"e\":null,\"a\":1}",
        "[1,2]                          | {\"a\":\"b\",\"c\":null}   | {\"a\":\"b\"}",
        "{}                             | {\"a\":{\"bb\":{\"ccc\":null}}} | {\"a\":{\"bb\":{}}}",
    })
    void followsEveryExampleOfRfc7396(String target, String patch, String expected) {
        assertThat(MergePatch.apply(Fixtures.parse(target), Fixtures.parse(patch))).isEqualTo(Fixtures.parse(expected));
    }

    @Test
    void leavesBothArgumentsUntouched() {
        var target = Fixtures.parse("{\"a\":{\"b\":1}}");
        var patch = Fixtures.parse("{\"a\":{\"b\":null,\"c\":2}}");
        MergePatch.apply(target, patch);
        assertThat(target).isEqualTo(Fixtures.parse("{\"a\":{\"b\":1}}"));
        assertThat(patch).isEqualTo(Fixtures.parse("{\"a\":{\"b\":null,\"c\":2}}"));
    }

    @Test
    void addsTheDocumentedLimitsToTheWanSchema() {
        var schema = Fixtures.model("models/wan-v2-7-reference-to-video.json").requestSchema();
        var patched = MergePatch.apply(schema, Fixtures.wanOverlay());
        assertThat(patched.at("/properties/prompt/maxLength").asInt()).isEqualTo(5000);
        assertThat(patched.at("/properties/prompt/type").asText()).isEqualTo("string");
        assertThat(patched.at("/allOf/0/then/properties/duration/maximum").asInt()).isEqualTo(10);
    }
}
