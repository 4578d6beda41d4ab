package io.github.oxencodegen.schema;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one canonical text form of a JSON document, used for committed snapshots and for schema
 * hashes: two-space indentation, {@code "name": value}, {@code \n} line endings, a final newline, object members in the
 * order they came in (property order is meaningful to the generator), numbers exactly as parsed,
 * non-ASCII characters written as themselves in UTF-8.
 */
public final class CanonicalJson {
    private static final ObjectWriter WRITER;

    static {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        WRITER = new ObjectMapper()
                .disable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .writer(printer);
    }

    private CanonicalJson() {}

    /** The canonical text of {@code node}, ending in a newline. */
    public static String toText(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The canonical UTF-8 bytes of {@code node}. */
    public static byte[] toBytes(JsonNode node) {
        return toText(node).getBytes(StandardCharsets.UTF_8);
    }

    /** Hex SHA-256 of the canonical bytes of {@code node}. */
    public static String sha256(JsonNode node) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(toBytes(node)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
