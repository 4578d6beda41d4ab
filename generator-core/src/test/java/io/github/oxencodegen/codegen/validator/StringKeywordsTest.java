package io.github.oxencodegen.codegen.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StringKeywordsTest {
    private static Map<String, CompiledValidator> v;

    @BeforeAll
    static void compile() {
        v = CompiledValidator.compile(
                "length", """
                        {"type": "string", "minLength": 2, "maxLength": 3}""",
                "one", """
                        {"maxLength": 1}""",
                "pattern", """
                        {"pattern": "a+b"}""",
                "anchored", """
                        {"pattern": "^[A-Z]{2}-[0-9]+$"}""",
                "many", """
                        {"enum": ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"]}""");
    }

    @Test
    void lengthsCountCodePointsSoAnEmojiIsOneCharacter() {
        CompiledValidator length = v.get("length");
        assertThat(length.isValid("\"😀😀\"")).isTrue();
        assertThat(length.isValid("\"😀😀😀\"")).isTrue();
        assertThat(length.isValid("\"😀😀😀😀\"")).isFalse();
        assertThat(length.isValid("\"😀\"")).isFalse();
        assertThat(v.get("one").isValid("\"😀\"")).isTrue();
        assertThat(v.get("one").isValid("\"é\"")).isTrue();
        assertThat(v.get("one").isValid("\"ab\"")).isFalse();
    }

    @Test
    void lengthViolationsNameTheBoundAndTheLength() {
        assertThat(v.get("length").violations("\"😀😀😀😀\"")).containsExactly("(root): must be at most 3 characters long, has 4 (maxLength)");
        assertThat(v.get("length").violations("\"a\"")).containsExactly("(root): must be at least 2 characters long, has 1 (minLength)");
        assertThat(v.get("one").violations("\"ab\"")).containsExactly("(root): must be at most 1 character long, has 2 (maxLength)");
    }

    @Test
    void patternSearchesAnywhereUnlessAnchored() {
        assertThat(v.get("pattern").isValid("\"xxaaabyy\"")).isTrue();
        assertThat(v.get("pattern").isValid("\"ba\"")).isFalse();
        assertThat(v.get("pattern").violations("\"ba\"")).containsExactly("(root): must match the pattern \"a+b\" (pattern)");
        assertThat(v.get("anchored").isValid("\"AB-12\"")).isTrue();
        assertThat(v.get("anchored").isValid("\"xAB-12\"")).isFalse();
        assertThat(v.get("anchored").source()).containsOnlyOnce("Pattern.compile(\"^[A-Z]{2}-[0-9]+$\")");
    }

    @Test
    void stringKeywordsIgnoreOtherTypes() {
        assertThat(v.get("one").isValid("12345")).isTrue();
        assertThat(v.get("pattern").isValid("[]")).isTrue();
    }

    @Test
    void longValueListsAreCutInMessages() {
        assertThat(v.get("many").violations("\"z\"")).singleElement().asString().endsWith("\"j\" and 2 more (enum)");
    }
}
