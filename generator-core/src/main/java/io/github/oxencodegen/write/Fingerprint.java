package io.github.oxencodegen.write;

import io.github.oxencodegen.GeneratorOptions;
import io.github.oxencodegen.codegen.support.JacksonDialect;
import io.github.oxencodegen.schema.ModelInput;
import io.github.oxencodegen.io.AtomicFiles;
import io.github.oxencodegen.schema.CanonicalJson;
import io.github.oxencodegen.schema.ModelDocument;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SHA-256 over everything a generation reads: the generator's version, its options, and for each model
 * (in order) its id, endpoint, request schema in canonical form, overlay in canonical form and overlay
 * file (generated Javadoc names it). Equal fingerprints mean the generator would produce the same
 * files, so a build whose fingerprint matches the stored one, and whose output is intact, has nothing
 * to do. Where the contract came from (a URL or a snapshot file) is left out: the same contract
 * generates the same code whether it was fetched or read from the snapshot.
 *
 * <p>The stored fingerprint is promoted only after a successful write; a build that starts writing
 * first {@linkplain #deleteAt(Path) removes} it, so an interrupted build is never taken for a finished one.
 *
 * @param sha256 lower-case hex digest
 */
public record Fingerprint(String sha256) {
    /** Name of the file, in the output folder, where the fingerprint of the last successful write is kept. */
    public static final String FILE_NAME = ".oxen-fingerprint";

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public Fingerprint {
        if (!HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a hex SHA-256: " + sha256);
        }
    }

    /**
     * Written out rather than generated: a record's generated {@code equals} is bootstrapped through
     * {@code invokedynamic} on first use, which costs tens of milliseconds in a cold JVM such as Maven's,
     * on the path of a build that has nothing to do.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint that && sha256.equals(that.sha256);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    /** The fingerprint of a generation of {@code models} with {@code options} by generator {@code version}. */
    public static Fingerprint of(String generatorVersion, GeneratorOptions options, List<ModelInput> models) {
        MessageDigest digest = newDigest();
        field(digest, "oxen-codegen fingerprint v1");
        field(digest, generatorVersion);
        field(digest, options.basePackage());
        if (!options.client()) {
            field(digest, "without the client");
        }
        if (options.plainBuilders()) {
            field(digest, "plain builders");
        }
        if (options.jackson() != JacksonDialect.JACKSON_2) {
            // only a dialect other than the first one counts, so fingerprints from before the setting stay valid
            field(digest, "jackson " + options.jackson().setting());
        }
        for (ModelInput model : models) {
            ModelDocument document = model.document();
            field(digest, document.id());
            field(digest, document.endpoint());
            field(digest, document.hasRequestSchema() ? CanonicalJson.toText(document.requestSchema()) : null);
            field(digest, model.overlay() == null ? null : CanonicalJson.toText(model.overlay()));
            field(digest, model.overlaySource());
        }
        return new Fingerprint(HexFormat.of().formatHex(digest.digest()));
    }

    /** The fingerprint stored in {@code file}, or empty when there is none or it is unreadable. */
    public static Optional<Fingerprint> readFrom(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        return HEX.matcher(text).matches() ? Optional.of(new Fingerprint(text)) : Optional.empty();
    }

    /** Stores this fingerprint in {@code file}, atomically. */
    public void writeTo(Path file) throws IOException {
        AtomicFiles.write(file, (sha256 + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** Removes a stored fingerprint, so that the output counts as stale until the next successful write. */
    public static void deleteAt(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    // Each field is length-prefixed (with -1 for null), so that no two different inputs hash alike.
    private static void field(MessageDigest digest, String value) {
        if (value == null) {
            digest.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
