package io.github.oxencodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"flux-2-pro", "wan-v2-7-reference-to-video", "gpt-image-2", "a", "9", "Qwen_Image.3"})
    void idsOfLettersDigitsDotsUnderscoresAndHyphensAreValid(String id) {
        assertThat(ModelIds.requireValid(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "../etc", "-flux", "_flux", ".hidden", "a/b", "a\\b", "a b", "a%2Fb",
            "modèle", "flux?x=1", "flux#frag", "a\nb"})
    void idsThatCouldEscapeAFileNameOrAPathSegmentAreRejected(String id) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ModelIds.requireValid(id))
                .withMessageContaining("is not a valid model id")
                .withMessageNotContaining("\n");
    }

    @Test
    void anIdTooLongForAFileNameIsRejected() {
        assertThat(ModelIds.isValid("a".repeat(ModelIds.MAX_LENGTH))).isTrue();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ModelIds.requireValid("a".repeat(ModelIds.MAX_LENGTH + 1)))
                .withMessageContaining("at most 200 characters");
    }

    @Test
    void aMissingIdIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ModelIds.requireValid(null))
                .withMessage("The model id is missing.");
    }
}
