package io.github.oxencodegen.runtime;

/**
 * Receives what {@link OxenClient#events} hears, on the subscription's own thread, one call at a time.
 * Only {@link #onEvent} must be written; an exception it throws is dropped and the stream read on.
 */
@FunctionalInterface
public interface EventListener {
    /** Every event of every type, in the order Oxen sent them: ignore the types you do not need. */
    void onEvent(OxenEvent event);

    /** The stream is open (again): from now on no event is lost until {@link #onDisconnected}. */
    default void onConnected() {}

    /** The stream ended or broke; it reconnects by itself, unless closed. Events sent meanwhile are lost. */
    default void onDisconnected(OxenException why) {}
}
