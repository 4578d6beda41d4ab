package io.github.oxencodegen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMatchTest {
    @Test
    void aNameIsReadAsItsWordsInLowerCaseWithoutAPluralS() {
        assertThat(NameMatch.words("input_images")).containsExactly("input", "image");
        assertThat(NameMatch.words("inputImages")).containsExactly("input", "image");
        assertThat(NameMatch.words("Input-Image")).containsExactly("input", "image");
        assertThat(NameMatch.words("reference_ids")).containsExactly("reference", "id");
        assertThat(NameMatch.words("pass")).containsExactly("pass");
        assertThat(NameMatch.words("top_k")).containsExactly("top", "k");
    }

    @Test
    void namesThatDifferOnlyInCaseSeparatorsOrAPluralHaveTheSameWords() {
        assertThat(NameMatch.of("input_images", "input_image")).isEqualTo(NameMatch.SAME_WORDS);
        assertThat(NameMatch.of("aspect_ratios", "aspectRatio")).isEqualTo(NameMatch.SAME_WORDS);
        assertThat(NameMatch.of("image-url", "image_url")).isEqualTo(NameMatch.SAME_WORDS);
    }

    @Test
    void aTypoFixedInOneWordOfFourLettersOrMoreIsOneLetterApart() {
        assertThat(NameMatch.of("negtive_prompt", "negative_prompt")).isEqualTo(NameMatch.ONE_LETTER);
        assertThat(NameMatch.of("colour", "color")).isEqualTo(NameMatch.ONE_LETTER);
        assertThat(NameMatch.of("guidnace", "guidance")).isEqualTo(NameMatch.ONE_LETTER);
        assertThat(NameMatch.of("prompt_strength", "prompt_strenght")).isEqualTo(NameMatch.ONE_LETTER);
    }

    @Test
    void namesThatSitSideBySideInOxensSchemasAndMeanDifferentThingsAreUnlike() {
        assertThat(NameMatch.of("enable_safety_checker", "disable_safety_checker")).isEqualTo(NameMatch.UNLIKE);
        assertThat(NameMatch.of("top_k", "top_p")).isEqualTo(NameMatch.UNLIKE);
        assertThat(NameMatch.of("output_format", "output_quality")).isEqualTo(NameMatch.UNLIKE);
        assertThat(NameMatch.of("seed", "steps")).isEqualTo(NameMatch.UNLIKE);
        assertThat(NameMatch.of("min_length", "max_length")).isEqualTo(NameMatch.UNLIKE);
        assertThat(NameMatch.of("thinking_level", "thinking")).isEqualTo(NameMatch.UNLIKE);
        assertThat(NameMatch.of("negative_prompt", "prompt")).isEqualTo(NameMatch.UNLIKE);
        assertThat(NameMatch.of("image_url", "image_uri")).isEqualTo(NameMatch.UNLIKE);
    }

    @Test
    void oneEditIsOneLetterAddedDroppedReplacedOrTwoNeighboursSwapped() {
        assertThat(NameMatch.oneEditApart("guidance", "guidances")).isTrue();
        assertThat(NameMatch.oneEditApart("guidance", "guidnce")).isTrue();
        assertThat(NameMatch.oneEditApart("guidance", "guidanse")).isTrue();
        assertThat(NameMatch.oneEditApart("guidance", "giudance")).isTrue();
        assertThat(NameMatch.oneEditApart("guidance", "guidance")).isFalse();
        assertThat(NameMatch.oneEditApart("enable", "disable")).isFalse();
        assertThat(NameMatch.oneEditApart("guidance", "giudnace")).isFalse();
        assertThat(NameMatch.oneEditApart("abcd", "badc")).isFalse();
    }
}
