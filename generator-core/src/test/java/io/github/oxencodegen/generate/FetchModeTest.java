package io.github.oxencodegen.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FetchModeTest {
    @Test
    void readsTheConfiguredNamesInAnyCase() {
        assertThat(FetchMode.parse("auto")).isEqualTo(FetchMode.AUTO);
        assertThat(FetchMode.parse(" ALWAYS ")).isEqualTo(FetchMode.ALWAYS);
        assertThat(FetchMode.parse("Never")).isEqualTo(FetchMode.NEVER);
    }

    @Test
    void refusesAnythingElseListingWhatIsAllowed() {
        assertThatThrownBy(() -> FetchMode.parse("sometimes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'sometimes' is not a fetch mode; use one of auto (fetch, fall back to the snapshot when the"
                        + " fetch fails), always (fetch, fail the build when the fetch fails), never (use the snapshots only)");
    }
}
