package io.github.oxencodegen.codegen.validator;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Strings for each {@code format}: valid ones and near misses (one character off, a bound passed,
 * whitespace around), plus a random one-character edit of a sample now and then.
 */
final class FormatSamples {
    private static final Map<String, List<String>> SAMPLES = Map.ofEntries(
            Map.entry("uri", List.of(
                    "https://example.com/a/b?c=d#e", "http://example.com", "urn:isbn:0451450523", "mailto:joe@example.com",
                    "https://[2001:db8::1]:8080/x", "ftp://user:pw@host:21/file.txt", "a:b", "https://exa mple.com",
                    "//example.com/x", "/relative/path", "example.com", "http://example.com/%zz", "http://example.com/%41",
                    "https://example.com/ä", "1http://x", "http://x/#a#b", "http://[::1", "http://h:80a/", "x:", "",
                    "http://example.com/ path", "https://example.com/?q=[1]", "tel:+1-816-555-1212", "http://a_b.c/",
                    "http://example.com:/", "http://[v1.x]/", "HTTP://EXAMPLE.COM/", "h+t.t-p://x", "http://x/\u007f")),
            Map.entry("uri-reference", List.of(
                    "https://example.com/a", "/relative/path", "relative", "../up", "?query", "#fragment", "", "//host/x",
                    "a b", "\\\\windows\\path", "#frag#ment", "%zz", "%41", "1a:b", "a:b", "./a:b", "http://[::1]/", "ü")),
            Map.entry("email", List.of(
                    "joe.bloggs@example.com", "a@example.com", "te~st@example.org", "joe@example", ".test@example.com",
                    "test.@example.com", "te..st@example.com", "te.s.t@example.com", "\"joe bloggs\"@example.com",
                    "joe@[127.0.0.1]", "joe@[IPv6:::1]", "joe@[300.0.0.1]", "@example.com", "joe@", "joe", "joe@@example.com",
                    "joe@-example.com", "joe@example-.com", "jöe@example.com", " joe@example.com", "joe@example.com ",
                    "a@b", "x@example.co.uk")),
            Map.entry("date-time", List.of(
                    "1963-06-19T08:30:06.283185Z", "1963-06-19T08:30:06Z", "1937-01-01T12:00:27.87+00:20", "1990-12-31T15:59:59-08:00",
                    "1990-02-31T15:59:59-08:00", "1990-12-31T15:59:59-24:00", "1963-06-19t08:30:06.283185z", "1963-06-19 08:30:06Z",
                    "1963-06-19T08:30:06", "06/19/1963 08:30:06 PST", "2013-350T01:01:01", "1963-06-19T08:30:06.Z",
                    "1963-06-19T08:30:06+0100", "2020-02-29T00:00:00Z", "2021-02-29T00:00:00Z", "1963-06-1\u09eaT00:00:00Z",
                    "1963-06-19T24:00:00Z", "1963-06-19T08:60:00Z", "1963-06-19T08:30:06Zjunk", "")),
            Map.entry("date", List.of(
                    "1963-06-19", "2020-02-29", "2021-02-29", "2020-04-31", "2020-13-01", "2020-00-10", "2020-01-00",
                    "06/19/1963", "2013-350", "1998-1-20", "1998-01-1", "1998-13-01", "1963-06-19T00:00:00Z", "0000-01-01",
                    "2000-02-29", "1900-02-29", " 1963-06-19", "1963-06-1\u09ea", "")),
            Map.entry("time", List.of(
                    "08:30:06Z", "08:30:06.283185Z", "08:30:06+01:00", "08:30:06-08:00", "23:59:60Z", "22:59:60Z",
                    "01:29:60+01:30", "23:59:60+00:00", "08:30:06", "8:30:06Z", "08:30Z", "24:00:00Z", "08:60:00Z",
                    "08:30:61Z", "08:30:06+24:00", "08:30:06+01:60", "08:30:06.Z", "08:30:06z", "08:30:06+01:00junk",
                    "08:30:06 Z", "1\u09ea:00:00Z", "")),
            Map.entry("ipv4", List.of(
                    "192.168.0.1", "0.0.0.0", "255.255.255.255", "256.0.0.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.04",
                    "a.b.c.d", "1.2.3.4 ", " 1.2.3.4", "1..3.4", "1.2.3.", "\u09e7.2.3.4", "087.10.0.1", "")),
            Map.entry("ipv6", List.of(
                    "::1", "::", "2001:db8::8a2e:370:7334", "2001:0db8:0000:0000:0000:ff00:0042:8329", "1:2:3:4:5:6:7:8",
                    "1:2:3:4:5:6:7::", "::1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", ":1::", "1:", "::ffff:1.2.3.4",
                    "::ffff:256.2.3.4", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", "fe80::1%eth0", " ::1", "::1 ", "g::1",
                    "1:2:3:4:5:6:7", "::1.2.3.4", "1.2.3.4", "::abcd:", "")),
            Map.entry("hostname", List.of(
                    "www.example.com", "example", "a", "1host", "xn--4gbwdl.xn--wgbh1c", "-a.com", "a-.com", "a..b", ".a", "a.",
                    "a_b.com", "a b", "a".repeat(63) + ".com", "a".repeat(64) + ".com", ("abcdefghi." ).repeat(25) + "abc",
                    ("abcdefghi.").repeat(25) + "abcd", "ex\u00e4mple.com", "")),
            Map.entry("uuid", List.of(
                    "2eb8aa08-aa98-11ea-b4aa-73b441d16380", "2EB8AA08-AA98-11EA-B4AA-73B441D16380", "00000000-0000-0000-0000-000000000000",
                    "2eb8aa08-aa98-11ea-b4aa-73b441d1638", "2eb8aa08aa9811eab4aa73b441d16380", "2eb8aa08-aa98-11ea-b4aa-73b441d1638g",
                    "{2eb8aa08-aa98-11ea-b4aa-73b441d16380}", "2eb8aa0-8aa98-11ea-b4aa-73b441d16380", "")),
            Map.entry("regex", List.of("^[a-z]+$", "a{1,2}", "(?<name>x)", "[", "a{2,1}", "\\", "(?i)abc", "*a", "")),
            Map.entry("x-unknown", List.of("anything", "", "\u0000")));

    private FormatSamples() {}

    /** A sample for {@code format}, or null when there are none. */
    static String pick(String format, Random random) {
        List<String> samples = SAMPLES.get(format);
        if (samples == null) {
            return null;
        }
        String sample = samples.get(random.nextInt(samples.size()));
        if (sample.isEmpty() || random.nextInt(6) > 0) {
            return sample;
        }
        int at = random.nextInt(sample.length());
        String edit = switch (random.nextInt(3)) {
            case 0 -> "";
            case 1 -> String.valueOf(".:-/@[]%0aZ".charAt(random.nextInt(11)));
            default -> sample.substring(at, at + 1) + sample.charAt(at);
        };
        return sample.substring(0, at) + edit + sample.substring(at + 1);
    }
}
