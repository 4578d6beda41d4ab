package io.github.oxencodegen.runtime;

/**
 * Receives what {@link OxenClient#events} hears, on the subscription's own thread, one call at a time.
 * Only {@link #onEvent} must be written; an exception it throws is dropped and the stream read on.
 */
@FunctionalInterface
public interface EventListener {
    /**
     * Every event of every type, in the order Oxen sent them: ignore the types you do not need.
     *
     * @param event the event, such as one of type {@link OxenEvent#MEDIA_GENERATION_COMPLETED}
     */
    void onEvent(OxenEvent event);

    /** The stream is open (again): from now on no event is lost until {@link #onDisconnected}. */
    default void onConnected() {}

    /**
     * The stream ended or broke; it reconnects by itself, unless closed or refused. Events sent
     * meanwhile are lost. Does nothing unless overridden.
     *
     * @param why what ended it: of kind {@code TRANSPORT} (or {@code TIMEOUT}) when the stream broke
     *            or ended, or the error answer Oxen gave instead of the stream (401, 403 and 404 end
     *            the subscription for good); never {@code null}
     */
    default void onDisconnected(OxenException why) {}
}
