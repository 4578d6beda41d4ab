package io.github.oxencodegen.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The classpath the tests run with, as a list of existing files. Surefire may start the JVM with a
 * single manifest-only jar whose {@code Class-Path} attribute names the real entries; those are
 * followed. Entries that do not exist are left out, so {@code javac -Xlint:path} has nothing to warn about.
 */
final class TestClasspath {
    private TestClasspath() {}

    static List<String> entries() {
        Set<String> result = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                add(Path.of(entry), result);
            }
        }
        return new ArrayList<>(result);
    }

    private static void add(Path entry, Set<String> result) {
        if (!Files.exists(entry)) {
            return;
        }
        Path absolute = entry.toAbsolutePath().normalize();
        if (!result.add(absolute.toString()) || !absolute.toString().endsWith(".jar")) {
            return;
        }
        for (Path referenced : manifestClassPath(absolute)) {
            add(referenced, result);
        }
    }

    private static List<Path> manifestClassPath(Path jar) {
        List<Path> paths = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath == null) {
                return paths;
            }
            for (String item : classPath.trim().split("\\s+")) {
                paths.add(resolve(jar, item));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest of " + jar, e);
        }
        return paths;
    }

    private static Path resolve(Path jar, String item) {
        try {
            URI uri = new URI(item);
            if (uri.isAbsolute()) {
                return Path.of(uri);
            }
            return Path.of(jar.getParent().toUri().resolve(uri));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return jar.resolveSibling(item);
        }
    }
}
