package io.github.oxencodegen.check;

/**
 * A check that cannot be made: an unreadable snapshot or overlay, a contract that cannot be prepared
 * for comparison, a base URL that cannot be used. The message is ready for the user: it names the
 * model and the file or URL concerned and says what went wrong.
 */
public final class CheckException extends Exception {
    private static final long serialVersionUID = 1L;

    public CheckException(String message, Throwable cause) {
        super(message, cause);
    }
}
