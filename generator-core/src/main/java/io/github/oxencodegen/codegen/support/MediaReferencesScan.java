package io.github.oxencodegen.codegen.support;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The scanning half of {@code MediaReferences}: reporting missing items, and the private helpers that
 * split a pattern into parts and match it at a position.
 */
final class MediaReferencesScan {
    private MediaReferencesScan() {}

    static MethodSpec check(SupportTypes types) {
        ClassName self = types.mediaReferences();
        return MethodSpec.methodBuilder("check")
                .addJavadoc("Adds one violation at {@code path} per group and distinct item number {@code text} mentions that the group's field of {@code parent} lacks.\n\n"
                        + "@param text the prompt\n@param parent the object holding the prompt and its siblings\n@param groups the groups\n"
                        + "@param path the prompt's location\n@param out where the violations go\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(String.class, "text")
                .addParameter(ClassNames.JSON_NODE, "parent")
                .addParameter(ParameterizedTypeName.get(ClassNames.LIST, self), "groups")
                .addParameter(types.instancePath(), "path")
                .addParameter(MediaReferencesEmitter.violations(types), "out")
                .addCode("""
                        $T<String> reported = new $T<>();
                        int length = text.length();
                        int digits = nextDigit(text, 0);
                        while (digits < length) {
                          int end = digits + 1;
                          while (end < length && isDigit(text.charAt(end))) {
                            end++;
                          }
                          for (int g = 0; g < groups.size(); g++) {
                            $T group = groups.get(g);
                            int count = count(parent.get(group.field));
                            if (!group.mentions(text, digits, end) || count < 0 || exists(text, digits, end, count)) {
                              continue;
                            }
                            String number = text.substring(digits, end).replaceFirst("^0+(?=[0-9])", "");
                            if (reported.contains(g + ":" + number)) {
                              continue;
                            }
                            reported.add(g + ":" + number);
                            String name = group.pattern.trim().replaceAll("\\\\s+", " ").replace("{n}", number);
                            String message = number.equals("0")
                                ? "refers to " + name + ", but the items of " + group.field + " are numbered from 1"
                                : "refers to " + name + ", but " + group.field + " has "
                                    + (count == 0 ? "no items" : count == 1 ? "1 item" : count + " items");
                            out.add(new $T(path.pointer(), $S, message));
                          }
                          digits = nextDigit(text, end);
                        }
                        """, ClassNames.LIST, ClassName.get("java.util", "ArrayList"), self, types.violation(), "x-media-references")
                .build();
    }

    static List<MethodSpec> helpers() {
        return List.of(
                MethodSpec.methodBuilder("mentions")
                        .addJavadoc("True when the digits in {@code text[digits, end)} are a mention of this group.\n")
                        .addModifiers(Modifier.PRIVATE)
                        .returns(boolean.class)
                        .addParameter(String.class, "text")
                        .addParameter(int.class, "digits")
                        .addParameter(int.class, "end")
                        .addStatement("return endsWith(text, digits) && match(text, end, after) >= 0")
                        .build(),
                MethodSpec.methodBuilder("count")
                        .addJavadoc("The number of items of a sibling: 0 when absent or null, -1 when it is not an array.\n")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(int.class)
                        .addParameter(ClassNames.JSON_NODE, "sibling")
                        .addCode("""
                                if (sibling == null || sibling.isNull()) {
                                  return 0;
                                }
                                return sibling.isArray() ? sibling.size() : -1;
                                """)
                        .build(),
                MethodSpec.methodBuilder("endsWith")
                        .addJavadoc("True when the text before {@code end} ends with the pattern's text before {@code {n}}.\n")
                        .addModifiers(Modifier.PRIVATE)
                        .returns(boolean.class)
                        .addParameter(String.class, "text")
                        .addParameter(int.class, "end")
                        .addCode("""
                                int i = end;
                                for (int p = before.length - 1; p >= 0; p--) {
                                  String part = before[p];
                                  if (part.isEmpty()) {
                                    while (i > 0 && isSpace(text.charAt(i - 1))) {
                                      i--;
                                    }
                                    continue;
                                  }
                                  i -= part.length();
                                  if (i < 0 || !literalAt(text, i, part)) {
                                    return false;
                                  }
                                }
                                return true;
                                """)
                        .build(),
                MethodSpec.methodBuilder("match")
                        .addJavadoc("Where {@code parts} end when matched at {@code at}, or -1.\n")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(int.class)
                        .addParameter(String.class, "text")
                        .addParameter(int.class, "at")
                        .addParameter(String[].class, "parts")
                        .addCode("""
                                int i = at;
                                for (String part : parts) {
                                  if (part.isEmpty()) {
                                    while (i < text.length() && isSpace(text.charAt(i))) {
                                      i++;
                                    }
                                    continue;
                                  }
                                  if (!literalAt(text, i, part)) {
                                    return -1;
                                  }
                                  i += part.length();
                                }
                                return i;
                                """)
                        .build(),
                MethodSpec.methodBuilder("literalAt")
                        .addJavadoc("True when {@code text} has {@code literal} at {@code at}, ASCII letters in either case.\n")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(boolean.class)
                        .addParameter(String.class, "text")
                        .addParameter(int.class, "at")
                        .addParameter(String.class, "literal")
                        .addCode("""
                                if (at + literal.length() > text.length()) {
                                  return false;
                                }
                                for (int k = 0; k < literal.length(); k++) {
                                  char expected = literal.charAt(k);
                                  char actual = text.charAt(at + k);
                                  if (actual != expected && !(isAsciiLetter(expected) && (actual ^ 0x20) == expected)) {
                                    return false;
                                  }
                                }
                                return true;
                                """)
                        .build(),
                MethodSpec.methodBuilder("parts")
                        .addJavadoc("Splits pattern text into literal runs and \"\" for each run of whitespace.\n")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(String[].class)
                        .addParameter(String.class, "text")
                        .addCode("""
                                $T<String> parts = new $T<>();
                                StringBuilder literal = new StringBuilder();
                                for (int i = 0; i < text.length(); i++) {
                                  char c = text.charAt(i);
                                  if (!Character.isWhitespace(c)) {
                                    literal.append(c);
                                    continue;
                                  }
                                  if (literal.length() > 0) {
                                    parts.add(literal.toString());
                                    literal.setLength(0);
                                  }
                                  if (parts.isEmpty() || !parts.get(parts.size() - 1).isEmpty()) {
                                    parts.add("");
                                  }
                                }
                                if (literal.length() > 0) {
                                  parts.add(literal.toString());
                                }
                                return parts.toArray(new String[0]);
                                """, ClassNames.LIST, ClassName.get("java.util", "ArrayList"))
                        .build(),
                MethodSpec.methodBuilder("exists")
                        .addJavadoc("True when the decimal number in {@code text[start, end)} is between 1 and {@code count}.\n")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(boolean.class)
                        .addParameter(String.class, "text")
                        .addParameter(int.class, "start")
                        .addParameter(int.class, "end")
                        .addParameter(int.class, "count")
                        .addCode("""
                                long number = 0;
                                for (int i = start; i < end; i++) {
                                  number = number * 10 + (text.charAt(i) - '0');
                                  if (number > count) {
                                    return false;
                                  }
                                }
                                return number >= 1;
                                """)
                        .build(),
                MethodSpec.methodBuilder("nextDigit")
                        .addJavadoc("""
                                The index of the first ASCII digit in {@code text} at or after {@code from}, or its length.
                                A loop this small is compiled to a fast scan, which is most of what a prompt that passes costs.
                                """)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(int.class)
                        .addParameter(String.class, "text")
                        .addParameter(int.class, "from")
                        .addCode("""
                                int i = from;
                                while (i < text.length() && !isDigit(text.charAt(i))) {
                                  i++;
                                }
                                return i;
                                """)
                        .build(),
                MethodSpec.methodBuilder("isDigit")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(boolean.class)
                        .addParameter(char.class, "c")
                        .addStatement("return c >= '0' && c <= '9'")
                        .build(),
                MethodSpec.methodBuilder("isSpace")
                        .addJavadoc("Whitespace in a prompt: space, tab, line feed, vertical tab, form feed, carriage return.\n")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(boolean.class)
                        .addParameter(char.class, "c")
                        .addStatement("return c == ' ' || (c >= '\\t' && c <= '\\r')")
                        .build(),
                MethodSpec.methodBuilder("isAsciiLetter")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(boolean.class)
                        .addParameter(char.class, "c")
                        .addStatement("return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')")
                        .build());
    }
}
