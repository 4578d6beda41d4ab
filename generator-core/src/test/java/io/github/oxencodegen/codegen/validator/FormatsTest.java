package io.github.oxencodegen.codegen.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * One case per line: format, string, verdict. Cases marked "networknt differs" pin what draft-07
 * and the RFC it names say where networknt 2.0.8 says otherwise (see {@link OracleQuirks}).
 */
class FormatsTest {
    private static final List<String> FORMATS = List.of("uri", "uri-reference", "email", "date-time", "date", "time", "ipv4",
            "ipv6", "hostname", "uuid", "regex", "color");
    private static Map<String, CompiledValidator> v;

    @BeforeAll
    static void compile() {
        String[] schemas = new String[FORMATS.size() * 2];
        for (int i = 0; i < FORMATS.size(); i++) {
            schemas[2 * i] = FORMATS.get(i);
            schemas[2 * i + 1] = "{\"format\": \"" + FORMATS.get(i) + "\"}";
        }
        v = CompiledValidator.compile(schemas);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            uri           | https://example.com/a/b?c=d#e    | true
            uri           | urn:isbn:0451450523              | true
            uri           | http:                            | true
            uri           | https://[2001:db8::1]:8080/x     | true
            uri           | http://[v1.x]/                   | true
            uri           | http://example.com:/             | true
            uri           | /relative/path                   | false
            uri           | //                               | false
            uri           | http://h:80a/                    | false
            uri           | tel:+]-816                       | false
            uri           | https://example.com/ä            | false
            uri           | http://example.com/%zz           | false
            uri           | https://exa mple.com             | false
            uri           | 1http://x                        | false
            uri-reference | /relative/path                   | true
            uri-reference | ''                               | true
            uri-reference | //host/x                         | true
            uri-reference | ?query                           | true
            uri-reference | a b                              | false
            uri-reference | 1a:b                             | false
            uri-reference | #frag#ment                       | false
            email         | joe.bloggs@example.com           | true
            email         | te~st@example.og                 | true
            email         | '"joe bloggs"@example.com'       | true
            email         | joe@[IPv6:::1]                   | true
            email         | joe@[127.0.0.1]                  | true
            email         | joe@example                      | true
            email         | jöe@example.com                  | false
            email         | te..st@example.com               | false
            email         | .test@example.com                | false
            email         | joe@[300.0.0.1]                  | false
            email         | joe@-example.com                 | false
            date-time     | 1963-06-19T08:30:06.283185Z      | true
            date-time     | 1990-12-31T15:59:59-08:00        | true
            date-time     | 1963-06-19t08:30:06z             | true
            date-time     | 1998-12-31T23:59:60Z             | true
            date-time     | 1998-12-31T15:59:60.123-08:00    | true
            date-time     | 1998-12-31T22:59:60Z             | false
            date-time     | 1963-06-19 08:30:06Z             | false
            date-time     | 1963-06-19T08:30:06Zjunk         | false
            date-time     | 2021-02-29T00:00:00Z             | false
            date-time     | 1963-06-19T08:30:06              | false
            date          | 2020-02-29                       | true
            date          | 2000-02-29                       | true
            date          | 1900-02-29                       | false
            date          | 2020-04-31                       | false
            date          | 1963-06-1৪                       | false
            time          | 08:30:06.283185Z                 | true
            time          | 01:29:60+01:30                   | true
            time          | 23:59:60Z                        | true
            time          | 22:59:60Z                        | false
            time          | 08:30:06.Z                       | false
            time          | 08:30:06+01:00junk               | false
            time          | 08:30Z                           | false
            time          | 08:30:06+24:00                   | false
            ipv4          | 192.168.0.1                      | true
            ipv4          | 01.2.3.4                         | false
            ipv4          | 256.0.0.1                        | false
            ipv4          | 1.2.3.4.5                        | false
            ipv6          | ::1                              | true
            ipv6          | ::ffff:1.2.3.4                   | true
            ipv6          | 1:2:3:4:5:6:7::                  | true
            ipv6          | 1:2:3:4:5:6:7:8:9                | false
            ipv6          | 1::2::3                          | false
            ipv6          | fe80::1%eth0                     | false
            ipv6          | 12345::                          | false
            hostname      | www.example.com                  | true
            hostname      | 1host                            | true
            hostname      | a-.com                           | false
            hostname      | a_b.com                          | false
            hostname      | a.                               | false
            uuid          | 2eb8aa08-aa98-11ea-b4aa-73b441d16380 | true
            uuid          | 2eb8aa08aa9811eab4aa73b441d16380 | false
            regex         | ^[a-z]+$                         | true
            regex         | '['                              | false
            color         | not-a-colour                     | true
            """)
    void formatVerdicts(String format, String value, boolean valid) {
        assertThat(v.get(format).isValid(TextNode.valueOf(value))).isEqualTo(valid);
    }

    @Test
    void hostNamesAreAtMost253CharactersAndLabelsAtMost63() {
        assertThat(v.get("hostname").isValid(TextNode.valueOf("a".repeat(63) + ".com"))).isTrue();
        assertThat(v.get("hostname").isValid(TextNode.valueOf("a".repeat(64) + ".com"))).isFalse();
        assertThat(v.get("hostname").isValid(TextNode.valueOf("abcdefghi.".repeat(25) + "abc"))).isTrue();
        assertThat(v.get("hostname").isValid(TextNode.valueOf("abcdefghi.".repeat(25) + "abcd"))).isFalse();
    }

    @Test
    void aFormatViolationSaysWhatIsExpected() {
        assertThat(v.get("uri").violations("\"example.com\"")).containsExactly("(root): must be an absolute URI (RFC 3986) (format)");
        assertThat(v.get("uri").isValid("42")).isTrue();
    }
}
