package io.github.oxencodegen.maven;

import java.io.File;

/**
 * One {@code <overlay>} of the plugin configuration: a JSON Merge Patch (RFC 7396) applied to a model's
 * request schema before generation, to add what Oxen documents only in prose (length limits, cross-field
 * rules).
 *
 * <pre>{@code
 * <overlay>
 *   <model>wan-v2-7-reference-to-video</model>
 *   <file>src/main/oxen/overlays/wan-v2-7-reference-to-video.json</file>
 * </overlay>
 * }</pre>
 */
public class Overlay {
    /** The id of the model whose request schema the patch applies to. */
    private String model;

    /** The merge patch file; a relative path is taken from the project's base directory. */
    private File file;

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public File getFile() {
        return file;
    }

    public void setFile(File file) {
        this.file = file;
    }
}
