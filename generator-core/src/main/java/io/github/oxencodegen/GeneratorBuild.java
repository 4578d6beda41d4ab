package io.github.oxencodegen;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Which generator produced an output, as build fingerprints record it. For a release it is the
 * version: the same version is the same code. A {@code -SNAPSHOT} version is rebuilt under the same
 * name, so its identity also carries the size and modification time of the jar the generator was
 * loaded from (one file-system lookup, no reading): a rebuilt snapshot plugin regenerates instead of
 * keeping what the old code wrote. Loaded from a folder of classes (tests, an IDE), a snapshot is
 * known by its version alone.
 */
public final class GeneratorBuild {
    /** The identity of the generator in this JVM. */
    public static final String IDENTITY = of(Generator.VERSION, codeLocation());

    private GeneratorBuild() {}

    /** The identity of generator code of {@code version} loaded from {@code codeLocation} (null when unknown). */
    static String of(String version, Path codeLocation) {
        if (!version.endsWith("-SNAPSHOT") || codeLocation == null) {
            return version;
        }
        try {
            BasicFileAttributes jar = Files.readAttributes(codeLocation, BasicFileAttributes.class);
            if (!jar.isRegularFile()) {
                return version;
            }
            return version + " (" + codeLocation.getFileName() + ", " + jar.size() + " bytes, modified "
                    + jar.lastModifiedTime().toMillis() + ")";
        } catch (IOException e) {
            return version;
        }
    }

    private static Path codeLocation() {
        try {
            URL location = Generator.class.getProtectionDomain().getCodeSource().getLocation();
            return location == null ? null : Path.of(location.toURI());
        } catch (SecurityException | URISyntaxException | IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
