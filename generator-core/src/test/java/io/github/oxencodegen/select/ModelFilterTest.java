package io.github.oxencodegen.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Which listed models a filter selects, on the models of the recorded list. */
class ModelFilterTest {
    private static final ModelList LIST = list();

    private static ModelList list() {
        try {
            return ModelList.read(Fixtures.path("models-list.json"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static ListedModel model(String id) {
        return LIST.find(id).orElseThrow();
    }

    @Test
    void anIdGlobMatchesAnyRunOfCharactersWhereTheStarIs() {
        ModelFilter filter = ModelFilter.builder().id("wan-v2-7-*").build();

        assertThat(LIST.select(filter).ids())
                .containsExactly("wan-v2-7-image-to-video", "wan-v2-7-reference-to-video", "wan-v2-7-text-to-video");
    }

    @Test
    void aQuestionMarkStandsForOneCharacterAndADotForItselfOnly() {
        assertThat(ModelFilter.parse("id=flux-?-dev").matches(model("flux-1-dev"))).isTrue();
        assertThat(ModelFilter.parse("id=flux-?-dev").matches(model("flux-2-flex"))).isFalse();
        assertThat(ModelFilter.parse("id=wan-v2.7-*").matches(model("wan-v2-7-text-to-video"))).isFalse();
    }

    @Test
    void anEndpointAndAGlobMustBothHold() {
        ModelFilter filter = ModelFilter.parse("id=*-to-video,endpoint=/videos/generate");

        assertThat(LIST.select(filter).ids()).containsExactly("bytedance-seedance-2-5-text-to-video",
                "wan-v2-7-image-to-video", "wan-v2-7-reference-to-video", "wan-v2-7-text-to-video");
        assertThat(ModelFilter.parse("id=*-to-video,endpoint=/images/generate").matches(model("wan-v2-7-text-to-video")))
                .isFalse();
    }

    @Test
    void everyInputAskedForMustBeTakenAndEveryOutputProduced() {
        ModelFilter filter = ModelFilter.parse("input=image,input=video,output=video");

        assertThat(LIST.select(filter).ids()).containsExactly("wan-v2-7-image-to-video", "wan-v2-7-reference-to-video");
    }

    @Test
    void aModelWithoutCapabilitiesIsNeverSelectedByACapabilityFilterAndIsNamedForIt() {
        ModelFilter filter = ModelFilter.parse("endpoint=/images/generate,output=image");

        assertThat(filter.test(model("flux-2-pro"))).isEqualTo(ModelFilter.Verdict.UNKNOWN_CAPABILITIES);
        ModelList.Selection selection = LIST.select(filter);
        assertThat(selection.ids()).containsExactly("flux-1-dev", "flux-2-dev", "qwen-image-edit");
        assertThat(selection.withoutCapabilities()).contains("flux-2-pro", "z-image-turbo").hasSize(12);
    }

    @Test
    void withoutACapabilityFilterAModelWithoutCapabilitiesIsJudgedOnTheRest() {
        assertThat(ModelFilter.parse("endpoint=/images/generate").matches(model("flux-2-pro"))).isTrue();
    }

    @Test
    void anExcludeWinsOverEveryOtherFilter() {
        ModelFilter filter = ModelFilter.parse("id=wan-v2-7-*,exclude=*-text-to-video");

        assertThat(LIST.select(filter).ids()).containsExactly("wan-v2-7-image-to-video", "wan-v2-7-reference-to-video");
    }

    @Test
    void aSelectedModelWithoutRequestSchemaIsNamedNotSelected() {
        ModelList.Selection selection = LIST.select(ModelFilter.parse("endpoint=/chat/completions"));

        assertThat(selection.ids()).isEmpty();
        assertThat(selection.withoutSchema()).containsExactly("claude-sonnet-4-6");
    }

    @Test
    void theTextFormReadsBackToAnEqualFilterWithKeysInAFixedOrder() {
        ModelFilter filter = ModelFilter.parse(" exclude=x-* , output=VIDEO,id=wan-*,endpoint=/videos/generate");

        assertThat(filter).hasToString("id=wan-*,endpoint=/videos/generate,output=video,exclude=x-*");
        assertThat(ModelFilter.parse(filter.toString())).isEqualTo(filter);
    }

    @Test
    void aFilterWithNothingToSelectByIsRefused() {
        assertThatThrownBy(() -> ModelFilter.parse("exclude=wan-*"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The model selection has no filter: give at least one id glob, endpoint, input or output"
                        + " (id=* selects every model Oxen lists)");
    }

    @Test
    void aMalformedPartIsNamed() {
        assertThatThrownBy(() -> ModelFilter.parse("id=wan-*,colour=blue"))
                .hasMessage("The model selection 'id=wan-*,colour=blue' has the unknown key 'colour'"
                        + " (keys: id, endpoint, input, output, exclude)");
        assertThatThrownBy(() -> ModelFilter.parse("id=wan-*,endpoint"))
                .hasMessageContaining("has the part 'endpoint', which is not key=value");
        assertThatThrownBy(() -> ModelFilter.parse("endpoint=videos/generate"))
                .hasMessage("The model selection's endpoint 'videos/generate' is not a path such as /videos/generate");
        assertThatThrownBy(() -> ModelFilter.parse("id=wan/*"))
                .hasMessage("The model selection's id 'wan/*' is not a model id, * and ? allowed, such as wan-v2-7-*");
    }
}
