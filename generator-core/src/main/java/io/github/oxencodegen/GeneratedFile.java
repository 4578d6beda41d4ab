package io.github.oxencodegen;

import java.util.Objects;

/**
 * One generated source file, not yet written anywhere.
 *
 * @param relativePath path below the output folder, always with {@code /} separators
 *                     (such as {@code com/acme/oxen/wan_v2_7_reference_to_video/WanV27ReferenceToVideoRequest.java})
 * @param content      the complete file text
 */
public record GeneratedFile(String relativePath, String content) {
    public GeneratedFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(content, "content");
    }
}
