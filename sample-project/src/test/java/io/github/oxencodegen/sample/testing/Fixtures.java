package io.github.oxencodegen.sample.testing;

import io.github.oxencodegen.fake.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The recorded Oxen responses copied into {@code src/test/resources/oxen}. */
public final class Fixtures {
    private Fixtures() {}

    /** The text of {@code oxen/<path>}, such as {@code generation/queue-get-succeeded.json}. */
    public static String text(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/oxen/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture oxen/" + path + " on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 200 with the recorded response {@code oxen/<path>}, for the fake Oxen. */
    public static Reply recorded(String path) {
        return Reply.json(200, text(path));
    }
}
