package io.github.oxencodegen.runtime;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The string formats that validators assert: RFC 3339 dates and times, RFC 5321 email
 * addresses, RFC 1123 host names, IPv4 and IPv6 addresses, RFC 3986 URIs and references,
 * UUIDs, and regular expressions (as {@code java.util.regex} reads them). Every check is
 * strict ASCII and rejects surrounding whitespace. Used by the generated validators.
 */
public final class JsonFormats {
    /**
     * The symbols of RFC 5322 {@code atext}.
     */
    private static final String ATEXT_SYMBOLS = "!#$%&'*+-/=?^_`{|}~";

    /**
     * RFC 3986 {@code unreserved}: letters, digits and {@code -._~}.
     */
    private static final int UNRESERVED = 1;

    /**
     * RFC 3986 {@code sub-delims}.
     */
    private static final int SUB_DELIMS = 2;

    /**
     * {@code :}
     */
    private static final int COLON = 4;

    /**
     * {@code @}
     */
    private static final int AT = 8;

    /**
     * {@code /}
     */
    private static final int SLASH = 16;

    /**
     * {@code ?}
     */
    private static final int QUESTION = 32;

    /**
     * RFC 3986 {@code scheme} after its first letter: letters, digits and {@code +-.}.
     */
    private static final int SCHEME = 64;

    /**
     * The characters of RFC 3986 {@code path}: pchar and {@code /}.
     */
    private static final int PATH = UNRESERVED | SUB_DELIMS | COLON | AT | SLASH;

    /**
     * The characters of RFC 3986 {@code query}: pchar, {@code /} and {@code ?}.
     */
    private static final int QUERY = PATH | QUESTION;

    /**
     * The characters of RFC 3986 {@code fragment}, the same as a query's; a separate value marks the part.
     */
    private static final int FRAGMENT = QUERY | 128;

    /**
     * The classes of each ASCII character, as a bit set of the constants above.
     */
    private static final byte[] URI_CHARACTERS = uriCharacters();

    private JsonFormats() {
    }

    /**
     * True when {@code value} is an RFC 3339 date-time, such as 2026-04-08T12:30:00Z.
     *
     * @param value the string
     * @return whether it has the format
     */
    public static boolean isDateTime(String value) {
        if (value.length() < 20) {
            return false;
        }
        char separator = value.charAt(10);
        return (separator == 'T' || separator == 't') && isFullDate(value) && isFullTime(value, 11);
    }

    /**
     * True when {@code value} is an RFC 3339 full-date, such as 2026-04-08.
     *
     * @param value the string
     * @return whether it has the format
     */
    public static boolean isDate(String value) {
        return value.length() == 10 && isFullDate(value);
    }

    /**
     * True when {@code value} is an RFC 3339 full-time with offset, such as 12:30:00Z.
     *
     * @param value the string
     * @return whether it has the format
     */
    public static boolean isTime(String value) {
        return isFullTime(value, 0);
    }

    /**
     * True when {@code value} is an email address (RFC 5321 mailbox).
     *
     * @param value the string
     * @return whether it has the format
     */
    public static boolean isEmail(String value) {
        int at = value.lastIndexOf('@');
        if (at <= 0 || at > 64 || at == value.length() - 1) {
            return false;
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1);
        boolean localOk = local.charAt(0) == '"' ? isQuotedString(local) : isDotString(local);
        if (!localOk) {
            return false;
        }
        if (domain.charAt(0) != '[') {
            return isHostname(domain);
        }
        if (domain.charAt(domain.length() - 1) != ']') {
            return false;
        }
        String literal = domain.substring(1, domain.length() - 1);
        if (literal.regionMatches(true, 0, "IPv6:", 0, 5)) {
            return isIpv6(literal.substring(5));
        }
        return isIpv4(literal);
    }

    /**
     * True when {@code value} is an RFC 1123 host name.
     *
     * @param value the string
     * @return whether it has the format
     */
    public static boolean isHostname(String value) {
        int end = value.length();
        if (end == 0 || end > 253) {
            return false;
        }
        int label = 0;
        for (int i = 0; i <= end; i++) {
            if (i == end || value.charAt(i) == '.') {
                int length = i - label;
                if (length == 0 || length > 63 || value.charAt(label) == '-' || value.charAt(i - 1) == '-') {
                    return false;
                }
                label = i + 1;
            } else if (!isAlphanumeric(value.charAt(i)) && value.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code value} is an IPv4 address in dotted-quad form.
     *
     * @param value the string
     * @return whether it has the format
     */
    public static boolean isIpv4(String value) {
        int end = value.length();
        int i = 0;
        for (int part = 1; ; part++) {
            int start = i;
            int number = 0;
            while (i < end && i - start < 3 && isDigit(value.charAt(i))) {
                number = number * 10 + (value.charAt(i) - '0');
                i++;
            }
            int length = i - start;
            if (length == 0 || number > 255 || (length > 1 && value.charAt(start) == '0')) {
                return false;
            }
            if (part == 4) {
                return i == end;
            }
            if (i >= end || value.charAt(i) != '.') {
                return false;
            }
            i++;
        }
    }

    /**
     * True when {@code value} is an IPv6 address (RFC 4291).
     *
     * @param value the string
     * @return whether it has the format
     */
    public static boolean isIpv6(String value) {
        int end = value.length();
        int groups = 0;
        boolean compressed = false;
        int i = 0;
        if (value.startsWith("::")) {
            compressed = true;
            i = 2;
        } else if (value.startsWith(":")) {
            return false;
        }
        while (i < end) {
            int start = i;
            while (i < end && i - start < 5 && isHex(value.charAt(i))) {
                i++;
            }
            if (i < end && value.charAt(i) == '.') {
                if (!isIpv4(value.substring(start))) {
                    return false;
                }
                groups += 2;
                break;
            }
            int length = i - start;
            if (length == 0 || length > 4) {
                return false;
            }
            groups++;
            if (i == end) {
                break;
            }
            if (value.charAt(i) != ':') {
                return false;
            }
            i++;
            if (i < end && value.charAt(i) == ':') {
                if (compressed) {
                    return false;
                }
                compressed = true;
                i++;
            } else if (i == end) {
                return false;
            }
        }
        return compressed ? groups <= 7 : groups == 8;
    }

    /**
     * An RFC 5321 Dot-string: atoms of atext joined by single dots.
     */
    private static boolean isDotString(String local) {
        boolean atomStart = true;
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (c == '.') {
                if (atomStart) {
                    return false;
                }
                atomStart = true;
            } else if (isAlphanumeric(c) || ATEXT_SYMBOLS.indexOf(c) >= 0) {
                atomStart = false;
            } else {
                return false;
            }
        }
        return !atomStart;
    }

    /**
     * An RFC 5321 Quoted-string: printable ASCII and space between double quotes, with backslash pairs.
     */
    private static boolean isQuotedString(String local) {
        int last = local.length() - 1;
        if (last < 1 || local.charAt(last) != '"') {
            return false;
        }
        for (int i = 1; i < last; i++) {
            char c = local.charAt(i);
            if (c == '\\') {
                i++;
                if (i >= last || local.charAt(i) < ' ' || local.charAt(i) > '~') {
                    return false;
                }
            } else if (c < ' ' || c > '~' || c == '"') {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code value} is an absolute URI (RFC 3986).
     *
     * @param value the string
     * @return whether it has the format
     */
    public static boolean isUri(String value) {
        return isReference(value, true);
    }

    /**
     * True when {@code value} is a URI or relative reference (RFC 3986).
     *
     * @param value the string
     * @return whether it has the format
     */
    public static boolean isUriReference(String value) {
        return isReference(value, false);
    }

    /**
     * A URI-reference; with {@code absolute}, a URI (one with a scheme). One pass over the text.
     */
    private static boolean isReference(String value, boolean absolute) {
        int end = value.length();
        int scheme = 0;
        while (scheme < end && value.charAt(scheme) < 128 && (URI_CHARACTERS[value.charAt(scheme)] & SCHEME) != 0) {
            scheme++;
        }
        boolean hasScheme = scheme > 0 && scheme < end && value.charAt(scheme) == ':' && isLetter(value.charAt(0));
        if (absolute && !hasScheme) {
            return false;
        }
        int start = hasScheme ? scheme + 1 : 0;
        boolean firstSegment = !hasScheme;
        if (value.startsWith("//", start)) {
            int authority = start + 2;
            int i = authority;
            int at = -1;
            int colon = -1;
            boolean literal = false;
            for (; i < end; i++) {
                char c = value.charAt(i);
                if (c < 128 && (URI_CHARACTERS[c] & (UNRESERVED | SUB_DELIMS)) != 0) {
                    continue;
                }
                if (c == '/' || c == '?' || c == '#') {
                    break;
                }
                if (c == '@' && at < 0) {
                    at = i;
                    colon = -1;
                } else if (c == ':') {
                    colon = colon < 0 ? i : colon;
                } else if (c == '[' || c == ']') {
                    literal = true;
                } else if (c == '%') {
                    if (i + 2 >= end || !isHex(value.charAt(i + 1)) || !isHex(value.charAt(i + 2))) {
                        return false;
                    }
                    i += 2;
                } else {
                    return false;
                }
            }
            if (literal ? !isAuthority(value, authority, i) : !isPort(value, colon, i)) {
                return false;
            }
            start = i;
            firstSegment = false;
        }
        int allowed = PATH;
        int plain = firstSegment ? UNRESERVED | SUB_DELIMS | AT : PATH;
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (c < 128 && (URI_CHARACTERS[c] & plain) != 0) {
                continue;
            }
            if (c == '%') {
                if (i + 2 >= end || !isHex(value.charAt(i + 1)) || !isHex(value.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (c == '#' && allowed != FRAGMENT) {
                allowed = FRAGMENT;
                plain = QUERY;
            } else if (c == '?' && allowed == PATH) {
                allowed = QUERY;
                plain = QUERY;
            } else if (c == '/' && allowed == PATH) {
                plain = PATH;
            } else if (c >= 128 || (URI_CHARACTERS[c] & allowed) == 0 || (c == ':' && plain != PATH && allowed == PATH)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when there is no port colon ({@code colon < 0}) or only digits follow it up to {@code end}.
     */
    private static boolean isPort(String value, int colon, int end) {
        for (int i = colon + 1; colon >= 0 && i < end; i++) {
            if (!isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * An ASCII letter.
     */
    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * An RFC 3986 authority in {@code value[from, to)}: {@code [userinfo@]host[:port]}; the careful path, taken for IP literals.
     */
    private static boolean isAuthority(String value, int from, int to) {
        int host = from;
        for (int i = from; i < to; i++) {
            if (value.charAt(i) == '@') {
                if (!isComponent(value, from, i, UNRESERVED | SUB_DELIMS | COLON)) {
                    return false;
                }
                host = i + 1;
                break;
            }
        }
        int portColon;
        if (host < to && value.charAt(host) == '[') {
            int close = find(value, ']', host, to);
            if (close < 0) {
                return false;
            }
            String literal = value.substring(host + 1, close);
            if (!isIpv6(literal) && !isIpvFuture(literal)) {
                return false;
            }
            if (close + 1 == to) {
                return true;
            }
            if (value.charAt(close + 1) != ':') {
                return false;
            }
            portColon = close + 1;
        } else {
            portColon = find(value, ':', host, to);
            if (!isComponent(value, host, portColon < 0 ? to : portColon, UNRESERVED | SUB_DELIMS)) {
                return false;
            }
            if (portColon < 0) {
                return true;
            }
        }
        for (int i = portColon + 1; i < to; i++) {
            if (!isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * An RFC 3986 IPvFuture: {@code v}, hex digits, a dot, then unreserved, sub-delims or colons.
     */
    private static boolean isIpvFuture(String literal) {
        int dot = literal.indexOf('.');
        if (dot < 2 || dot == literal.length() - 1 || (literal.charAt(0) != 'v' && literal.charAt(0) != 'V')) {
            return false;
        }
        for (int i = 1; i < dot; i++) {
            if (!isHex(literal.charAt(i))) {
                return false;
            }
        }
        for (int i = dot + 1; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '%' || !isComponent(literal, i, i + 1, UNRESERVED | SUB_DELIMS | COLON)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code value[from, to)} has only {@code %XX} escapes and characters of the {@code allowed} classes.
     */
    private static boolean isComponent(String value, int from, int to, int allowed) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= to || !isHex(value.charAt(i + 1)) || !isHex(value.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (c >= 128 || (URI_CHARACTERS[c] & allowed) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Builds {@link #URI_CHARACTERS}.
     */
    private static byte[] uriCharacters() {
        byte[] classes = new byte[128];
        for (char c = 0; c < 128; c++) {
            if (isAlphanumeric(c) || "-._~".indexOf(c) >= 0) {
                classes[c] |= UNRESERVED;
            }
            if ("!$&'()*+,;=".indexOf(c) >= 0) {
                classes[c] |= SUB_DELIMS;
            }
            if (isAlphanumeric(c) || "+-.".indexOf(c) >= 0) {
                classes[c] |= SCHEME;
            }
        }
        classes[':'] |= COLON;
        classes['@'] |= AT;
        classes['/'] |= SLASH;
        classes['?'] |= QUESTION;
        return classes;
    }

    /**
     * The index of {@code c} in {@code value[from, to)}, or -1.
     */
    private static int find(String value, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (value.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True when {@code value} is a UUID such as 123e4567-e89b-12d3-a456-426614174000.
     *
     * @param value the string
     * @return whether it has the format
     */
    public static boolean isUuid(String value) {
        if (value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23 ? c != '-' : !isHex(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code value} is a regular expression (java.util.regex).
     *
     * @param value the string
     * @return whether it has the format
     */
    public static boolean isRegex(String value) {
        try {
            Pattern.compile(value);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    /**
     * True when {@code value} starts with an RFC 3339 full-date, {@code YYYY-MM-DD}, naming a real day.
     */
    private static boolean isFullDate(String value) {
        if (value.length() < 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return false;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 2);
        int day = digits(value, 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        int days = switch (month) {
            case 2 -> leap ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return day <= days;
    }

    /**
     * True when {@code value} from {@code at} to its end is an RFC 3339 full-time.
     */
    private static boolean isFullTime(String value, int at) {
        int end = value.length();
        if (end - at < 9 || value.charAt(at + 2) != ':' || value.charAt(at + 5) != ':') {
            return false;
        }
        int hour = digits(value, at, 2);
        int minute = digits(value, at + 3, 2);
        int second = digits(value, at + 6, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
            return false;
        }
        int i = at + 8;
        if (value.charAt(i) == '.') {
            int fraction = ++i;
            while (i < end && isDigit(value.charAt(i))) {
                i++;
            }
            if (i == fraction) {
                return false;
            }
        }
        if (i >= end) {
            return false;
        }
        char zone = value.charAt(i);
        int offset;
        if (zone == 'Z' || zone == 'z') {
            if (i + 1 != end) {
                return false;
            }
            offset = 0;
        } else if (zone == '+' || zone == '-') {
            if (end - i != 6 || value.charAt(i + 3) != ':') {
                return false;
            }
            int offsetHour = digits(value, i + 1, 2);
            int offsetMinute = digits(value, i + 4, 2);
            if (offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) {
                return false;
            }
            offset = (zone == '-' ? -1 : 1) * (offsetHour * 60 + offsetMinute);
        } else {
            return false;
        }
        return second < 60 || Math.floorMod(hour * 60 + minute - offset, 24 * 60) == 23 * 60 + 59;
    }

    /**
     * The value of {@code count} ASCII digits at {@code from}, or -1 when one of them is not a digit.
     */
    private static int digits(String value, int from, int count) {
        int number = 0;
        for (int i = from; i < from + count; i++) {
            char c = value.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    /**
     * An ASCII digit.
     */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * An ASCII hexadecimal digit.
     */
    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * An ASCII letter or digit.
     */
    private static boolean isAlphanumeric(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
