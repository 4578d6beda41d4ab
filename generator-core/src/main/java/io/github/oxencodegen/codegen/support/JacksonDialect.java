package io.github.oxencodegen.codegen.support;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Jackson major version generated code is written for, and the one place where Jackson 2 and
 * Jackson 3 differ. Everything the generator writes (the emitted models and validators, the copied
 * runtime) is first Jackson 2 code; {@link #translate} turns it into Jackson 3 code with the fixed
 * table below, checked against Jackson 3.3's own sources: the packages {@code com.fasterxml.jackson.core}
 * and {@code .databind} become {@code tools.jackson.core} and {@code .databind} (the annotations of
 * {@code com.fasterxml.jackson.annotation} stay: Jackson 3 reads them), {@code JsonProcessingException}
 * becomes the unchecked {@code JacksonException}, {@code TextNode} {@code StringNode}, and the renamed
 * node accessors their new names with the same results ({@code textValue()} is {@code stringValue(null)},
 * which like Jackson 2's returns {@code null} for a node that is no string). Mappers are made by
 * Jackson 3's builder with Jackson 2's property order ({@code SORT_PROPERTIES_ALPHABETICALLY} off).
 *
 * <p>The Jackson 2 text must keep to forms that translate by renaming: no {@code catch (IOException)}
 * around a Jackson call (catch {@code JsonProcessingException}), no {@code asText()}, {@code fields()},
 * {@code fieldNames()} or {@code elements()}, and a mapper made by {@code new ObjectMapper()} or
 * {@code JsonMapper.builder()}. {@link #translate} refuses code that still holds a Jackson 2 name
 * afterwards, and the tests compile every translated file against Jackson 3 alone with {@code -Werror}.
 * Code and comments are rewritten, string literals never ({@link JavaSourceParts}): a wire value or a
 * schema text that reads like Jackson 2 code stays as it was.
 */
public enum JacksonDialect {
    /** {@code com.fasterxml.jackson.databind}, 2.15 or later: the generated code of the CLI by default. */
    JACKSON_2("2"),
    /** {@code tools.jackson.databind}, 3.0 or later (what Spring Boot 4 uses). */
    JACKSON_3("3");

    /** Jackson 3's builder with Jackson 2's member order: properties in declaration order, not sorted. */
    private static final String JACKSON_3_BUILDER = "tools.jackson.databind.json.JsonMapper.builder()"
            + ".disable(tools.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)";

    /** Jackson 2 text to Jackson 3 text, applied in this order. */
    private static final List<Rule> RULES = List.of(
            // toJson(): Jackson 3's writeValueAsString throws an unchecked exception, nothing to wrap
            new Rule("try \\{\\s*(return MAPPER\\.writeValueAsString\\(this\\);)\\s*\\} catch \\(JsonProcessingException e\\) "
                    + "\\{\\s*throw new UncheckedIOException\\(e\\);\\s*\\}", "$1", true),
            new Rule("com\\.fasterxml\\.jackson\\.core\\.JsonProcessingException\\b", "tools.jackson.core.JacksonException"),
            new Rule("com\\.fasterxml\\.jackson\\.databind\\.node\\.TextNode\\b", "tools.jackson.databind.node.StringNode"),
            new Rule("\\bcom\\.fasterxml\\.jackson\\.core\\.", "tools.jackson.core."),
            new Rule("\\bcom\\.fasterxml\\.jackson\\.databind\\.", "tools.jackson.databind."),
            // simple names only where the Jackson 2 text imports them (a model may have a class TextNode)
            new Rule("(?<![.\\w])JsonProcessingException\\b", "JacksonException", "import com.fasterxml.jackson.core.JsonProcessingException;"),
            new Rule("(?<![.\\w])TextNode\\b", "StringNode", "import com.fasterxml.jackson.databind.node.TextNode;"),
            new Rule("\\bnew ObjectMapper\\(\\)", JACKSON_3_BUILDER + ".build()"),
            new Rule("(?<![.\\w])JsonMapper\\.builder\\(\\)", JACKSON_3_BUILDER),
            new Rule("\\.isTextual\\(\\)", ".isString()"),
            new Rule("\\.textValue\\(\\)", ".stringValue(null)"),
            new Rule("\\.textNode\\(", ".stringNode("));

    /** Jackson 2 names that no Jackson 3 text may hold. */
    private static final Pattern JACKSON_2_LEFT = Pattern.compile(
            "com\\.fasterxml\\.jackson\\.(core|databind)\\b"
            + "|\\.(isTextual|textValue|asText|fields|fieldNames|elements|textNode)\\(");

    /** A use of {@code UncheckedIOException} other than its import (which a translated toJson() may leave unused). */
    private static final Pattern UNCHECKED_IO_USED = Pattern.compile("(?<![.\\w])UncheckedIOException\\b");

    private final String setting;

    JacksonDialect(String setting) {
        this.setting = setting;
    }

    /** How the setting spells this dialect: {@code 2} or {@code 3}. */
    public String setting() {
        return setting;
    }

    /**
     * The dialect a setting names, {@code 2} or {@code 3}.
     *
     * @throws IllegalArgumentException naming the allowed values, for anything else
     */
    public static JacksonDialect of(String setting) {
        String trimmed = setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT);
        for (JacksonDialect dialect : values()) {
            if (dialect.setting.equals(trimmed)) {
                return dialect;
            }
        }
        throw new IllegalArgumentException("jackson must be 2 or 3, not '" + setting + "'");
    }

    /**
     * {@code jackson2Source} (Jackson 2 Java text written by the generator) in this dialect: unchanged
     * for Jackson 2, translated by the rules above for Jackson 3.
     *
     * @throws IllegalStateException when a Jackson 2 name survives the translation (a form the rules
     *                               do not know), naming it: a generator bug, not a user error
     */
    public String translate(String jackson2Source) {
        if (this == JACKSON_2) {
            return jackson2Source;
        }
        // the code and its comments (Javadoc names exception types) are rewritten; string literals never are
        JavaSourceParts parts = JavaSourceParts.of(jackson2Source);
        String text = parts.masked();
        for (Rule rule : RULES) {
            if (rule.onlyIfImported == null || parts.masked().contains(rule.onlyIfImported)) {
                text = rule.pattern.matcher(text).replaceAll(rule.replacement);
            }
        }
        if (!UNCHECKED_IO_USED.matcher(text).find()) {
            text = text.replace("import java.io.UncheckedIOException;\n", "");
        }
        JavaSourceParts translated = JavaSourceParts.of(parts.restore(text));
        Matcher left = JACKSON_2_LEFT.matcher(translated.codeOnly());
        if (left.find()) {
            String code = translated.codeOnly();
            int line = (int) code.substring(0, left.start()).chars().filter(c -> c == '\n').count() + 1;
            throw new IllegalStateException("no Jackson 3 translation for '" + left.group() + "' (line " + line
                    + ": " + translated.restore(code).lines().skip(line - 1).findFirst().orElse("").strip() + ")");
        }
        return parts.restore(text);
    }

    /** A regular expression and its replacement, applied only when the text holds {@code onlyIfImported} (unless null). */
    private record Rule(Pattern pattern, String replacement, String onlyIfImported) {
        Rule(String regex, String replacement) {
            this(Pattern.compile(regex), Matcher.quoteReplacement(replacement), null);
        }

        Rule(String regex, String replacement, String onlyIfImported) {
            this(Pattern.compile(regex), Matcher.quoteReplacement(replacement), onlyIfImported);
        }

        /** A rule whose replacement refers to groups ({@code $1}). */
        Rule(String regex, String replacement, boolean withGroups) {
            this(Pattern.compile(regex), replacement, null);
        }
    }
}
