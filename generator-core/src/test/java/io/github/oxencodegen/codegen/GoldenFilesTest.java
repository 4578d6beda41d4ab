package io.github.oxencodegen.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.GeneratedFile;
import io.github.oxencodegen.GenerationResult;
import io.github.oxencodegen.Generator;
import io.github.oxencodegen.GeneratorOptions;
import io.github.oxencodegen.codegen.support.JacksonDialect;
import io.github.oxencodegen.schema.ModelInput;
import io.github.oxencodegen.schema.ModelDocument;
import io.github.oxencodegen.schema.ModelDocumentReader;
import io.github.oxencodegen.testing.Fixtures;
import io.github.oxencodegen.testing.InMemoryCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each folder under {@code src/test/resources/golden} holds {@code schema.json} (a model
 * object, or a bare schema for the model named like the folder), optionally {@code overlay.json}, and
 * {@code expected/} with every file the generator must produce for the model, byte for byte. The
 * files of the base package itself (the support types and the client, copies of the runtime sources
 * with the package line rewritten) are not kept here: {@code RuntimeCopierTest} holds each copy to
 * its source, so a golden copy would only repeat it. Every case, those files included, is also
 * compiled with {@code -Xlint:all -Werror}. Run with {@code -Doxen.golden.update=true} to rewrite the
 * expected files after an intended change, then review the diff. Each case is generated, compared and
 * compiled in both Jackson dialects, Jackson 3 against Jackson 3 without Jackson 2's databind. A few
 * cases keep Jackson 3 expected files of their own, in {@code src/test/resources/golden-jackson3}, so that a
 * review sees the translated text itself; the others expect their Jackson 2 files as
 * {@link JacksonDialect#translate} rewrites them, instead of a second copy of every case.
 */
class GoldenFilesTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    /** The cases whose Jackson 3 expected files are kept, by case: the same schemas and overlays as {@link #GOLDEN}. */
    static final Path GOLDEN_JACKSON_3 = Path.of("src", "test", "resources", "golden-jackson3");
    static final String PACKAGE = "com.example.golden";

    static List<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every case in each dialect. */
    static Stream<Arguments> casesInBothDialects() throws IOException {
        return Stream.of(JacksonDialect.values()).flatMap(jackson -> {
            try {
                return cases().stream().map(name -> Arguments.of(name, jackson));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("casesInBothDialects")
    void generatedSourcesEqualTheGoldenFilesAndCompileWithoutWarnings(String name, JacksonDialect jackson) throws Exception {
        Path jackson3Case = GOLDEN_JACKSON_3.resolve(name);
        boolean ownFiles = jackson == JacksonDialect.JACKSON_2 || Files.isDirectory(jackson3Case);
        Path dir = jackson == JacksonDialect.JACKSON_2 ? GOLDEN.resolve(name) : ownFiles ? jackson3Case : GOLDEN.resolve(name);
        GenerationResult result = generate(name, jackson);
        List<GeneratedFile> compared = result.files().stream()
                .filter(f -> f.relativePath().substring(PACKAGE.length() + 1).contains("/"))
                .toList();

        Path expected = dir.resolve("expected");
        if (ownFiles && Boolean.getBoolean("oxen.golden.update")) {
            rewrite(expected, compared);
        }
        Map<String, String> actual = new LinkedHashMap<>();
        for (GeneratedFile file : compared) {
            actual.put(file.relativePath(), file.content());
        }
        Map<String, String> golden = read(expected);
        if (!ownFiles) {
            // the Jackson 2 expected files, translated: the cases of golden-jackson3 pin the translation's text itself
            golden.replaceAll((file, text) -> jackson.translate(text));
        }
        assertThat(new TreeSet<>(actual.keySet())).as("generated files of %s", name).isEqualTo(new TreeSet<>(golden.keySet()));
        for (Map.Entry<String, String> file : actual.entrySet()) {
            assertThat(file.getValue()).as("%s/%s (rerun with -Doxen.golden.update=true and review the diff if the change is intended)",
                    name, file.getKey()).isEqualTo(golden.get(file.getKey()));
        }
        Map<String, String> sources = new LinkedHashMap<>();
        for (GeneratedFile file : result.files()) {
            sources.put(file.relativePath().replace(".java", "").replace('/', '.'), file.content());
        }
        InMemoryCompiler.compileSources(sources, jackson);
    }

    /** Generates the golden case {@code name} as the test compares it. */
    static GenerationResult generate(String name) throws Exception {
        return generate(name, JacksonDialect.JACKSON_2);
    }

    /** Generates the golden case {@code name} in {@code jackson}'s dialect. */
    static GenerationResult generate(String name, JacksonDialect jackson) throws Exception {
        Path dir = GOLDEN.resolve(name);
        List<ModelDocument> documents = new ModelDocumentReader().read(dir.resolve("schema.json"), name);
        Path overlayFile = dir.resolve("overlay.json");
        JsonNode overlay = Files.exists(overlayFile) ? Fixtures.json(overlayFile) : null;
        List<ModelInput> inputs = new ArrayList<>();
        for (ModelDocument document : documents) {
            inputs.add(new ModelInput(document, overlay, overlay == null ? null : "overlay.json"));
        }
        return new Generator().generate(new GeneratorOptions(PACKAGE, true, jackson), inputs);
    }

    private static Map<String, String> read(Path expected) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        if (!Files.isDirectory(expected)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(expected)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(expected.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void rewrite(Path expected, List<GeneratedFile> files) throws IOException {
        if (Files.exists(expected)) {
            try (Stream<Path> walk = Files.walk(expected)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (GeneratedFile file : files) {
            Path target = expected.resolve(file.relativePath());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.content(), StandardCharsets.UTF_8);
        }
    }
}
