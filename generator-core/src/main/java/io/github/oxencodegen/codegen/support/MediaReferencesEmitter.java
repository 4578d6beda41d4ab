package io.github.oxencodegen.codegen.support;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code MediaReferences}, the check behind Oxen's {@code x-media-references}: a prompt such as
 * "Image 1 walks through the garden of Image 3" refers to items of a sibling array property, and an
 * item number that does not exist there is a violation at the prompt. The scan is hand-written (no
 * regular expression, no allocation on text that passes, one pass for all groups of a prompt)
 * because it runs on every prompt.
 */
final class MediaReferencesEmitter {
    private MediaReferencesEmitter() {}

    static TypeSpec emit(SupportTypes types) {
        ClassName self = types.mediaReferences();
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        One group of Oxen's {@code x-media-references}: a prompt refers to the n-th item of a sibling
                        array property ({@code field}) with a pattern such as {@code Image {n}}. A mention is a whole
                        run of ASCII digits ({@code Image 30} is item 30, never 3) with the pattern's text before
                        {@code {n}} right before it and the text after right after it; ASCII letters of the pattern
                        match in either case, any whitespace in it matches any run of whitespace or none
                        ({@code Image 3}, {@code image3} and {@code @Image3} all refer to item 3), every other
                        character matches itself. Items are numbered from 1; an absent or null sibling has none, and
                        a sibling that is not an array is left to its own type check. Used by the generated validators.
                        """)
                .addField(String.class, "field", Modifier.PRIVATE, Modifier.FINAL)
                .addField(String.class, "pattern", Modifier.PRIVATE, Modifier.FINAL)
                .addField(FieldSpec.builder(String[].class, "before", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("The parts before {@code {n}}: literal text, or \"\" for optional whitespace.\n").build())
                .addField(FieldSpec.builder(String[].class, "after", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("The parts after {@code {n}}, as {@link #before}.\n").build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(String.class, "field")
                        .addParameter(String.class, "pattern")
                        .addStatement("this.field = field")
                        .addStatement("this.pattern = pattern")
                        .addStatement("int at = pattern.indexOf($S)", "{n}")
                        .addStatement("this.before = parts(pattern.substring(0, at))")
                        .addStatement("this.after = parts(pattern.substring(at + 3))")
                        .build())
                .addMethod(MethodSpec.methodBuilder("compile")
                        .addJavadoc("The group referring to items of {@code field} with a pattern such as {@code Image {n}}, which must contain {@code {n}} once.\n\n"
                                + "@param field the wire name of the sibling array\n@param pattern the pattern, with {@code {n}}\n@return the group\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(self)
                        .addParameter(String.class, "field")
                        .addParameter(String.class, "pattern")
                        .addCode("""
                                int at = pattern.indexOf("{n}");
                                if (at < 0 || pattern.indexOf("{n}", at + 3) >= 0) {
                                  throw new IllegalArgumentException("a media reference pattern needs {n} exactly once: " + pattern);
                                }
                                return new $T(field, pattern);
                                """, self)
                        .build())
                .addMethod(MethodSpec.methodBuilder("allExist")
                        .addJavadoc("True when every item {@code text} mentions, by any of the {@code groups}, exists in the group's field of {@code parent}.\n\n"
                                + "@param text the prompt\n@param parent the object holding the prompt and its siblings\n"
                                + "@param groups the groups\n@return whether every mentioned item exists\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(boolean.class)
                        .addParameter(String.class, "text")
                        .addParameter(ClassNames.JSON_NODE, "parent")
                        .addParameter(ParameterizedTypeName.get(ClassNames.LIST, self), "groups")
                        .addCode("""
                                int length = text.length();
                                int digits = nextDigit(text, 0);
                                while (digits < length) {
                                  int end = digits + 1;
                                  while (end < length && isDigit(text.charAt(end))) {
                                    end++;
                                  }
                                  for (int g = 0; g < groups.size(); g++) {
                                    $T group = groups.get(g);
                                    if (group.mentions(text, digits, end)) {
                                      int count = count(parent.get(group.field));
                                      if (count >= 0 && !exists(text, digits, end, count)) {
                                        return false;
                                      }
                                    }
                                  }
                                  digits = nextDigit(text, end);
                                }
                                return true;
                                """, self)
                        .build())
                .addMethod(MediaReferencesScan.check(types))
                .addMethods(MediaReferencesScan.helpers())
                .build();
    }

    /** {@code List<Violation>}. */
    static ParameterizedTypeName violations(SupportTypes types) {
        return ParameterizedTypeName.get(ClassNames.LIST, types.violation());
    }
}
