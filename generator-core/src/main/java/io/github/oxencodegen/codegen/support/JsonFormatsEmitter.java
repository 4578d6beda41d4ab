package io.github.oxencodegen.codegen.support;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code JsonFormats}, one public check per {@link KnownFormat}. The dates and times are the
 * RFC 3339 productions (a {@code T} or {@code Z} may be lower case; a leap second is valid only at
 * 23:59:60 UTC), network names and addresses are in {@link NetworkFormatMethods}, URIs in
 * {@link UriFormatMethods}.
 */
final class JsonFormatsEmitter {
    private JsonFormatsEmitter() {}

    static TypeSpec emit(SupportTypes types) {
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        methods.add(check(KnownFormat.DATE_TIME)
                .addCode("""
                        if (value.length() < 20) {
                          return false;
                        }
                        char separator = value.charAt(10);
                        return (separator == 'T' || separator == 't') && isFullDate(value) && isFullTime(value, 11);
                        """)
                .build());
        methods.add(check(KnownFormat.DATE).addStatement("return value.length() == 10 && isFullDate(value)").build());
        methods.add(check(KnownFormat.TIME).addStatement("return isFullTime(value, 0)").build());
        methods.addAll(NetworkFormatMethods.emit());
        methods.addAll(UriFormatMethods.emit());
        methods.add(check(KnownFormat.UUID)
                .addCode("""
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
                        """)
                .build());
        ClassName syntaxError = ClassName.get("java.util.regex", "PatternSyntaxException");
        methods.add(check(KnownFormat.REGEX)
                .addCode("""
                        try {
                          $T.compile(value);
                          return true;
                        } catch ($T e) {
                          return false;
                        }
                        """, ClassNames.PATTERN, syntaxError)
                .build());
        methods.add(helper("isFullDate", "True when {@code value} starts with an RFC 3339 full-date, {@code YYYY-MM-DD}, naming a real day.")
                .addParameter(String.class, "value")
                .addCode("""
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
                        """)
                .build());
        methods.add(helper("isFullTime", "True when {@code value} from {@code at} to its end is an RFC 3339 full-time.")
                .addParameter(String.class, "value")
                .addParameter(int.class, "at")
                .addCode("""
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
                        """)
                .build());
        methods.add(helper("digits", "The value of {@code count} ASCII digits at {@code from}, or -1 when one of them is not a digit.")
                .returns(int.class)
                .addParameter(String.class, "value")
                .addParameter(int.class, "from")
                .addParameter(int.class, "count")
                .addCode("""
                        int number = 0;
                        for (int i = from; i < from + count; i++) {
                          char c = value.charAt(i);
                          if (!isDigit(c)) {
                            return -1;
                          }
                          number = number * 10 + (c - '0');
                        }
                        return number;
                        """)
                .build());
        methods.add(helper("isDigit", "An ASCII digit.").addParameter(char.class, "c").addStatement("return c >= '0' && c <= '9'").build());
        methods.add(helper("isHex", "An ASCII hexadecimal digit.")
                .addParameter(char.class, "c")
                .addStatement("return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')")
                .build());
        methods.add(helper("isAlphanumeric", "An ASCII letter or digit.")
                .addParameter(char.class, "c")
                .addStatement("return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')")
                .build());
        return TypeSpec.classBuilder(types.jsonFormats())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        The string formats that validators assert: RFC 3339 dates and times, RFC 5321 email
                        addresses, RFC 1123 host names, IPv4 and IPv6 addresses, RFC 3986 URIs and references,
                        UUIDs, and regular expressions (as {@code java.util.regex} reads them). Every check is
                        strict ASCII and rejects surrounding whitespace. Used by the generated validators.
                        """)
                .addFields(UriFormatMethods.fields())
                .addMethods(methods)
                .build();
    }

    /** The public check for {@code format}, taking {@code String value}. */
    static MethodSpec.Builder check(KnownFormat format) {
        return MethodSpec.methodBuilder(format.method())
                .addJavadoc("True when {@code value} is $L.\n\n@param value the string\n@return whether it has the format\n",
                        format.description())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(String.class, "value");
    }

    /** A private static helper returning boolean unless told otherwise. */
    static MethodSpec.Builder helper(String name, String javadoc) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc("$L\n", javadoc)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(boolean.class);
    }
}
