package io.github.oxencodegen.fetch;

import static io.github.oxencodegen.fetch.ProducedFailures.API_KEY;
import static io.github.oxencodegen.fetch.ProducedFailures.fetchFailure;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.testing.Fixtures;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Requests go through the configured proxy, which may ask for credentials of its own. */
class ModelFetcherProxyTest {
    /** Nothing listens here: a request that reaches the model server directly fails. */
    private static final URI UNREACHABLE_DIRECTLY = URI.create("http://localhost:9");

    private final FakeOxen proxy = FakeOxen.start();

    @AfterEach
    void stopServer() {
        proxy.close();
    }

    private FetchSettings throughProxy() {
        InetSocketAddress address = new InetSocketAddress(proxy.baseUrl().getHost(), proxy.baseUrl().getPort());
        return FetchSettings.defaults(UNREACHABLE_DIRECTLY).withApiKey(API_KEY).withMaxRetries(0)
                .withRequestTimeout(Duration.ofSeconds(10)).withProxySelector(ProxySelector.of(address));
    }

    @Test
    void theRequestGoesThroughTheConfiguredProxy() throws Exception {
        proxy.enqueueModel("flux-2-dev", Reply.json(200, Fixtures.path("models/flux-2-dev.json")));

        try (ModelFetcher fetcher = new ModelFetcher(throughProxy(), new RecordingSleeper())) {
            assertThat(fetcher.fetch("flux-2-dev").url()).isEqualTo(URI.create("http://localhost:9/api/ai/models/flux-2-dev"));
        }

        assertThat(proxy.requests()).singleElement()
                .satisfies(request -> assertThat(request.header("Authorization")).contains("Bearer " + API_KEY));
    }

    @Test
    void aProxyThatAsksForCredentialsGetsThemFromTheProxyAuthenticator() throws Exception {
        proxy.enqueueModel("flux-2-dev", Reply.body(407, "text/plain", new byte[0]).withHeader("Proxy-Authenticate", "Basic realm=\"corp\""),
                Reply.json(200, Fixtures.path("models/flux-2-dev.json")));
        Authenticator credentials = new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return getRequestorType() == RequestorType.PROXY
                        ? new PasswordAuthentication("builder", "proxy-secret".toCharArray())
                        : null;
            }
        };

        try (ModelFetcher fetcher = new ModelFetcher(throughProxy().withProxyAuthenticator(credentials),
                new RecordingSleeper())) {
            assertThat(fetcher.fetch("flux-2-dev").modelId()).isEqualTo("flux-2-dev");
        }

        String expected = "Basic " + Base64.getEncoder().encodeToString("builder:proxy-secret".getBytes(StandardCharsets.UTF_8));
        assertThat(proxy.requests()).hasSize(2);
        assertThat(proxy.requests().get(1).header("Proxy-Authorization")).contains(expected);
    }

    @Test
    void aProxyThatAsksForCredentialsWhenNoneAreConfiguredSaysSo() {
        proxy.enqueueModel("flux-2-dev", Reply.body(407, "text/plain", new byte[0]).withHeader("Proxy-Authenticate", "Basic realm=\"corp\""));

        FetchException failure;
        try (ModelFetcher fetcher = new ModelFetcher(throughProxy(), new RecordingSleeper())) {
            failure = fetchFailure(fetcher, "flux-2-dev");
        }

        assertThat(failure.kind()).isEqualTo(FetchException.Kind.UNEXPECTED_STATUS);
        assertThat(failure.status()).isEqualTo(407);
        assertThat(failure.getMessage()).contains(": the proxy answered 407 Proxy Authentication Required."
                + " Give the proxy's user name and password in the proxy settings.");
    }
}
