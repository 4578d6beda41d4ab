package io.github.oxencodegen.generate;

/**
 * A build that cannot produce sources. The message is ready for the user: it names the model and
 * the file or URL concerned, says what went wrong and how to fix it, and never holds the API key.
 */
public final class BuildException extends Exception {
    private static final long serialVersionUID = 1L;

    public BuildException(String message) {
        super(message);
    }

    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
