package io.github.oxencodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's supported-keyword table is the {@link Keyword} enum, row for row. */
class KeywordTableTest {
    private static final String START = "<!-- keywords:start -->";
    private static final String END = "<!-- keywords:end -->";

    static String render() {
        StringBuilder table = new StringBuilder("| keyword | handling | notes |\n|---|---|---|\n");
        for (Keyword keyword : Keyword.values()) {
            table.append("| `").append(keyword.jsonName()).append("` | ")
                    .append(keyword.handling().name().toLowerCase(Locale.ROOT)).append(" | ")
                    .append(keyword.note()).append(" |\n");
        }
        return table.toString();
    }

    @Test
    void theReadmeTableListsExactlyTheKeywordsOfTheCode() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("README.md has the marker " + START).isNotNegative();
        assertThat(end).as("README.md has the marker " + END).isGreaterThan(start);
        String table = readme.substring(start + START.length(), end).strip() + "\n";
        assertThat(table).as("README keyword table; the expected text is rendered from the Keyword enum").isEqualTo(render());
    }

    @Test
    void everyKeywordHasADistinctJsonName() {
        assertThat(java.util.Arrays.stream(Keyword.values()).map(Keyword::jsonName).distinct().count())
                .isEqualTo(Keyword.values().length);
    }
}
