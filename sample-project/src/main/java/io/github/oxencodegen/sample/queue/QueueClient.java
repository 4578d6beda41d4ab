package io.github.oxencodegen.sample.queue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Oxen's asynchronous queue: {@code POST {baseUrl}/api/ai/queue} to enqueue a request body and
 * {@code GET {baseUrl}/api/ai/queue/{generation_id}} to read one generation, both with
 * {@code Authorization: Bearer <key>}. Refusals, server failures, unreadable answers and network
 * trouble all become a {@link QueueException} with one line of explanation.
 */
public final class QueueClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String baseUrl;
    private final String apiKey;

    /**
     * @param http the client to send with
     * @param baseUrl where Oxen is, such as {@code https://hub.oxen.ai}; a trailing slash is ignored
     * @param apiKey the key sent as a bearer token, never printed
     */
    public QueueClient(HttpClient http, URI baseUrl, String apiKey) {
        this.http = Objects.requireNonNull(http, "http");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl").toString().replaceAll("/+$", "");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    }

    /** Where requests are enqueued. */
    public URI queueUri() {
        return URI.create(baseUrl + "/api/ai/queue");
    }

    /** Where requests are enqueued on the Oxen at {@code baseUrl}; a trailing slash is ignored. */
    public static URI queueUri(URI baseUrl) {
        return URI.create(baseUrl.toString().replaceAll("/+$", "") + "/api/ai/queue");
    }

    /** Where one generation is read. */
    public URI generationUri(String generationId) {
        return URI.create(queueUri() + "/" + URLEncoder.encode(generationId, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /**
     * Enqueues {@code requestBody} (the model's request JSON, {@code "model"} included) and returns
     * the generations Oxen created for it, at least one.
     */
    public List<Generation> enqueue(String requestBody) throws QueueException {
        HttpRequest request = request(queueUri())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(requestBody, StandardCharsets.UTF_8))
                .build();
        JsonNode answer = send(request);
        JsonNode generations = answer.path("generations");
        String expected = "expected {\"generations\":[{\"generation_id\":...}]}, got " + OneLine.excerpt(answer.toString());
        if (!generations.isArray() || generations.isEmpty()) {
            throw unreadable(request, expected);
        }
        List<Generation> created = new ArrayList<>();
        for (JsonNode generation : generations) {
            String id = text(generation, "generation_id").orElseThrow(() -> unreadable(request, expected));
            created.add(new Generation(id, text(generation, "status").orElse(""), Optional.empty(), Optional.empty()));
        }
        return List.copyOf(created);
    }

    /** The current state of the generation {@code generationId}. */
    public Generation get(String generationId) throws QueueException {
        HttpRequest request = request(generationUri(generationId)).GET().build();
        JsonNode answer = send(request);
        Optional<String> status = text(answer, "status");
        if (status.isEmpty()) {
            throw unreadable(request, "expected a generation with a \"status\", got " + OneLine.excerpt(answer.toString()));
        }
        return new Generation(generationId, status.get(), text(answer, "result_url"), text(answer, "error_message").map(OneLine::excerpt));
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + apiKey)
                .header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest request) throws QueueException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new QueueException("No answer from " + describe(request) + " within " + REQUEST_TIMEOUT.toSeconds() + " s.");
        } catch (ConnectException e) {
            throw new QueueException("Could not connect to " + request.uri().getScheme() + "://" + request.uri().getAuthority()
                    + reason(e) + " (is --base-url right?).");
        } catch (IOException e) {
            throw new QueueException("Could not talk to Oxen at " + describe(request) + reason(e) + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueueException("Interrupted while waiting for " + describe(request) + ".");
        }
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        if (status >= 200 && status < 300) {
            try {
                JsonNode answer = JSON.readTree(body);
                if (answer != null && answer.isObject()) {
                    return answer;
                }
            } catch (IOException e) {
                // reported below, with the body
            }
            throw unreadable(request, "HTTP " + status + ", not a JSON object: " + quoted(body));
        }
        if (status >= 300 && status < 400) {
            String target = response.headers().firstValue("Location").map(location -> " to " + OneLine.excerpt(location)).orElse("");
            throw new QueueException("Oxen answered " + describe(request) + " with a redirect (HTTP " + status + ")" + target
                    + "; point --base-url at the final address.");
        }
        throw new QueueException(refusal(status, body));
    }

    /** One line for an HTTP failure, such as {@code Oxen refused the request (HTTP 401 unauthenticated): ...}. */
    static String refusal(int status, String body) {
        String who = status >= 500 ? "Oxen failed to handle the request" : "Oxen refused the request";
        Optional<ErrorBody> error = ErrorBody.parse(body);
        String heading = who + " (HTTP " + status + error.flatMap(ErrorBody::type).map(type -> " " + type).orElse("") + ")";
        String explanation = error.map(ErrorBody::text).orElseGet(() -> quoted(body));
        String hint = status == 401 || status == 403 ? " Check OXEN_API_KEY." : "";
        return heading + ": " + explanation + hint;
    }

    private static QueueException unreadable(HttpRequest request, String what) {
        return new QueueException("Oxen sent an answer this program cannot read (" + describe(request) + "): " + what);
    }

    private static String describe(HttpRequest request) {
        return request.method() + " " + request.uri();
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "" : ": " + OneLine.of(message);
    }

    private static String quoted(String body) {
        String excerpt = OneLine.excerpt(body);
        return excerpt.isEmpty() ? "(empty body)" : "\"" + excerpt + "\"";
    }

    private static Optional<String> text(JsonNode object, String field) {
        JsonNode value = object.path(field);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }
}
