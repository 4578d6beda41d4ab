package io.github.oxencodegen.testing;

import io.github.oxencodegen.codegen.support.JacksonDialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The class path generated code of a dialect is compiled against: the whole test class path for
 * Jackson 2, and for Jackson 3 only Jackson 3's jars and the annotations it shares with Jackson 2,
 * checked to hold no Jackson 2 databind, so that a Jackson 2 name left in Jackson 3 code fails to compile.
 */
public final class JacksonClasspath {
    private JacksonClasspath() {}

    /** The entries to compile {@code jackson}'s code against. */
    public static List<String> of(JacksonDialect jackson) {
        if (jackson == JacksonDialect.JACKSON_2) {
            return TestClasspath.entries();
        }
        List<String> entries = TestClasspath.entries().stream()
                .filter(entry -> entry.replace('\\', '/').contains("/tools/jackson/")
                        || Path.of(entry).getFileName().toString().startsWith("jackson-annotations-"))
                .toList();
        if (entries.stream().noneMatch(entry -> holds(entry, "tools/jackson/databind/json/JsonMapper.class"))) {
            throw new AssertionError("Jackson 3's databind is not on the test class path: " + entries);
        }
        for (String entry : entries) {
            if (holds(entry, "com/fasterxml/jackson/databind/ObjectMapper.class")) {
                throw new AssertionError("the Jackson 3 class path holds Jackson 2's databind: " + entry);
            }
        }
        return entries;
    }

    private static boolean holds(String entry, String resource) {
        Path path = Path.of(entry);
        if (Files.isDirectory(path)) {
            return Files.exists(path.resolve(resource));
        }
        try (JarFile jar = new JarFile(path.toFile())) {
            return jar.getEntry(resource) != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
