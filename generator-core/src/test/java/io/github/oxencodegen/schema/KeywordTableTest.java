package io.github.oxencodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The {@link Keyword} registry is complete and the README's keyword table is rendered from it, row
 * for row. Run with {@code -Doxen.readme.update=true} to rewrite the table in README.md.
 */
class KeywordTableTest {
    private static final String START = "<!-- keywords:start -->";
    private static final String END = "<!-- keywords:end -->";
    private static final Path README = Path.of("..", "README.md");

    static String render() {
        StringBuilder table = new StringBuilder("| keyword | from | handling | notes |\n|---|---|---|---|\n");
        for (Keyword keyword : Keyword.values()) {
            table.append("| `").append(keyword.jsonName()).append("` | ")
                    .append(keyword.origin().label()).append(" | ")
                    .append(keyword.handling().name().toLowerCase(Locale.ROOT)).append(" | ")
                    .append(keyword.note()).append(" |\n");
        }
        return table.toString();
    }

    @Test
    void theReadmeTableListsExactlyTheRowsOfTheRegistry() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("README.md has the marker " + START).isNotNegative();
        assertThat(end).as("README.md has the marker " + END).isGreaterThan(start);
        if (Boolean.getBoolean("oxen.readme.update")) {
            readme = readme.substring(0, start + START.length()) + "\n" + render() + readme.substring(end);
            Files.writeString(README, readme, StandardCharsets.UTF_8);
            end = readme.indexOf(END);
        }
        String table = readme.substring(start + START.length(), end).strip() + "\n";
        assertThat(table).as("README keyword table; rendered from the Keyword registry (rerun with -Doxen.readme.update=true)")
                .isEqualTo(render());
    }

    @Test
    void everyKeywordHasExactlyOneRow() {
        assertThat(Arrays.stream(Keyword.values()).map(Keyword::jsonName).distinct().count())
                .isEqualTo(Keyword.values().length);
        for (Keyword keyword : Keyword.values()) {
            assertThat(Keyword.of(keyword.jsonName())).contains(keyword);
        }
    }

    @Test
    void everyKeywordOfTheDraft07MetaSchemaHasARowThatHonoursIt() throws Exception {
        JsonNode meta;
        try (InputStream in = MetaSchemaCheck.class.getResourceAsStream("draft-07-schema.json")) {
            meta = new ObjectMapper().readTree(in);
        }
        List<String> missing = new ArrayList<>();
        meta.path("properties").fieldNames().forEachRemaining(name -> {
            if (Keyword.of(name).filter(k -> k.handling() != Keyword.Handling.UNSUPPORTED).isEmpty()) {
                missing.add(name);
            }
        });
        assertThat(missing).as("draft-07 keywords without a supported row").isEmpty();
    }

    @Test
    void everyKeyTheWalkerDescendsIntoHasARow() {
        List<String> keys = new ArrayList<>(SchemaWalker.SINGLE);
        keys.addAll(SchemaWalker.ARRAYS);
        keys.addAll(SchemaWalker.MAPS);
        for (String key : keys) {
            assertThat(Keyword.of(key)).as(key).isPresent();
        }
    }

    @Test
    void everyVendorKeyOxenPublishesIsAKnownVendorRowAndOnlyMediaReferencesValidates() {
        // the vendor keys seen in Oxen's published request schemas
        for (String key : List.of("basic", "x-order", "x-next-to", "x-hidden", "x-workbench-default", "x-media-references",
                "x-bounding-boxes", "renderType")) {
            Keyword keyword = Keyword.of(key).orElseThrow();
            assertThat(keyword.origin()).as(key).isEqualTo(Keyword.Origin.VENDOR);
            assertThat(keyword.validates()).as(key).isEqualTo(key.equals("x-media-references"));
        }
        assertThat(Keyword.of("x-message")).get().extracting(Keyword::origin, Keyword::validates)
                .containsExactly(Keyword.Origin.VENDOR, false);
    }

    @Test
    void unknownVendorKeysConstrainNothingButUnknownKeywordsAreNotAssumedHarmless() {
        assertThat(Keyword.constrainsNothing("x-something-new")).isTrue();
        assertThat(Keyword.constrainsNothing("X-Upper")).isTrue();
        assertThat(Keyword.constrainsNothing("x-media-references")).isFalse();
        assertThat(Keyword.constrainsNothing("title")).isTrue();
        assertThat(Keyword.constrainsNothing("definitions")).isTrue();
        assertThat(Keyword.constrainsNothing("discriminator")).isFalse();
        assertThat(Keyword.constrainsNothing("unevaluatedProperties")).isFalse();
        assertThat(Keyword.constrainsNothing("minimum")).isFalse();
    }
}
