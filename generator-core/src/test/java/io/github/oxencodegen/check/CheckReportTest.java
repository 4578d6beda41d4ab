package io.github.oxencodegen.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.diff.Change;
import io.github.oxencodegen.diff.ContractDiff;
import io.github.oxencodegen.diff.FailOn;
import io.github.oxencodegen.diff.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report of a check where every kind of finding occurs. */
class CheckReportTest {
    private static final ContractDiff WAN = new ContractDiff("wan-v2-7-reference-to-video", "a".repeat(64), "b".repeat(64), List.of(
            new Change(Severity.COSMETIC, "/properties/duration/description", "/duration", "description-changed",
                    "duration: description changed"),
            new Change(Severity.BREAKING, "/properties/seed", "/seed", "property-removed", "seed: property removed"),
            new Change(Severity.COMPATIBLE, "/properties/resolution/default", "/resolution", "default-changed",
                    "resolution: default changed from \"1080P\" to \"720P\"")));
    private static final ContractDiff FLUX = new ContractDiff("flux-2-pro", "c".repeat(64), "c".repeat(64), List.of());

    private static CheckResult mixed(FailOn failOn, boolean fetchFailureFails) {
        return new CheckResult(List.of(
                new ModelCheck.Compared(WAN),
                new ModelCheck.Compared(FLUX),
                new ModelCheck.NoSnapshot("gpt-image-2", Path.of("src", "main", "oxen", "gpt-image-2.json")),
                new ModelCheck.FetchFailed("z-image-turbo", "Oxen answered 503 for model 'z-image_turbo' (http://127.0.0.1:1/x); try again later")),
                failOn, fetchFailureFails);
    }

    @Test
    void logLinesGiveEachModelInOrderWithItsChangesGroupedBySeverity() {
        assertThat(CheckReport.lines(mixed(FailOn.BREAKING, false))).containsExactly(
                "wan-v2-7-reference-to-video: 3 changes: 1 breaking, 1 compatible, 1 cosmetic",
                "  BREAKING   /properties/seed  seed: property removed",
                "  COMPATIBLE /properties/resolution/default  resolution: default changed from \"1080P\" to \"720P\"",
                "  COSMETIC   /properties/duration/description  duration: description changed",
                "flux-2-pro: no changes",
                "gpt-image-2: new: nothing to compare: there is no snapshot at "
                        + Path.of("src", "main", "oxen", "gpt-image-2.json") + " yet (the generate goal records it)",
                "z-image-turbo: not checked: Oxen answered 503 for model 'z-image_turbo' (http://127.0.0.1:1/x); try again later");
    }

    @Test
    void theVerdictNamesEveryBreachAndEveryModelNotChecked() {
        assertThat(CheckReport.verdictLine(mixed(FailOn.BREAKING, false))).isEqualTo(
                "Contract check failed (fail-on breaking): wan-v2-7-reference-to-video has 1 breaking change");
        assertThat(CheckReport.verdictLine(mixed(FailOn.ANY, true))).isEqualTo(
                "Contract check failed (fail-on any): wan-v2-7-reference-to-video has 3 changes: 1 breaking, 1 compatible,"
                        + " 1 cosmetic; could not fetch the current contract of z-image-turbo, and a failed fetch fails the check");
        assertThat(CheckReport.verdictLine(mixed(FailOn.NONE, false))).isEqualTo(
                "Contract check incomplete: could not check 1 of 4 models (z-image-turbo); nothing is claimed about their"
                        + " contracts; the 2 compared models have no changes that meet fail-on none");
    }

    @Test
    void theMarkdownPutsTheVerdictFirstThenWhatWasNotComparedThenTheChanges() {
        assertThat(CheckReport.toMarkdown(mixed(FailOn.BREAKING, false))).isEqualTo("""
                # Contract check

                Contract check failed (fail-on breaking): wan-v2-7-reference-to-video has 1 breaking change.

                ## Not compared

                | Model | Status | Details |
                | --- | --- | --- |
                | `gpt-image-2` | new | nothing to compare: there is no snapshot at src/main/oxen/gpt-image-2.json yet (the generate goal records it) |
                | `z-image-turbo` | not checked | Oxen answered 503 for model 'z-image\\_turbo' (http://127.0.0.1:1/x); try again later |

                ## Contract changes

                2 models, 3 changes: 1 breaking, 1 compatible, 1 cosmetic.

                ### wan-v2-7-reference-to-video

                3 changes: 1 breaking, 1 compatible, 1 cosmetic. Schema `aaaaaaaaaaaa` → `bbbbbbbbbbbb`.

                #### Breaking

                | Pointer | Request path | Kind | Change |
                | --- | --- | --- | --- |
                | `/properties/seed` | `/seed` | `property-removed` | seed: property removed |

                #### Compatible

                | Pointer | Request path | Kind | Change |
                | --- | --- | --- | --- |
                | `/properties/resolution/default` | `/resolution` | `default-changed` | resolution: default changed from "1080P" to "720P" |

                #### Cosmetic

                | Pointer | Request path | Kind | Change |
                | --- | --- | --- | --- |
                | `/properties/duration/description` | `/duration` | `description-changed` | duration: description changed |

                ### flux-2-pro

                No changes. Schema `cccccccccccc`.
                """.replace("src/main/oxen/gpt-image-2.json", Path.of("src", "main", "oxen", "gpt-image-2.json").toString()));
    }

    @Test
    void theJsonCarriesTheVerdictTheContractReportAndWhatWasNotCompared() {
        String json = CheckReport.toJson(mixed(FailOn.COMPATIBLE, false));
        assertThat(json).startsWith("""
                {
                  "verdict": "failed",
                  "failOn": "compatible",
                  "worst": "breaking",
                  "counts": {
                    "breaking": 1,
                    "compatible": 1,
                    "cosmetic": 1
                  },
                  "models": [
                    {
                      "modelId": "wan-v2-7-reference-to-video",
                """);
        assertThat(json).endsWith("""
                  "notCompared": [
                    {
                      "modelId": "gpt-image-2",
                      "status": "new",
                      "details": "nothing to compare: there is no snapshot at %s yet (the generate goal records it)"
                    },
                    {
                      "modelId": "z-image-turbo",
                      "status": "not checked",
                      "details": "Oxen answered 503 for model 'z-image_turbo' (http://127.0.0.1:1/x); try again later"
                    }
                  ]
                }
                """.formatted(Path.of("src", "main", "oxen", "gpt-image-2.json").toString().replace("\\", "\\\\")));
    }

    @Test
    void markdownTextCannotOpenMarkup() {
        assertThat(CheckReport.markdownText("a|b *c* [d](e) <f> `g` _h_ #i\nj"))
                .isEqualTo("a\\|b \\*c\\* \\[d\\](e) &lt;f> \\`g\\` \\_h\\_ \\#i j");
    }
}
