package io.github.oxencodegen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaNamesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "wan-v2-7-reference-to-video, WanV27ReferenceToVideo",
        "flux-2-dev, Flux2Dev",
        "reference_images, ReferenceImages",
        "aspectRatio, AspectRatio",
        "HTTPServer, HttpServer",
        "16:9, V169",
        "class, Class",
        "'', Fallback",
        "'***', Fallback",
    })
    void upperCamelNamesAreLegalJavaTypeNames(String text, String expected) {
        assertThat(JavaNames.upperCamel(text, "Fallback")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "aspect_ratio, aspectRatio",
        "negative_prompt, negativePrompt",
        "URL, url",
        "imageURL, imageUrl",
        "class, class_",
        "1 MP, v1Mp",
        "'', value",
        "prompt_é, promptÉ",
    })
    void lowerCamelNamesAreLegalJavaMemberNames(String text, String expected) {
        assertThat(JavaNames.lowerCamel(text, "value")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "16:9, V16_9",
        "1080P, V1080P",
        "720p, V720P",
        "-1, MINUS_1",
        "23.976, V23_976",
        "1 MP, V1_MP",
        "auto, AUTO",
        "'', EMPTY",
        "':', VALUE",
        "b64_json, B64_JSON",
    })
    void enumConstantsKeepTheDigitsAndSignsOfTheirWireValue(String text, String expected) {
        assertThat(JavaNames.constant(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "wan-v2-7-reference-to-video, wan_v2_7_reference_to_video",
        "../../etc, etc",
        "9lives, m_9lives",
        "class, class_",
        "Qwen.Image/Edit, qwen_image_edit",
    })
    void packageSegmentsCannotEscapeThePackageTree(String text, String expected) {
        assertThat(JavaNames.packageSegment(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"reference_images, reference_image", "categories, category", "boxes, box", "status, status", "data, data", "ReferenceVideos, ReferenceVideo"})
    void singularNamesListElements(String plural, String singular) {
        assertThat(JavaNames.singular(plural)).isEqualTo(singular);
    }

    @Test
    void collisionsAfterNormalisationAreResolvedInEncounterOrder() {
        JavaNames.Scope scope = new JavaNames.Scope(Set.of("builder"));
        assertThat(scope.claim(JavaNames.lowerCamel("foo_bar", "v"))).isEqualTo("fooBar");
        assertThat(scope.claim(JavaNames.lowerCamel("fooBar", "v"))).isEqualTo("fooBar2");
        assertThat(scope.claim(JavaNames.lowerCamel("FOO-BAR", "v"))).isEqualTo("fooBar3");
        assertThat(scope.claim("builder")).isEqualTo("builder2");
    }

    @Test
    void namesDifferingOnlyInCaseCollideSinceTheyBecomeFileNames() {
        JavaNames.Scope scope = new JavaNames.Scope(Set.of());
        assertThat(scope.claim("Mode")).isEqualTo("Mode");
        assertThat(scope.claim("MODE")).isEqualTo("MODE2");
    }
}
