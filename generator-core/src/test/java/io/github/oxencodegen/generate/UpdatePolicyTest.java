package io.github.oxencodegen.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpdatePolicyTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant FETCHED = Instant.parse("2026-12-06T10:15:00Z");

    @Test
    void theFourFormsOfMavensUpdatePolicyAreReadInAnyCaseAndPrintedBack() {
        assertThat(UpdatePolicy.parse("always")).isEqualTo(UpdatePolicy.ALWAYS).hasToString("always");
        assertThat(UpdatePolicy.parse(" Daily ")).isEqualTo(UpdatePolicy.DAILY).hasToString("daily");
        assertThat(UpdatePolicy.parse("NEVER")).isEqualTo(UpdatePolicy.NEVER).hasToString("never");
        assertThat(UpdatePolicy.parse("interval:90")).isEqualTo(UpdatePolicy.interval(90)).hasToString("interval:90");
        assertThat(UpdatePolicy.parse("interval: 5")).hasToString("interval:5");
    }

    @Test
    void anythingElseIsRefusedNamingTheValueAndEveryAllowedForm() {
        for (String wrong : new String[] {"hourly", "interval:0", "interval:-5", "interval:1.5", "interval:", "", "interval:99999999999999"}) {
            assertThatThrownBy(() -> UpdatePolicy.parse(wrong)).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("'" + wrong + "' is not an update policy; use always")
                    .hasMessageContaining("daily").hasMessageContaining("interval:MINUTES").hasMessageContaining("never");
        }
        assertThatThrownBy(() -> UpdatePolicy.parse(null)).hasMessageStartingWith("'null' is not an update policy");
    }

    @Test
    void alwaysIsDueAtOnce() {
        assertThat(UpdatePolicy.ALWAYS.isDue(FETCHED, FETCHED, BERLIN)).isTrue();
        assertThat(UpdatePolicy.ALWAYS.asksEveryBuild()).isTrue();
        assertThat(UpdatePolicy.DAILY.asksEveryBuild()).isFalse();
    }

    @Test
    void dailyIsDueFromTheNextMidnightInTheBuildsTimeZone() {
        // 10:15 UTC is 11:15 in Berlin; the next Berlin midnight is 23:00 UTC
        assertThat(UpdatePolicy.DAILY.nextCheck(FETCHED, BERLIN)).contains(Instant.parse("2026-12-06T23:00:00Z"));
        assertThat(UpdatePolicy.DAILY.isDue(FETCHED, Instant.parse("2026-12-06T22:59:59Z"), BERLIN)).isFalse();
        assertThat(UpdatePolicy.DAILY.isDue(FETCHED, Instant.parse("2026-12-06T23:00:00Z"), BERLIN)).isTrue();
        assertThat(UpdatePolicy.DAILY.isDue(FETCHED, Instant.parse("2026-12-06T23:30:00Z"), ZoneOffset.UTC)).isFalse();
    }

    @Test
    void anIntervalIsDueOnceItsMinutesHavePassed() {
        UpdatePolicy hourly = UpdatePolicy.interval(60);

        assertThat(hourly.nextCheck(FETCHED, BERLIN)).contains(Instant.parse("2026-12-06T11:15:00Z"));
        assertThat(hourly.isDue(FETCHED, Instant.parse("2026-12-06T11:14:59Z"), BERLIN)).isFalse();
        assertThat(hourly.isDue(FETCHED, Instant.parse("2026-12-06T11:15:00Z"), BERLIN)).isTrue();
    }

    @Test
    void neverIsNeverDueForAContractFetchedBefore() {
        assertThat(UpdatePolicy.NEVER.nextCheck(FETCHED, BERLIN)).isEqualTo(Optional.empty());
        assertThat(UpdatePolicy.NEVER.isDue(FETCHED, Instant.parse("2036-01-01T00:00:00Z"), BERLIN)).isFalse();
    }
}
