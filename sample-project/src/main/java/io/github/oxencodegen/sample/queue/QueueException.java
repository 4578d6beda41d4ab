package io.github.oxencodegen.sample.queue;

/**
 * Talking to the queue went wrong. The message is one complete line meant for a person (what
 * happened, and the HTTP status or the address involved); it never contains the API key.
 */
public final class QueueException extends Exception {
    private static final long serialVersionUID = 1L;

    public QueueException(String message) {
        super(message);
    }
}
