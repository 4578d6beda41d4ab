package io.github.oxencodegen.codegen.validator;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Instances on which networknt 2.0.8 departs from draft-07, left out of the differential comparison.
 * Each exclusion is as narrow as the quirk (it applies only when the schema uses the keyword or
 * format involved, and only to the values that trigger it), says which rule networknt breaks, and
 * has a unit test that pins what the generated validator does instead.
 */
final class OracleQuirks {
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    /** A valid RFC 3339 date-time up to its "Z", then more characters. */
    private static final Pattern ZULU_THEN_JUNK = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?[Zz].+", Pattern.DOTALL);
    /** An authority whose port holds something other than digits. */
    private static final Pattern NON_DIGIT_PORT = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\[\\]]*:[0-9]*[^0-9/?#][^/?#]*([/?#].*)?", Pattern.DOTALL);

    /** RFC 3339 date-time with a space where the ABNF has "T". */
    private static final Pattern SPACE_SEPARATOR = Pattern.compile("\\d{4}-\\d{2}-\\d{2} .*", Pattern.DOTALL);
    /** A full-time with "." but no fraction digits, or with characters after its offset. */
    private static final Pattern LENIENT_TIME = Pattern.compile(
            "\\d{2}:\\d{2}:\\d{2}(\\.([Zz]|[+-]).*|(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2}).+)", Pattern.DOTALL);
    /** The top-level domains the email samples use, all on IANA's list. */
    private static final Set<String> KNOWN_TLDS = Set.of("com", "org", "net", "uk", "io");
    /** What networknt accepts whenever java.net.URI throws on it. */
    private static final Pattern URI_FALLBACK = Pattern.compile("([A-Za-z0-9+-.]*:)?//|[A-Za-z0-9+-.]+:");

    private OracleQuirks() {}

    static boolean excluded(JsonNode schema, JsonNode instance) {
        Set<String> keywords = new HashSet<>();
        Set<String> formats = new HashSet<>();
        List<JsonNode> constants = new ArrayList<>();
        scan(schema, keywords, formats, constants);
        List<JsonNode> values = new ArrayList<>();
        flatten(instance, values);
        for (JsonNode value : values) {
            // Draft-07 compares numbers as numbers; networknt compares integral values beyond the range of a
            // long wrongly (2^70 passes "maximum": 5 when it is a BigDecimal, fails "minimum": 1 inside a $ref,
            // and counts as a multiple of 3).
            if (keywords.contains("number") && value.isNumber() && (value.isBigInteger() || value.isBigDecimal()) && outsideLong(value)) {
                return true;
            }
            // Draft-07 (6.4.3): items are unique unless two are equal as JSON values, so [1, 1] is not unique
            // whatever Jackson node types hold the 1s; networknt compares the nodes, so IntNode 1 and LongNode 1
            // (or 1 and 1.0) count as different.
            if (keywords.contains("uniqueItems") && value.isArray() && hasValueEqualItems(value)) {
                return true;
            }
            // Draft-07 (6.1.2, 6.1.3): enum and const use JSON equality; networknt compares numbers by value at
            // the top level only, so {"a": 1.0} does not equal {"a": 1}.
            if ((value.isArray() || value.isObject()) && constants.stream().anyMatch(c -> byValue(c, value) && !c.equals(value))) {
                return true;
            }
            if (value.isTextual() && formatQuirk(formats, value.textValue())) {
                return true;
            }
        }
        return false;
    }

    private static boolean formatQuirk(Set<String> formats, String text) {
        boolean uri = formats.contains("uri") || formats.contains("uri-reference");
        return
                // RFC 3339 (5.6): nothing may follow time-offset; networknt (ethlo ITU) accepts "...Zjunk".
                (formats.contains("date-time") && ZULU_THEN_JUNK.matcher(text).matches())
                // RFC 3339 (5.6): date-time = full-date "T" full-time; networknt (ethlo ITU) also takes a space.
                || (formats.contains("date-time") && SPACE_SEPARATOR.matcher(text).matches())
                // RFC 3339 (5.6): time-secfrac = "." 1*DIGIT and nothing follows time-offset; networknt parses with
                // java.time's lenient ISO_LOCAL_TIME and ignores what is left, taking "08:30:06.Z" and
                // "08:30:06+01:00junk".
                || (formats.contains("time") && LENIENT_TIME.matcher(text).matches())
                // RFC 3986 (3.2.3): port = *DIGIT; java.net.URI falls back to a "registry-based" authority and
                // accepts "http://h:80a/".
                || (uri && NON_DIGIT_PORT.matcher(text).matches())
                // RFC 3986 (3.2.2): IP-literal includes IPvFuture ("[v1.x]"), which java.net.URI rejects; and
                // brackets are allowed only around an IP-literal, while java.net.URI takes "tel:+]-816".
                // RFC 3986 (3, 3.1): a URI has a scheme, which starts with a letter; when java.net.URI rejects a
                // string, networknt still accepts it if it looks like "scheme:" or "//", such as "//" or "1a:".
                || (uri && URI_FALLBACK.matcher(text).matches())
                || (uri && (text.contains("[v") || text.contains("[V") || bracketOutsideHost(text)))
                // RFC 5321 (4.1.2): a Mailbox is ASCII (non-ASCII addresses are idn-email, RFC 6531); networknt
                // (commons-validator) accepts "jöe@example.com".
                || (formats.contains("email") && text.indexOf('@') > 0 && !text.chars().allMatch(c -> c < 0x80))
                // RFC 5321 (4.1.2): a Domain is dot-separated labels, with no list of top-level domains; networknt
                // (commons-validator) rejects a top-level domain missing from its copy of IANA's list ("a@b.og").
                || (formats.contains("email") && unlistedTopLevelDomain(text))
                // RFC 1123 (2.1) with RFC 1035 (2.3.4): a host name has at most 253 characters in text form;
                // networknt assertions only the labels.
                || (formats.contains("hostname") && text.length() > 253 && text.matches("[A-Za-z0-9.-]+"));
    }

    private static boolean unlistedTopLevelDomain(String email) {
        if (!email.matches("[^@\\s]+@[A-Za-z0-9.-]+")) {
            return false;
        }
        String domain = email.substring(email.lastIndexOf('@') + 1);
        int dot = domain.lastIndexOf('.');
        return !domain.startsWith("[") && dot >= 0 && !KNOWN_TLDS.contains(domain.substring(dot + 1));
    }

    private static boolean bracketOutsideHost(String text) {
        String rest = text.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\[\\]]*(\\[[^\\]/?#]*\\])?", "");
        return rest.indexOf('[') >= 0 || rest.indexOf(']') >= 0;
    }

    private static boolean outsideLong(JsonNode number) {
        BigDecimal value = number.decimalValue();
        return value.compareTo(LONG_MAX) > 0 || value.compareTo(LONG_MIN) < 0;
    }

    private static boolean hasValueEqualItems(JsonNode array) {
        for (int j = 1; j < array.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (byValue(array.get(i), array.get(j)) && !array.get(i).equals(array.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** JSON equality with numbers by value, written independently of the generated JsonValues. */
    static boolean byValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
            return false;
        }
        if (a.isArray()) {
            for (int i = 0; i < a.size(); i++) {
                if (!byValue(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject()) {
            for (Map.Entry<String, JsonNode> member : a.properties()) {
                JsonNode other = b.get(member.getKey());
                if (other == null || !byValue(member.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static void scan(JsonNode schema, Set<String> keywords, Set<String> formats, List<JsonNode> constants) {
        if (schema.isObject()) {
            for (Map.Entry<String, JsonNode> member : schema.properties()) {
                String key = member.getKey();
                JsonNode value = member.getValue();
                if (List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf").contains(key)) {
                    keywords.add("number");
                }
                if (key.equals("uniqueItems")) {
                    keywords.add(key);
                }
                if (key.equals("format") && value.isTextual()) {
                    formats.add(value.textValue());
                }
                if (key.equals("const")) {
                    constants.add(value);
                }
                if (key.equals("enum") && value.isArray()) {
                    value.forEach(constants::add);
                }
                scan(value, keywords, formats, constants);
            }
        } else if (schema.isArray()) {
            schema.forEach(item -> scan(item, keywords, formats, constants));
        }
    }

    private static void flatten(JsonNode node, List<JsonNode> values) {
        values.add(node);
        if (node.isContainerNode()) {
            node.forEach(child -> flatten(child, values));
        }
    }
}
