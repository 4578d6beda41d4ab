package io.github.oxencodegen.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The answer as far as it came, whichever way the HTTP client reports a body that broke off. */
class AnswerTest {
    private static final byte[] START = "{\n  \"id\": \"flux-2-dev\",\n  \"request_sch".getBytes(StandardCharsets.UTF_8);

    private static HttpResponse.ResponseInfo okWithLength(long length) {
        HttpHeaders headers = HttpHeaders.of(Map.of("Content-Length", List.of(Long.toString(length))), (name, value) -> true);
        return new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return 200;
            }

            @Override
            public HttpHeaders headers() {
                return headers;
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }

    @Test
    void aBodyThatBreaksOffCompletesTheAnswerWithTheBreakage() {
        Answer.Collector collector = new Answer.Collector();
        HttpResponse.BodySubscriber<Answer> body = collector.apply(okWithLength(500));
        body.onNext(List.of(ByteBuffer.wrap(START)));
        IOException cut = new IOException("fixed content-length: 500, bytes received: " + START.length);

        body.onError(cut);

        Answer answer = body.getBody().toCompletableFuture().join();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.bytes()).isEqualTo(START);
        assertThat(answer.breakage()).isSameAs(cut);
        assertThat(answer.describeBreak()).isEqualTo("the body broke off after " + START.length
                + " bytes of the 500 announced by Content-Length, at line 3, column 15 (" + cut + ")");
    }

    @Test
    void aBreakageReportedAsAFailedExchangeStillGivesTheAnswerSoFar() {
        Answer.Collector collector = new Answer.Collector();
        collector.apply(okWithLength(500)).onNext(List.of(ByteBuffer.wrap(START)));
        IOException cut = new IOException("connection reset");

        assertThat(collector.brokenOff(cut)).hasValueSatisfying(answer -> {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.bytes()).isEqualTo(START);
            assertThat(answer.isComplete()).isFalse();
        });
    }

    @Test
    void aFailureBeforeAnyResponseHasNoAnswer() {
        assertThat(new Answer.Collector().brokenOff(new IOException("refused"))).isEmpty();
    }
}
