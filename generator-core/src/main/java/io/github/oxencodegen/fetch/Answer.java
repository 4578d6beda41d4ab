package io.github.oxencodegen.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * What the server sent back, as far as it arrived. When the connection breaks in the middle of the
 * body, the status, the headers and the bytes received so far are kept together with the breakage,
 * so the failure can say where the body broke off rather than only that the connection failed.
 *
 * @param status   the HTTP status
 * @param headers  the response headers
 * @param bytes    every byte of the body received
 * @param breakage why the body ended early; null when it arrived whole
 */
record Answer(int status, HttpHeaders headers, byte[] bytes, Throwable breakage) {

    boolean isComplete() {
        return breakage == null;
    }

    /**
     * Where the body broke off, for a message: how many bytes arrived (of how many announced), and
     * the line and column the text reached.
     */
    String describeBreak() {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String of = headers.firstValueAsLong("Content-Length").stream()
                .mapToObj(announced -> " of the " + announced + " announced by Content-Length")
                .findFirst().orElse("");
        return "the body broke off after " + bytes.length + " bytes" + of + ", at line " + line
                + ", column " + (text.length() - lineStart + 1) + " (" + breakage + ")";
    }

    /**
     * Collects one response into an {@link Answer}. A body that breaks off completes the answer with
     * the breakage; should the HTTP client report the breakage as a failure of the whole exchange
     * instead (it may, depending on timing), {@link #brokenOff} still gives the answer as far as it came.
     */
    static final class Collector implements HttpResponse.BodyHandler<Answer> {
        private volatile HttpResponse.ResponseInfo info;
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private final long maxBytes;

        /** A collector of bodies of any size. */
        Collector() {
            this(Long.MAX_VALUE);
        }

        /** A collector that stops reading past {@code maxBytes}, ending the answer with a {@link TooLarge} breakage. */
        Collector(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public HttpResponse.BodySubscriber<Answer> apply(HttpResponse.ResponseInfo responseInfo) {
            info = responseInfo;
            received.reset();
            return new Subscriber(responseInfo);
        }

        /** The answer as far as it came when the exchange failed with {@code error}; empty if no response began. */
        Optional<Answer> brokenOff(Throwable error) {
            HttpResponse.ResponseInfo started = info;
            return started == null
                    ? Optional.empty()
                    : Optional.of(new Answer(started.statusCode(), started.headers(), received.toByteArray(), error));
        }

        private final class Subscriber implements HttpResponse.BodySubscriber<Answer> {
            private final HttpResponse.ResponseInfo responseInfo;
            private final CompletableFuture<Answer> answer = new CompletableFuture<>();

            Subscriber(HttpResponse.ResponseInfo responseInfo) {
                this.responseInfo = responseInfo;
            }

            @Override
            public CompletionStage<Answer> getBody() {
                return answer;
            }

            private Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                this.subscription = subscription;
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(List<ByteBuffer> buffers) {
                if (answer.isDone()) {
                    return;
                }
                for (ByteBuffer buffer : buffers) {
                    if ((long) received.size() + buffer.remaining() > maxBytes) {
                        subscription.cancel();
                        answer.complete(finished(new TooLarge(maxBytes)));
                        return;
                    }
                    byte[] chunk = new byte[buffer.remaining()];
                    buffer.get(chunk);
                    received.write(chunk, 0, chunk.length);
                }
            }

            @Override
            public void onError(Throwable error) {
                if (answer.isDone()) {
                    return;
                }
                answer.complete(finished(error));
            }

            @Override
            public void onComplete() {
                answer.complete(finished(null));
            }

            private Answer finished(Throwable error) {
                return new Answer(responseInfo.statusCode(), responseInfo.headers(), received.toByteArray(), error);
            }
        }
    }

    /** The breakage of a body that grew past the collector's limit; reading stopped there. */
    static final class TooLarge extends java.io.IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long maxBytes) {
            super("the body is larger than " + maxBytes + " bytes");
        }
    }
}
