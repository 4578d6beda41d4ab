package io.github.oxencodegen.fetch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A GET to Oxen as every fetcher makes it: the client (connect timeout, no redirects followed, the
 * settings' proxy), the request (JSON, user agent, the key when there is one) and one attempt whose
 * request timeout bounds the whole exchange, the body included.
 */
final class OxenGet {
    private OxenGet() {}

    static HttpClient client(FetchSettings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        if (settings.proxySelector() != null) {
            builder.proxy(settings.proxySelector());
        }
        if (settings.proxyAuthenticator() != null) {
            builder.authenticator(settings.proxyAuthenticator());
        }
        return builder.build();
    }

    static HttpRequest request(URI url, FetchSettings settings) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .GET()
                .timeout(settings.requestTimeout())
                .header("Accept", "application/json")
                .header("User-Agent", settings.userAgent());
        if (settings.apiKey() != null) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        return request.build();
    }

    /** One attempt; a body that broke off comes back as what arrived of it. */
    static Answer exchange(HttpClient client, HttpRequest request, Answer.Collector collector, FetchSettings settings)
            throws AttemptFailure, InterruptedException {
        CompletableFuture<HttpResponse<Answer>> pending = client.sendAsync(request, collector);
        try {
            return pending.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS).body();
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw TransportFailures.requestTimedOut(settings.requestTimeout());
        } catch (ExecutionException e) {
            // a body that broke off may be reported as a failure of the whole exchange
            Optional<Answer> brokenOff = collector.brokenOff(e.getCause());
            if (brokenOff.isEmpty()) {
                throw TransportFailures.of(e.getCause(), request.uri(), settings);
            }
            return brokenOff.get();
        } catch (InterruptedException e) {
            pending.cancel(true);
            throw e;
        }
    }
}
