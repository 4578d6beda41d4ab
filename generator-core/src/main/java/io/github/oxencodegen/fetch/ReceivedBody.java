package io.github.oxencodegen.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body as far as it arrived. When the connection breaks in the middle of the body the
 * bytes received so far are kept together with the breakage, so the failure can say where the body
 * broke off rather than only that the connection failed.
 *
 * @param bytes    every byte received
 * @param breakage why the body ended early; null when it arrived whole
 */
record ReceivedBody(byte[] bytes, Throwable breakage) {

    boolean isComplete() {
        return breakage == null;
    }

    /**
     * Where the body broke off, for a message: how many bytes arrived (of how many announced), and
     * the line and column the text reached.
     */
    String describeBreak(OptionalLong announcedLength) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String of = announcedLength.isPresent()
                ? " of the " + announcedLength.getAsLong() + " announced by Content-Length"
                : "";
        return "the body broke off after " + bytes.length + " bytes" + of + ", at line " + line
                + ", column " + (text.length() - lineStart + 1) + " (" + breakage + ")";
    }

    /** Collects a body into a {@link ReceivedBody}; never completes exceptionally. */
    static HttpResponse.BodySubscriber<ReceivedBody> collector() {
        return new Collector();
    }

    private static final class Collector implements HttpResponse.BodySubscriber<ReceivedBody> {
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private final CompletableFuture<ReceivedBody> body = new CompletableFuture<>();

        @Override
        public CompletionStage<ReceivedBody> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                received.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable error) {
            body.complete(new ReceivedBody(received.toByteArray(), error));
        }

        @Override
        public void onComplete() {
            body.complete(new ReceivedBody(received.toByteArray(), null));
        }
    }
}
