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
    void eachViolationIsOneLineWithTheKeywordLast() {
        List<Violation> violations = List.of(new Violation("/duration", "maximum", "must be at most 10, is 15"),
                new Violation("/reference_images/0/url", "required", "is required"));

        assertThat(ViolationReport.of(violations, "  - ")).isEqualTo("""
                  - duration: must be at most 10, is 15 [maximum]
                  - reference_images[0].url: is required [required]
                """);
    }
}
