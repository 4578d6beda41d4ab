package io.github.oxencodegen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContractReportTest {
    private static final String OLD_SHA = "1".repeat(64);
    private static final String NEW_SHA = "2".repeat(64);
    private static final String SAME_SHA = "3".repeat(64);

    /** Changes deliberately out of severity order, to show grouping keeps schema order within a group. */
    private static final ContractDiff WAN = new ContractDiff("wan", OLD_SHA, NEW_SHA, List.of(
            new Change(Severity.COSMETIC, "/properties/seed/title", "/seed", "title-changed",
                    "seed: title changed from \"Seed\" to \"Random seed\""),
            new Change(Severity.BREAKING, "", "", "endpoint-changed", "endpoint changed from /videos/generate to /images/generate"),
            new Change(Severity.COMPATIBLE, "/properties/fps", "/fps", "property-added", "fps: new optional property"),
            new Change(Severity.BREAKING, "/properties/refs/items/properties/url/pattern", "/refs/*/url", "pattern-added",
                    "refs[*].url: pattern \"a|b\" added")));
    private static final ContractDiff QWEN = new ContractDiff("qwen", SAME_SHA, SAME_SHA, List.of());

    @Test
    void textHasASummaryLinePerModelThenOneLinePerChangeGroupedBySeverityAndATotal() {
        assertThat(ContractReport.toText(List.of(WAN, QWEN))).isEqualTo("""
                wan: 4 changes: 2 breaking, 1 compatible, 1 cosmetic
                  BREAKING   (root)  endpoint changed from /videos/generate to /images/generate
                  BREAKING   /properties/refs/items/properties/url/pattern  refs[*].url: pattern "a|b" added
                  COMPATIBLE /properties/fps  fps: new optional property
                  COSMETIC   /properties/seed/title  seed: title changed from "Seed" to "Random seed"
                qwen: no changes
                total: 2 models, 4 changes: 2 breaking, 1 compatible, 1 cosmetic
                """);
    }

    @Test
    void summaryLinesForABuildLogAreTheTextOfOneModel() {
        assertThat(ContractReport.summaryLines(WAN)).containsExactly(
                "wan: 4 changes: 2 breaking, 1 compatible, 1 cosmetic",
                "  BREAKING   (root)  endpoint changed from /videos/generate to /images/generate",
                "  BREAKING   /properties/refs/items/properties/url/pattern  refs[*].url: pattern \"a|b\" added",
                "  COMPATIBLE /properties/fps  fps: new optional property",
                "  COSMETIC   /properties/seed/title  seed: title changed from \"Seed\" to \"Random seed\"");
        assertThat(ContractReport.summaryLines(QWEN)).containsExactly("qwen: no changes");
    }

    @Test
    void markdownHasAHeadingPerModelAndATablePerSeverityWithMarkupEscaped() {
        assertThat(ContractReport.toMarkdown(List.of(WAN, QWEN))).isEqualTo("""
                # Contract changes

                2 models, 4 changes: 2 breaking, 1 compatible, 1 cosmetic.

                ## wan

                4 changes: 2 breaking, 1 compatible, 1 cosmetic. Schema `111111111111` → `222222222222`.

                ### Breaking

                | Pointer | Request path | Kind | Change |
                | --- | --- | --- | --- |
                | (root) | (root) | `endpoint-changed` | endpoint changed from /videos/generate to /images/generate |
                | `/properties/refs/items/properties/url/pattern` | `/refs/*/url` | `pattern-added` | refs[\\*].url: pattern "a\\|b" added |

                ### Compatible

                | Pointer | Request path | Kind | Change |
                | --- | --- | --- | --- |
                | `/properties/fps` | `/fps` | `property-added` | fps: new optional property |

                ### Cosmetic

                | Pointer | Request path | Kind | Change |
                | --- | --- | --- | --- |
                | `/properties/seed/title` | `/seed` | `title-changed` | seed: title changed from "Seed" to "Random seed" |

                ## qwen

                No changes. Schema `333333333333`.
                """);
    }

    @Test
    void jsonHasTotalsThenEachModelWithAFixedMemberOrder() {
        assertThat(ContractReport.toJson(List.of(WAN, QWEN))).isEqualTo("""
                {
                  "worst": "breaking",
                  "counts": {
                    "breaking": 2,
                    "compatible": 1,
                    "cosmetic": 1
                  },
                  "models": [
                    {
                      "modelId": "wan",
                      "oldSha256": "%1$s",
                      "newSha256": "%2$s",
                      "worst": "breaking",
                      "counts": {
                        "breaking": 2,
                        "compatible": 1,
                        "cosmetic": 1
                      },
                      "changes": [
                        {
                          "severity": "breaking",
                          "pointer": "",
                          "instancePath": "",
                          "kind": "endpoint-changed",
                          "message": "endpoint changed from /videos/generate to /images/generate"
                        },
                        {
                          "severity": "breaking",
                          "pointer": "/properties/refs/items/properties/url/pattern",
                          "instancePath": "/refs/*/url",
                          "kind": "pattern-added",
                          "message": "refs[*].url: pattern \\"a|b\\" added"
                        },
                        {
                          "severity": "compatible",
                          "pointer": "/properties/fps",
                          "instancePath": "/fps",
                          "kind": "property-added",
                          "message": "fps: new optional property"
                        },
                        {
                          "severity": "cosmetic",
                          "pointer": "/properties/seed/title",
                          "instancePath": "/seed",
                          "kind": "title-changed",
                          "message": "seed: title changed from \\"Seed\\" to \\"Random seed\\""
                        }
                      ]
                    },
                    {
                      "modelId": "qwen",
                      "oldSha256": "%3$s",
                      "newSha256": "%3$s",
                      "worst": null,
                      "counts": {
                        "breaking": 0,
                        "compatible": 0,
                        "cosmetic": 0
                      },
                      "changes": [ ]
                    }
                  ]
                }
                """.formatted(OLD_SHA, NEW_SHA, SAME_SHA));
    }

    @Test
    void noDiffsAtAllSaySoInEveryForm() {
        assertThat(ContractReport.toText(List.of())).isEqualTo("no contracts compared\n");
        assertThat(ContractReport.toMarkdown(List.of())).isEqualTo("# Contract changes\n\nNo contracts compared.\n");
        assertThat(ContractReport.toJson(List.of())).isEqualTo("""
                {
                  "worst": null,
                  "counts": {
                    "breaking": 0,
                    "compatible": 0,
                    "cosmetic": 0
                  },
                  "models": [ ]
                }
                """);
    }

    @Test
    void markdownTextEscapesWhatWouldStartMarkupButKeepsUnderscoresInsideWords() {
        assertThat(ContractReport.markdownText("input_image: _x_ `a` *b* [l](u) <i> a\\b ~~s~~"))
                .isEqualTo("input_image: \\_x\\_ \\`a\\` \\*b\\* [l]\\(u) &lt;i> a\\\\b \\~\\~s\\~\\~");
    }
}
