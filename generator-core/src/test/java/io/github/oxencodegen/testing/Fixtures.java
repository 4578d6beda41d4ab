package io.github.oxencodegen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.oxencodegen.schema.ModelDocument;
import io.github.oxencodegen.schema.ModelDocumentReader;
import io.github.oxencodegen.schema.SchemaException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The Oxen fixtures copied into this module's test resources. */
public final class Fixtures {
    public static final Path ROOT = Path.of("src", "test", "resources", "fixtures");
    public static final String WAN = "wan-v2-7-reference-to-video";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {}

    public static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    /** The bytes of a fixture, such as {@code models/flux-2-dev.json}. */
    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String relative) {
        try {
            return MAPPER.readTree(path(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ModelDocument model(String relative) {
        try {
            return new ModelDocumentReader().read(path(relative)).get(0);
        } catch (SchemaException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The WAN 2.7 reference-to-video documented-limits overlay. */
    public static JsonNode wanOverlay() {
        return json("overlays/" + WAN + ".documented-limits.json");
    }

    /** Every model object file under {@code models/} and {@code real/} (not the evaluations shape). */
    public static List<Path> modelFiles() {
        try (Stream<Path> models = Files.list(path("models")); Stream<Path> real = Files.list(path("real"))) {
            return Stream.concat(models, real)
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().startsWith("evaluations-shape"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
