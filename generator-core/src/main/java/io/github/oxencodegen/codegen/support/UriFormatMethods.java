package io.github.oxencodegen.codegen.support;

import static io.github.oxencodegen.codegen.support.JsonFormatsEmitter.check;
import static io.github.oxencodegen.codegen.support.JsonFormatsEmitter.helper;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The {@code JsonFormats} checks of RFC 3986: {@code uri} (a URI, so with a scheme) and
 * {@code uri-reference} (a URI or a relative reference). The reference is split as RFC 3986
 * Appendix B does (scheme, authority, path, query, fragment) and each part checked against its ABNF
 * production; every character must be ASCII and percent signs must start a {@code %XX} escape.
 */
final class UriFormatMethods {
    private UriFormatMethods() {}

    static List<FieldSpec> fields() {
        return List.of(
                constant("UNRESERVED_SYMBOLS", "-._~", "The symbols of RFC 3986 {@code unreserved}."),
                constant("SUB_DELIMS", "!$&'()*+,;=", "RFC 3986 {@code sub-delims}."),
                constant("ATEXT_SYMBOLS", "!#$%&'*+-/=?^_`{|}~", "The symbols of RFC 5322 {@code atext}."));
    }

    static List<MethodSpec> emit() {
        return List.of(
                check(KnownFormat.URI).addStatement("return isReference(value, true)").build(),
                check(KnownFormat.URI_REFERENCE).addStatement("return isReference(value, false)").build(),
                helper("isReference", "A URI-reference; with {@code absolute}, a URI (one with a scheme).")
                        .addParameter(String.class, "value")
                        .addParameter(boolean.class, "absolute")
                        .addCode("""
                                int end = value.length();
                                int hash = find(value, '#', 0, end);
                                int stop = hash < 0 ? end : hash;
                                if (hash >= 0 && !isComponent(value, hash + 1, end, ":@/?")) {
                                  return false;
                                }
                                int query = find(value, '?', 0, stop);
                                int pathEnd = query < 0 ? stop : query;
                                if (query >= 0 && !isComponent(value, query + 1, stop, ":@/?")) {
                                  return false;
                                }
                                int start = 0;
                                int colon = find(value, ':', 0, pathEnd);
                                int slash = find(value, '/', 0, pathEnd);
                                if (colon >= 0 && (slash < 0 || colon < slash)) {
                                  if (!isScheme(value, colon)) {
                                    return false;
                                  }
                                  start = colon + 1;
                                } else if (absolute) {
                                  return false;
                                }
                                if (value.startsWith("//", start)) {
                                  int authorityEnd = find(value, '/', start + 2, pathEnd);
                                  if (authorityEnd < 0) {
                                    authorityEnd = pathEnd;
                                  }
                                  if (!isAuthority(value, start + 2, authorityEnd)) {
                                    return false;
                                  }
                                  start = authorityEnd;
                                }
                                return isComponent(value, start, pathEnd, ":@/");
                                """)
                        .build(),
                helper("isScheme", "An RFC 3986 scheme in {@code value[0, end)}: a letter, then letters, digits, {@code +}, {@code -} or {@code .}.")
                        .addParameter(String.class, "value")
                        .addParameter(int.class, "end")
                        .addCode("""
                                if (end == 0 || !isAlphanumeric(value.charAt(0)) || isDigit(value.charAt(0))) {
                                  return false;
                                }
                                for (int i = 1; i < end; i++) {
                                  char c = value.charAt(i);
                                  if (!isAlphanumeric(c) && c != '+' && c != '-' && c != '.') {
                                    return false;
                                  }
                                }
                                return true;
                                """)
                        .build(),
                helper("isAuthority", "An RFC 3986 authority in {@code value[from, to)}: {@code [userinfo@]host[:port]}.")
                        .addParameter(String.class, "value")
                        .addParameter(int.class, "from")
                        .addParameter(int.class, "to")
                        .addCode("""
                                int host = from;
                                int at = find(value, '@', from, to);
                                if (at >= 0) {
                                  if (!isComponent(value, from, at, ":")) {
                                    return false;
                                  }
                                  host = at + 1;
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
                                  if (!isComponent(value, host, portColon < 0 ? to : portColon, "")) {
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
                                """)
                        .build(),
                helper("isIpvFuture", "An RFC 3986 IPvFuture: {@code v}, hex digits, a dot, then unreserved, sub-delims or colons.")
                        .addParameter(String.class, "literal")
                        .addCode("""
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
                                  if (c == '%' || !isComponent(literal, i, i + 1, ":")) {
                                    return false;
                                  }
                                }
                                return true;
                                """)
                        .build(),
                helper("isComponent", "True when {@code value[from, to)} has only unreserved characters, sub-delims, {@code %XX} escapes and the {@code extra} characters.")
                        .addParameter(String.class, "value")
                        .addParameter(int.class, "from")
                        .addParameter(int.class, "to")
                        .addParameter(String.class, "extra")
                        .addCode("""
                                for (int i = from; i < to; i++) {
                                  char c = value.charAt(i);
                                  if (c == '%') {
                                    if (i + 2 >= to || !isHex(value.charAt(i + 1)) || !isHex(value.charAt(i + 2))) {
                                      return false;
                                    }
                                    i += 2;
                                  } else if (!isAlphanumeric(c) && UNRESERVED_SYMBOLS.indexOf(c) < 0 && SUB_DELIMS.indexOf(c) < 0 && extra.indexOf(c) < 0) {
                                    return false;
                                  }
                                }
                                return true;
                                """)
                        .build(),
                helper("find", "The index of {@code c} in {@code value[from, to)}, or -1.")
                        .returns(int.class)
                        .addParameter(String.class, "value")
                        .addParameter(char.class, "c")
                        .addParameter(int.class, "from")
                        .addParameter(int.class, "to")
                        .addCode("""
                                int index = value.indexOf(c, from);
                                return index < to ? index : -1;
                                """)
                        .build());
    }

    private static FieldSpec constant(String name, String value, String javadoc) {
        return FieldSpec.builder(String.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", javadoc)
                .initializer("$S", value)
                .build();
    }
}
