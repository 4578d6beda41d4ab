package io.github.oxencodegen.codegen.validator;

import io.github.oxencodegen.codegen.support.KnownFormat;
import io.github.oxencodegen.codegen.text.JavaCode;
import io.github.oxencodegen.schema.SchemaException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code minLength} and {@code maxLength} (in code points, so an emoji is one character),
 * {@code pattern} (a {@code java.util.regex} search anywhere in the string, compiled once) and
 * {@code format} (the {@link KnownFormat}s; other formats are annotations).
 */
final class StringKeywords {
    private StringKeywords() {}

    static List<AssertionGroup> emit(SchemaContext context) throws SchemaException {
        SchemaValues values = context.values();
        long min = values.count("minLength");
        long max = values.count("maxLength");
        String regex = values.string("pattern");
        String formatName = values.string("format");
        Optional<KnownFormat> format = formatName == null ? Optional.empty() : KnownFormat.of(formatName);
        if (min <= 0 && max < 0 && regex == null && format.isEmpty()) {
            return List.of();
        }
        String text = context.local("text");
        String length = context.local("length");
        JavaCode.Builder fast = JavaCode.builder().addStatement("$T $N = node.textValue()", String.class, text);
        JavaCode.Builder collect = JavaCode.builder().addStatement("$T $N = node.textValue()", String.class, text);
        if (min > 0 || max >= 0) {
            collect.addStatement("int $N = $N.codePointCount(0, $N.length())", length, text, text);
        }
        if (min > 0) {
            fast.beginControlFlow("if ($N.length() < $L || $N.codePointCount(0, $N.length()) < $L)", text, min, text, text, min)
                    .addStatement("return false").endControlFlow();
            collect.beginControlFlow("if ($N < $L)", length, min)
                    .add(context.violation(PathExpr.HERE, "minLength",
                            JavaCode.of("$L + $N", JavaText.literal("must be at least " + Messages.count(min, "character") + " long, has "), length)))
                    .endControlFlow();
        }
        if (max >= 0) {
            fast.beginControlFlow("if ($N.length() > $L && $N.codePointCount(0, $N.length()) > $L)", text, max, text, text, max)
                    .addStatement("return false").endControlFlow();
            collect.beginControlFlow("if ($N > $L)", length, max)
                    .add(context.violation(PathExpr.HERE, "maxLength",
                            JavaCode.of("$L + $N", JavaText.literal("must be at most " + Messages.count(max, "character") + " long, has "), length)))
                    .endControlFlow();
        }
        if (regex != null) {
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw context.fail("pattern", "is not a valid java.util.regex regular expression: " + e.getDescription());
            }
            String field = context.constants().pattern(regex, values.at("pattern"));
            fast.beginControlFlow("if (!$N.matcher($N).find())", field, text).addStatement("return false").endControlFlow();
            collect.beginControlFlow("if (!$N.matcher($N).find())", field, text)
                    .add(context.violation(PathExpr.HERE, "pattern", "must match the pattern " + Messages.value(values.get("pattern"))))
                    .endControlFlow();
        }
        if (format.isPresent()) {
            KnownFormat known = format.get();
            JavaCode failure = JavaCode.of("!$T.$N($N)", context.support().jsonFormats(), known.method(), text);
            fast.beginControlFlow("if ($L)", failure).addStatement("return false").endControlFlow();
            collect.beginControlFlow("if ($L)", failure)
                    .add(context.violation(PathExpr.HERE, "format", "must be " + known.description()))
                    .endControlFlow();
        }
        return List.of(new AssertionGroup(Guard.STRING, List.of(new Assertion(fast.build(), collect.build()))));
    }
}
