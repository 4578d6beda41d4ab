package io.github.oxencodegen.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FailOnTest {
    private static ContractDiff diffWith(String severities) {
        List<Change> changes = severities.isBlank() ? List.of() : Arrays.stream(severities.split(" "))
                .map(s -> new Change(Severity.valueOf(s), "/x", "/x", "kind", "x: changed"))
                .toList();
        return new ContractDiff("m", "a", "b", changes);
    }

    @ParameterizedTest(name = "failOn {0} with [{1}] fails: {2}")
    @CsvSource({
            "BREAKING,   BREAKING,   true",
            "BREAKING,   COMPATIBLE, false",
            "BREAKING,   COSMETIC,   false",
            "BREAKING,   '',         false",
            "COMPATIBLE, BREAKING,   true",
            "COMPATIBLE, COMPATIBLE, true",
            "COMPATIBLE, COSMETIC,   false",
            "ANY,        COSMETIC,   true",
            "ANY,        '',         false",
            "NONE,       BREAKING COMPATIBLE COSMETIC, false",
    })
    void eachThresholdFailsOnChangesAtOrAboveIt(FailOn failOn, String severities, boolean fails) {
        assertThat(failOn.isMetBy(diffWith(severities))).isEqualTo(fails);
    }

    @ParameterizedTest
    @ValueSource(strings = {"breaking", "BREAKING", " Breaking "})
    void parsingIgnoresCaseAndSurroundingBlanks(String value) {
        assertThat(FailOn.parse(value)).isEqualTo(FailOn.BREAKING);
    }

    @ParameterizedTest
    @CsvSource({"compatible, COMPATIBLE", "any, ANY", "none, NONE"})
    void everyThresholdCanBeParsedFromItsName(String value, FailOn expected) {
        assertThat(FailOn.parse(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"major", ""})
    void anUnknownThresholdIsRefusedNamingTheAllowedValues(String value) {
        assertThatThrownBy(() -> FailOn.parse(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("failOn must be one of breaking, compatible, any, none; found '" + value + "'");
    }
}
