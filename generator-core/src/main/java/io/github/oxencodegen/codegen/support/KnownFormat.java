package io.github.oxencodegen.codegen.support;

import java.util.Optional;

/**
 * The values of {@code format} that generated validators assert, each with its check in
 * {@code JsonFormats}. Any other format is an annotation and is not checked, as draft-07 allows.
 */
public enum KnownFormat {
    DATE_TIME("date-time", "isDateTime", "an RFC 3339 date-time, such as 2026-04-08T12:30:00Z"),
    DATE("date", "isDate", "an RFC 3339 full-date, such as 2026-04-08"),
    TIME("time", "isTime", "an RFC 3339 full-time with offset, such as 12:30:00Z"),
    EMAIL("email", "isEmail", "an email address (RFC 5321 mailbox)"),
    HOSTNAME("hostname", "isHostname", "an RFC 1123 host name"),
    IPV4("ipv4", "isIpv4", "an IPv4 address in dotted-quad form"),
    IPV6("ipv6", "isIpv6", "an IPv6 address (RFC 4291)"),
    URI("uri", "isUri", "an absolute URI (RFC 3986)"),
    URI_REFERENCE("uri-reference", "isUriReference", "a URI or relative reference (RFC 3986)"),
    UUID("uuid", "isUuid", "a UUID such as 123e4567-e89b-12d3-a456-426614174000"),
    REGEX("regex", "isRegex", "a regular expression (java.util.regex)");

    private final String jsonName;
    private final String method;
    private final String description;

    KnownFormat(String jsonName, String method, String description) {
        this.jsonName = jsonName;
        this.method = method;
        this.description = description;
    }

    /** The value of {@code format}, such as {@code date-time}. */
    public String jsonName() {
        return jsonName;
    }

    /** The name of the {@code JsonFormats} method that checks a string, such as {@code isDateTime}. */
    public String method() {
        return method;
    }

    /** What a valid string is, for messages: {@code must be <description>}. */
    public String description() {
        return description;
    }

    /** The format with this name, or empty for a format that is only an annotation. */
    public static Optional<KnownFormat> of(String jsonName) {
        for (KnownFormat format : values()) {
            if (format.jsonName.equals(jsonName)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
