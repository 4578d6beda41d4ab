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
                constant("ATEXT_SYMBOLS", "!#$%&'*+-/=?^_`{|}~", "The symbols of RFC 5322 {@code atext}."),
                characterClass("UNRESERVED", 1, "RFC 3986 {@code unreserved}: letters, digits and {@code -._~}."),
                characterClass("SUB_DELIMS", 2, "RFC 3986 {@code sub-delims}."),
                characterClass("COLON", 4, "{@code :}"),
                characterClass("AT", 8, "{@code @}"),
                characterClass("SLASH", 16, "{@code /}"),
                characterClass("QUESTION", 32, "{@code ?}"),
                characterClass("SCHEME", 64, "RFC 3986 {@code scheme} after its first letter: letters, digits and {@code +-.}."),
                FieldSpec.builder(int.class, "PATH", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The characters of RFC 3986 {@code path}: pchar and {@code /}.\n")
                        .initializer("UNRESERVED | SUB_DELIMS | COLON | AT | SLASH").build(),
                FieldSpec.builder(int.class, "QUERY", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The characters of RFC 3986 {@code query}: pchar, {@code /} and {@code ?}.\n")
                        .initializer("PATH | QUESTION").build(),
                FieldSpec.builder(int.class, "FRAGMENT", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The characters of RFC 3986 {@code fragment}, the same as a query's; a separate value marks the part.\n")
                        .initializer("QUERY | 128").build(),
                FieldSpec.builder(byte[].class, "URI_CHARACTERS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The classes of each ASCII character, as a bit set of the constants above.\n")
                        .initializer("uriCharacters()")
                        .build());
    }

    static List<MethodSpec> emit() {
        return List.of(
                check(KnownFormat.URI).addStatement("return isReference(value, true)").build(),
                check(KnownFormat.URI_REFERENCE).addStatement("return isReference(value, false)").build(),
                helper("isReference", "A URI-reference; with {@code absolute}, a URI (one with a scheme). One pass over the text.")
                        .addParameter(String.class, "value")
                        .addParameter(boolean.class, "absolute")
                        .addCode("""
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
                                """)
                        .build(),
                helper("isPort", "True when there is no port colon ({@code colon < 0}) or only digits follow it up to {@code end}.")
                        .addParameter(String.class, "value")
                        .addParameter(int.class, "colon")
                        .addParameter(int.class, "end")
                        .addCode("""
                                for (int i = colon + 1; colon >= 0 && i < end; i++) {
                                  if (!isDigit(value.charAt(i))) {
                                    return false;
                                  }
                                }
                                return true;
                                """)
                        .build(),
                helper("isLetter", "An ASCII letter.")
                        .addParameter(char.class, "c")
                        .addStatement("return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')")
                        .build(),
                helper("isAuthority", "An RFC 3986 authority in {@code value[from, to)}: {@code [userinfo@]host[:port]}; the careful path, taken for IP literals.")
                        .addParameter(String.class, "value")
                        .addParameter(int.class, "from")
                        .addParameter(int.class, "to")
                        .addCode("""
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
                                  if (c == '%' || !isComponent(literal, i, i + 1, UNRESERVED | SUB_DELIMS | COLON)) {
                                    return false;
                                  }
                                }
                                return true;
                                """)
                        .build(),
                helper("isComponent", "True when {@code value[from, to)} has only {@code %XX} escapes and characters of the {@code allowed} classes.")
                        .addParameter(String.class, "value")
                        .addParameter(int.class, "from")
                        .addParameter(int.class, "to")
                        .addParameter(int.class, "allowed")
                        .addCode("""
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
                                """)
                        .build(),
                MethodSpec.methodBuilder("uriCharacters")
                        .addJavadoc("Builds {@link #URI_CHARACTERS}.\n")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(byte[].class)
                        .addCode("""
                                byte[] classes = new byte[128];
                                for (char c = 0; c < 128; c++) {
                                  if (isAlphanumeric(c) || "-._~".indexOf(c) >= 0) {
                                    classes[c] |= UNRESERVED;
                                  }
                                  if ("!$$&'()*+,;=".indexOf(c) >= 0) {
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
                                """)
                        .build(),
                helper("find", "The index of {@code c} in {@code value[from, to)}, or -1.")
                        .returns(int.class)
                        .addParameter(String.class, "value")
                        .addParameter(char.class, "c")
                        .addParameter(int.class, "from")
                        .addParameter(int.class, "to")
                        .addCode("""
                                for (int i = from; i < to; i++) {
                                  if (value.charAt(i) == c) {
                                    return i;
                                  }
                                }
                                return -1;
                                """)
                        .build());
    }

    private static FieldSpec characterClass(String name, int bit, String javadoc) {
        return FieldSpec.builder(int.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", javadoc)
                .initializer("$L", bit)
                .build();
    }

    private static FieldSpec constant(String name, String value, String javadoc) {
        return FieldSpec.builder(String.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", javadoc)
                .initializer("$S", value)
                .build();
    }
}
