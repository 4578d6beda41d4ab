package io.github.oxencodegen.codegen.support;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code MediaReferences}, the check behind Oxen's {@code x-media-references}: a prompt such as
 * "Image 1 walks through the garden of Image 3" refers to items of a sibling array property, and an
 * item number that does not exist there is a violation at the prompt.
 */
final class MediaReferencesEmitter {
    private static final String KEYWORD = "x-media-references";

    private MediaReferencesEmitter() {}

    static TypeSpec emit(SupportTypes types) {
        ClassName pattern = ClassNames.PATTERN;
        ClassName matcher = ClassNames.MATCHER;
        return TypeSpec.classBuilder(types.mediaReferences())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        Oxen's {@code x-media-references}: a prompt refers to the n-th item of a sibling array
                        property with a pattern such as {@code Image {n}}. The pattern matches case-insensitively,
                        whitespace in it matches any whitespace or none ({@code Image 3}, {@code image3} and
                        {@code @Image3} all refer to item 3) and {@code {n}} is a whole decimal number
                        ({@code Image 30} is item 30). Items are numbered from 1. Used by the generated validators.
                        """)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(publicMethod("compile", pattern, "The regular expression for a pattern such as {@code Image {n}}, which must contain {@code {n}} once.")
                        .addParameter(String.class, "reference")
                        .addCode("""
                                int at = reference.indexOf("{n}");
                                if (at < 0 || reference.indexOf("{n}", at + 3) >= 0) {
                                  throw new IllegalArgumentException("a media reference pattern needs {n} exactly once: " + reference);
                                }
                                StringBuilder regex = new StringBuilder();
                                appendLiteral(regex, reference.substring(0, at));
                                regex.append("([0-9]+)");
                                appendLiteral(regex, reference.substring(at + 3));
                                return $T.compile(regex.toString(), $T.CASE_INSENSITIVE | $T.UNICODE_CASE);
                                """, pattern, pattern, pattern)
                        .build())
                .addMethod(publicMethod("count", int.class, "The number of items of the sibling property: 0 when absent or null, -1 when it is not an array (its own type violation says so).")
                        .addParameter(ClassNames.JSON_NODE, "sibling")
                        .addCode("""
                                if (sibling == null || sibling.isNull()) {
                                  return 0;
                                }
                                return sibling.isArray() ? sibling.size() : -1;
                                """)
                        .build())
                .addMethod(publicMethod("allExist", boolean.class, "True when every item the text refers to exists among {@code count} items.")
                        .addParameter(String.class, "text")
                        .addParameter(pattern, "reference")
                        .addParameter(int.class, "count")
                        .addCode("""
                                if (count < 0) {
                                  return true;
                                }
                                $T match = reference.matcher(text);
                                while (match.find()) {
                                  if (!exists(text, match.start(1), match.end(1), count)) {
                                    return false;
                                  }
                                }
                                return true;
                                """, matcher)
                        .build())
                .addMethod(publicMethod("check", void.class, "Adds one violation at {@code path} per distinct item number the text refers to that does not exist.")
                        .addParameter(String.class, "text")
                        .addParameter(pattern, "reference")
                        .addParameter(String.class, "pattern")
                        .addParameter(String.class, "field")
                        .addParameter(int.class, "count")
                        .addParameter(types.instancePath(), "path")
                        .addParameter(ParameterizedTypeName.get(ClassNames.LIST, types.violation()), "out")
                        .addCode("""
                                if (count < 0) {
                                  return;
                                }
                                $T<String> reported = new $T<>();
                                $T match = reference.matcher(text);
                                while (match.find()) {
                                  if (exists(text, match.start(1), match.end(1), count)) {
                                    continue;
                                  }
                                  String number = match.group(1).replaceFirst("^0+(?=[0-9])", "");
                                  if (reported.contains(number)) {
                                    continue;
                                  }
                                  reported.add(number);
                                  String name = pattern.trim().replaceAll("\\s+", " ").replace("{n}", number);
                                  String message = number.equals("0")
                                      ? "refers to " + name + ", but the items of " + field + " are numbered from 1"
                                      : "refers to " + name + ", but " + field + " has " + (count == 0 ? "no items" : count == 1 ? "1 item" : count + " items");
                                  out.add(new $T(path.pointer(), $S, message));
                                }
                                """, ClassNames.LIST, ClassName.get("java.util", "ArrayList"), matcher, types.violation(), KEYWORD)
                        .build())
                .addMethod(MethodSpec.methodBuilder("exists")
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
                        .build())
                .addMethod(MethodSpec.methodBuilder("appendLiteral")
                        .addJavadoc("Appends {@code literal} quoted, each run of whitespace in it as optional whitespace.\n")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(StringBuilder.class, "regex")
                        .addParameter(String.class, "literal")
                        .addCode("""
                                StringBuilder run = new StringBuilder();
                                boolean inSpace = false;
                                for (int i = 0; i < literal.length(); ) {
                                  int c = literal.codePointAt(i);
                                  i += Character.charCount(c);
                                  if (Character.isWhitespace(c)) {
                                    if (!inSpace) {
                                      if (run.length() > 0) {
                                        regex.append($T.quote(run.toString()));
                                        run.setLength(0);
                                      }
                                      regex.append("\\\\s*");
                                      inSpace = true;
                                    }
                                  } else {
                                    run.appendCodePoint(c);
                                    inSpace = false;
                                  }
                                }
                                if (run.length() > 0) {
                                  regex.append($T.quote(run.toString()));
                                }
                                """, pattern, pattern)
                        .build())
                .build();
    }

    private static MethodSpec.Builder publicMethod(String name, Class<?> returns, String javadoc) {
        return MethodSpec.methodBuilder(name).addJavadoc(javadoc + "\n").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(returns);
    }

    private static MethodSpec.Builder publicMethod(String name, ClassName returns, String javadoc) {
        return MethodSpec.methodBuilder(name).addJavadoc(javadoc + "\n").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(returns);
    }
}
