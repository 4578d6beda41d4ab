package io.github.oxencodegen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The printer never imports {@code java.lang}, so generated code names its classes bare, and a
 * generated type of the same simple name in the model's package would take their place (an enum
 * named {@code IllegalArgumentException} made {@code new IllegalArgumentException(...)} refer to
 * the enum). Every {@code java.lang} class the golden files name bare must be a reserved name.
 */
class ReservedTypeNamesTest {
    private static final Pattern COMMENT_OR_LITERAL = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'", Pattern.DOTALL);
    private static final Pattern BARE_TYPE_NAME = Pattern.compile("(?<![.\\w])[A-Z]\\w*");

    @Test
    void everyJavaLangClassTheGeneratedCodeNamesIsReserved() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path root : List.of(Path.of("src/test/resources/golden"), Path.of("src/test/resources/golden-jackson3"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> used.addAll(javaLangNames(file)));
            }
        }
        // the check cannot pass by finding nothing: these are named by every validator and request
        assertThat(used).contains("String", "Override", "IllegalArgumentException", "StringBuilder");
        assertThat(TypeModelBuilder.RESERVED_TYPE_NAMES).containsAll(used);
    }

    private static Set<String> javaLangNames(Path file) {
        String code;
        try {
            code = COMMENT_OR_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll(" ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> names = new TreeSet<>();
        Matcher name = BARE_TYPE_NAME.matcher(code);
        while (name.find()) {
            if (isJavaLangClass(name.group())) {
                names.add(name.group());
            }
        }
        return names;
    }

    private static boolean isJavaLangClass(String simpleName) {
        try {
            Class.forName("java.lang." + simpleName, false, ReservedTypeNamesTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
