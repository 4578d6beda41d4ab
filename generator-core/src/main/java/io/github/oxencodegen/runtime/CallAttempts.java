package io.github.oxencodegen.runtime;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;

/**
 * What one call of {@link OxenHttp} is doing now (an exchange reading its answer, or a retry waiting for
 * its moment), so that a call its caller gave up on stops: the answer's body is no longer read (the
 * HTTP client then closes the connection) and a waiting retry is never sent. A caller gives a call up by
 * cancelling {@link #future()} or any stage built on it, or by failing it from outside (its own
 * {@code orTimeout}); {@link OxenHttp} also stops reading when its own timeout fires.
 */
final class CallAttempts {
    private Future<?> step;
    private Flow.Subscription body;
    private boolean abandoned;

    /** The future the call returns: giving it up, or any stage built on it, abandons the call. */
    <T> CompletableFuture<T> future() {
        return new CallFuture<>(this);
    }

    synchronized boolean abandoned() {
        return abandoned;
    }

    /** Records the call's current step (an exchange, a waiting retry); cancels it at once when the call was given up. */
    void started(Future<?> next) {
        synchronized (this) {
            if (!abandoned) {
                step = next;
                return;
            }
        }
        next.cancel(true);
    }

    /** {@code handler}, with the subscription to each answer's body kept, so that reading can be stopped. */
    <T> HttpResponse.BodyHandler<T> abandonable(HttpResponse.BodyHandler<T> handler) {
        return info -> new Reading<>(handler.apply(info));
    }

    /** Stops reading the current answer's body: the HTTP client closes a connection whose answer was not read to its end. */
    void stopReading() {
        Flow.Subscription reading;
        synchronized (this) {
            reading = body;
            body = null;
        }
        if (reading != null) {
            reading.cancel();
        }
    }

    /** Gives the call up: the current answer is no longer read, the current step is cancelled, no retry follows. */
    void abandon() {
        Future<?> current;
        synchronized (this) {
            abandoned = true;
            current = step;
        }
        stopReading();
        if (current != null) {
            current.cancel(true);
        }
    }

    private synchronized boolean reading(Flow.Subscription subscription) {
        if (abandoned) {
            return false;
        }
        body = subscription;
        return true;
    }

    /** A body subscriber that hands its subscription to the call before passing everything on. */
    private final class Reading<T> implements HttpResponse.BodySubscriber<T> {
        private final HttpResponse.BodySubscriber<T> inner;

        Reading(HttpResponse.BodySubscriber<T> inner) {
            this.inner = inner;
        }

        @Override
        public CompletionStage<T> getBody() {
            return inner.getBody();
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            inner.onSubscribe(subscription);
            if (!reading(subscription)) {
                subscription.cancel();
            }
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            inner.onNext(item);
        }

        @Override
        public void onError(Throwable throwable) {
            inner.onError(throwable);
        }

        @Override
        public void onComplete() {
            inner.onComplete();
        }
    }

    /** The call's future, and every stage built on it: cancelling or failing one from outside abandons the call. */
    private static final class CallFuture<T> extends CompletableFuture<T> {
        private final CallAttempts attempts;

        CallFuture(CallAttempts attempts) {
            this.attempts = attempts;
        }

        @Override
        public <U> CompletableFuture<U> newIncompleteFuture() {
            return new CallFuture<>(attempts);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            attempts.abandon();
            return cancelled;
        }

        @Override
        public boolean completeExceptionally(Throwable failure) {
            boolean failed = super.completeExceptionally(failure);
            attempts.abandon();
            return failed;
        }
    }
}
