package io.github.oxencodegen.codegen.support;

import static io.github.oxencodegen.codegen.support.JsonFormatsEmitter.check;
import static io.github.oxencodegen.codegen.support.JsonFormatsEmitter.helper;

import com.palantir.javapoet.MethodSpec;
import java.util.List;

/**
 * The {@code JsonFormats} checks of network names: RFC 5321 mailboxes, RFC 1123 host names (labels of
 * 1 to 63 letters, digits and inner hyphens; at most 253 characters), dotted-quad IPv4 without
 * leading zeros, and the RFC 4291 text forms of IPv6 (one {@code ::} at most, an IPv4 tail, no zone).
 */
final class NetworkFormatMethods {
    private NetworkFormatMethods() {}

    static List<MethodSpec> emit() {
        return List.of(
                check(KnownFormat.EMAIL)
                        .addCode("""
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
                                """)
                        .build(),
                check(KnownFormat.HOSTNAME)
                        .addCode("""
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
                                """)
                        .build(),
                check(KnownFormat.IPV4)
                        .addCode("""
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
                                """)
                        .build(),
                check(KnownFormat.IPV6)
                        .addCode("""
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
                                """)
                        .build(),
                helper("isDotString", "An RFC 5321 Dot-string: atoms of atext joined by single dots.")
                        .addParameter(String.class, "local")
                        .addCode("""
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
                                """)
                        .build(),
                helper("isQuotedString", "An RFC 5321 Quoted-string: printable ASCII and space between double quotes, with backslash pairs.")
                        .addParameter(String.class, "local")
                        .addCode("""
                                int last = local.length() - 1;
                                if (last < 1 || local.charAt(last) != '"') {
                                  return false;
                                }
                                for (int i = 1; i < last; i++) {
                                  char c = local.charAt(i);
                                  if (c == '\\\\') {
                                    i++;
                                    if (i >= last || local.charAt(i) < ' ' || local.charAt(i) > '~') {
                                      return false;
                                    }
                                  } else if (c < ' ' || c > '~' || c == '"') {
                                    return false;
                                  }
                                }
                                return true;
                                """)
                        .build());
    }
}
