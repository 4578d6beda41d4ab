package io.github.oxencodegen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractDiffTest {
    private static Change change(Severity severity) {
        return new Change(severity, "/x", "/x", "kind", "x: changed");
    }

    @Test
    void anEmptyDiffHasNoWorstSeverityAndNoCounts() {
        ContractDiff diff = new ContractDiff("m", "a", "a", List.of());
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.worst()).isNull();
        assertThat(diff.has(Severity.COSMETIC)).isFalse();
        assertThat(diff.count(Severity.BREAKING)).isZero();
    }

    @Test
    void theWorstSeverityIsTheGravestPresentAndCountsArePerSeverity() {
        ContractDiff diff = new ContractDiff("m", "a", "b",
                List.of(change(Severity.COSMETIC), change(Severity.COMPATIBLE), change(Severity.COSMETIC)));
        assertThat(diff.worst()).isEqualTo(Severity.COMPATIBLE);
        assertThat(diff.has(Severity.BREAKING)).isFalse();
        assertThat(diff.count(Severity.COSMETIC)).isEqualTo(2);
        assertThat(diff.count(Severity.COMPATIBLE)).isEqualTo(1);
    }

    @Test
    void theChangeListCannotBeModifiedAfterwards() {
        List<Change> changes = new ArrayList<>(List.of(change(Severity.BREAKING)));
        ContractDiff diff = new ContractDiff("m", "a", "b", changes);
        changes.clear();
        assertThat(diff.changes()).hasSize(1);
        assertThat(diff.changes()).isUnmodifiable();
    }
}
