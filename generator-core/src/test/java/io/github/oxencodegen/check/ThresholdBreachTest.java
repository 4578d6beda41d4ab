package io.github.oxencodegen.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.diff.Change;
import io.github.oxencodegen.diff.ContractDiff;
import io.github.oxencodegen.diff.FailOn;
import io.github.oxencodegen.diff.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThresholdBreachTest {
    private static ContractDiff diff(Severity... severities) {
        List<Change> changes = new ArrayList<>();
        for (Severity severity : severities) {
            changes.add(new Change(severity, "/properties/a", "/a", "kind", "a: changed"));
        }
        return new ContractDiff("m", "old", "new", changes);
    }

    @Test
    void aThresholdCountsExactlyTheSeveritiesThatMeetIt() {
        for (FailOn failOn : FailOn.values()) {
            for (Severity severity : Severity.values()) {
                assertThat(ThresholdBreach.covers(failOn, severity)).as(failOn + " " + severity)
                        .isEqualTo(failOn.isMetBy(diff(severity)));
            }
        }
    }

    @Test
    void aDiffBelowTheThresholdIsNoBreach() {
        assertThat(ThresholdBreach.of(diff(Severity.COMPATIBLE, Severity.COSMETIC), FailOn.BREAKING)).isEmpty();
        assertThat(ThresholdBreach.of(diff(Severity.BREAKING), FailOn.NONE)).isEmpty();
        assertThat(ThresholdBreach.of(diff(), FailOn.ANY)).isEmpty();
    }

    @Test
    void theBreachCountsOnlyChangesAtOrAboveTheThreshold() {
        ThresholdBreach breach = ThresholdBreach.of(
                diff(Severity.COSMETIC, Severity.BREAKING, Severity.COMPATIBLE, Severity.BREAKING), FailOn.COMPATIBLE).orElseThrow();
        assertThat(breach.counts()).containsExactly(Map.entry(Severity.BREAKING, 2L), Map.entry(Severity.COMPATIBLE, 1L));
        assertThat(breach.total()).isEqualTo(3);
        assertThat(breach.describe()).isEqualTo("3 changes: 2 breaking, 1 compatible");
        assertThat(breach.threshold()).isEqualTo("fail-on compatible");
    }

    @Test
    void oneSeverityReadsAsOneCount() {
        assertThat(ThresholdBreach.of(diff(Severity.BREAKING, Severity.COSMETIC), FailOn.BREAKING).orElseThrow().describe())
                .isEqualTo("1 breaking change");
        assertThat(ThresholdBreach.of(diff(Severity.COSMETIC, Severity.COSMETIC), FailOn.ANY).orElseThrow().describe())
                .isEqualTo("2 cosmetic changes");
    }
}
