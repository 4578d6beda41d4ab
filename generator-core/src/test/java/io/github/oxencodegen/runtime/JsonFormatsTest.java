package io.github.oxencodegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Direct checks of each format; FormatsTest covers the same rules through generated validators. */
class JsonFormatsTest {
    private static final Map<String, Predicate<String>> CHECKS = Map.ofEntries(
            Map.entry("date-time", JsonFormats::isDateTime),
            Map.entry("date", JsonFormats::isDate),
            Map.entry("time", JsonFormats::isTime),
            Map.entry("email", JsonFormats::isEmail),
            Map.entry("hostname", JsonFormats::isHostname),
            Map.entry("ipv4", JsonFormats::isIpv4),
            Map.entry("ipv6", JsonFormats::isIpv6),
            Map.entry("uri", JsonFormats::isUri),
            Map.entry("uri-reference", JsonFormats::isUriReference),
            Map.entry("uuid", JsonFormats::isUuid),
            Map.entry("regex", JsonFormats::isRegex));

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            date-time     | 2026-04-08T12:30:00Z                 | true
            date-time     | 2026-04-08t12:30:00.5+02:00          | true
            date-time     | 2016-12-31T23:59:60Z                 | true
            date-time     | 2016-12-31T18:59:60-05:00            | true
            date-time     | 2016-12-31T23:58:60Z                 | false
            date-time     | 2026-04-08T12:30:00.Z                | false
            date-time     | 2026-04-08T12:30:00+2:00             | false
            date-time     | 2026-04-08T24:00:00Z                 | false
            date-time     | 2026-04-08 12:30:00Z                 | false
            date          | 2024-02-29                           | true
            date          | 2100-02-29                           | false
            date          | 2026-13-01                           | false
            date          | 2026-06-31                           | false
            date          | 2026-4-08                            | false
            time          | 00:00:00z                            | true
            time          | 23:59:59.999999+23:59                | true
            time          | 12:30:00                             | false
            time          | 12:60:00Z                            | false
            time          | 12:30:00+24:00                       | false
            email         | a.b+c@example.com                    | true
            email         | '"a b"@example.com'                  | true
            email         | '"a\\"b"@example.com'                | true
            email         | a@[IPv6:2001:db8::1]                 | true
            email         | a@[10.0.0.1]                         | true
            email         | a.@example.com                       | false
            email         | a@                                   | false
            email         | @example.com                         | false
            email         | '"a"b"@example.com'                  | false
            email         | a@[10.0.0.1                          | false
            hostname      | a-b.example.com                      | true
            hostname      | localhost                            | true
            hostname      | -a.example.com                       | false
            hostname      | a..example.com                       | false
            hostname      | a_b.example.com                      | false
            ipv4          | 192.168.0.1                          | true
            ipv4          | 255.255.255.255                      | true
            ipv4          | 256.0.0.1                            | false
            ipv4          | 01.2.3.4                             | false
            ipv4          | 1.2.3                                | false
            ipv4          | 1.2.3.4.                             | false
            ipv6          | ::                                   | true
            ipv6          | ::1                                  | true
            ipv6          | 2001:db8::ff00:42:8329               | true
            ipv6          | ::ffff:192.0.2.128                   | true
            ipv6          | 1:2:3:4:5:6:7:8                      | true
            ipv6          | 1:2:3:4:5:6:7:8:9                    | false
            ipv6          | 1::2::3                              | false
            ipv6          | :1::2                                | false
            ipv6          | 1:                                   | false
            ipv6          | 12345::                              | false
            uri           | https://user@example.com:8080/a?b#c  | true
            uri           | mailto:joe@example.com               | true
            uri           | http://[::1]/                        | true
            uri           | //example.com/                       | false
            uri           | http://example.com/%2                | false
            uri           | http://example.com/a b               | false
            uri           | http://exämple.com/                  | false
            uri-reference | ../a?b                               | true
            uri-reference | '#'                                  | true
            uri-reference | ''                                   | true
            uri-reference | 'a:b:c'                              | true
            uri-reference | '\\a'                                | false
            uri-reference | a#b#c                                | false
            uuid          | 123e4567-e89b-12d3-a456-426614174000 | true
            uuid          | 123E4567-E89B-12D3-A456-426614174000 | true
            uuid          | 123e4567e89b12d3a456426614174000     | false
            uuid          | 123e4567-e89b-12d3-a456-42661417400g | false
            regex         | ^[a-z]+(?:-[a-z]+)*$                 | true
            regex         | '(unclosed'                          | false
            regex         | '[z-a]'                              | false
            """)
    void eachFormatAcceptsWhatItsRfcAllowsAndNothingElse(String format, String value, boolean valid) {
        assertThat(CHECKS.get(format).test(value)).isEqualTo(valid);
    }

    @Test
    void surroundingWhitespaceIsRejectedByEveryCheckButTheRegex() {
        Map<String, String> valid = Map.ofEntries(
                Map.entry("date-time", "2026-04-08T12:30:00Z"), Map.entry("date", "2026-04-08"), Map.entry("time", "12:30:00Z"),
                Map.entry("email", "a@example.com"), Map.entry("hostname", "example.com"), Map.entry("ipv4", "10.0.0.1"),
                Map.entry("ipv6", "::1"), Map.entry("uri", "https://example.com/"), Map.entry("uri-reference", "a/b"),
                Map.entry("uuid", "123e4567-e89b-12d3-a456-426614174000"));
        valid.forEach((format, value) -> {
            assertThat(CHECKS.get(format).test(value)).as(format).isTrue();
            assertThat(CHECKS.get(format).test(" " + value)).as("%s with a leading space", format).isFalse();
            assertThat(CHECKS.get(format).test(value + "\n")).as("%s with a trailing newline", format).isFalse();
        });
    }

    @Test
    void anEmptyStringIsOnlyAUriReferenceAndARegex() {
        CHECKS.forEach((format, check) -> assertThat(check.test("")).as(format)
                .isEqualTo(format.equals("uri-reference") || format.equals("regex")));
    }

    @Test
    void aHostNameHasAtMost253CharactersAndLabelsOfAtMost63() {
        String label63 = "a".repeat(63);
        assertThat(JsonFormats.isHostname(label63 + ".com")).isTrue();
        assertThat(JsonFormats.isHostname("a" + label63 + ".com")).isFalse();
        String name253 = (label63 + ".").repeat(3) + "a".repeat(61);
        assertThat(name253).hasSize(253);
        assertThat(JsonFormats.isHostname(name253)).isTrue();
        assertThat(JsonFormats.isHostname(name253 + "a")).isFalse();
    }

    @Test
    void anEmailLocalPartHasAtMost64Characters() {
        assertThat(JsonFormats.isEmail("a".repeat(64) + "@example.com")).isTrue();
        assertThat(JsonFormats.isEmail("a".repeat(65) + "@example.com")).isFalse();
    }
}
