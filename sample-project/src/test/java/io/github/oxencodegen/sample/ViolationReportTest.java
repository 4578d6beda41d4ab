package io.github.oxencodegen.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.sample.oxen.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationReportTest {
    @Test
    void pointersBecomePathsAPersonWouldType() {
        assertThat(ViolationReport.field("/prompt")).isEqualTo("prompt");
        assertThat(ViolationReport.field("/reference_images/1/url")).isEqualTo("reference_images[1].url");
        assertThat(ViolationReport.field("/a~1b/c~0d")).isEqualTo("a/b.c~d");
        assertThat(ViolationReport.field("")).isEqualTo("(request)");
    }

    @Test
    void aConditionalRuleSaysOnTheNextLineWhyItApplied() {
        List<Violation> violations = List.of(new Violation("/reference_images", "maxItems", "must have at most 1 item, has 2",
                "reference_videos has at least 4 items (#/allOf/4/if)"), new Violation("/seed", "minimum", "must be at least 0, is -1"));

        assertThat(ViolationReport.of(violations, "  - ")).isEqualTo("""
                  - reference_images: must have at most 1 item, has 2 [maxItems]
                    applies because reference_videos has at least 4 items (#/allOf/4/if)
                  - seed: must be at least 0, is -1 [minimum]
                """);
    }

    @Test
    void theOverlayGivesTheConditionalLimitsTheWordsOfOxensDocumentation() {
        String report = ViolationReport.of(SampleRequests.wrong().validate(), "- ");

        assertThat(report).contains("- reference_images: reference images and videos may total 5 (must have at most 1 item,"
                + " has 2) [maxItems]\n  applies because reference_videos has at least 4 items (#/allOf/4/if)\n");
        assertThat(report).contains("- duration: with a reference video, a clip lasts 10 seconds at most (must be at most 10,"
                + " is 15) [maximum]\n  applies because reference_videos has at least 1 item (#/allOf/0/if)\n");
    }

    @Test
    void eachViolationIsOneLineWithTheKeywordLast() {
        List<Violation> violations = List.of(new Violation("/duration", "maximum", "must be at most 10, is 15"),
                new Violation("/reference_images/0/url", "required", "is required"));

        assertThat(ViolationReport.of(violations, "  - ")).isEqualTo("""
                  - duration: must be at most 10, is 15 [maximum]
                  - reference_images[0].url: is required [required]
                """);
    }
}
