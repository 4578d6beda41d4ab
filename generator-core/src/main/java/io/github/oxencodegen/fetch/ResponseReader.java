package io.github.oxencodegen.fetch;

import static io.github.oxencodegen.fetch.FetchException.Kind.BAD_BODY;
import static io.github.oxencodegen.fetch.FetchException.Kind.FORBIDDEN;
import static io.github.oxencodegen.fetch.FetchException.Kind.NOT_FOUND;
import static io.github.oxencodegen.fetch.FetchException.Kind.NO_REQUEST_SCHEMA;
import static io.github.oxencodegen.fetch.FetchException.Kind.RATE_LIMITED;
import static io.github.oxencodegen.fetch.FetchException.Kind.SERVER_ERROR;
import static io.github.oxencodegen.fetch.FetchException.Kind.UNAUTHORIZED;
import static io.github.oxencodegen.fetch.FetchException.Kind.UNEXPECTED_STATUS;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.ModelDocument;
import io.github.oxencodegen.schema.ModelDocumentReader;
import io.github.oxencodegen.schema.SchemaException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Judges one answer from the server: the model it carries, or why it carries none and whether asking again
 * could help. Only 429, 502, 503 and 504 are worth another attempt; a 500 is taken as a fault that
 * the same request would meet again.
 */
final class ResponseReader {
    private static final Map<Integer, String> STATUS_NAMES = Map.ofEntries(
            Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(303, "See Other"),
            Map.entry(307, "Temporary Redirect"), Map.entry(308, "Permanent Redirect"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(407, "Proxy Authentication Required"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private final ModelDocumentReader documents = new ModelDocumentReader();
    private final boolean keySent;
    private final String keySources;
    private final Duration requestTimeout;

    /**
     * @param keySent        whether requests carry an API key, which changes the advice on 401 and 403
     * @param requestTimeout the time one attempt may take, for the message when the body is too slow
     */
    ResponseReader(boolean keySent, Duration requestTimeout, String keySources) {
        this.keySent = keySent;
        this.requestTimeout = requestTimeout;
        this.keySources = keySources;
    }

    /** The model in a response, or the failure; {@code now} measures a {@code Retry-After} date. */
    FetchedModel read(Answer answer, String modelId, URI url, Instant now) throws AttemptFailure {
        requireOk(answer, modelId, now);
        return readModel(answer, modelId, url);
    }

    /**
     * Returns when the answer is a 200 that did not time out; otherwise throws the failure. {@code modelId} is
     * the model asked for; null for the model list, whose 404 can only mean a wrong server.
     */
    void requireOk(Answer answer, String modelId, Instant now) throws AttemptFailure {
        int status = answer.status();
        if (answer.breakage() instanceof HttpTimeoutException) {
            throw TransportFailures.requestTimedOut(requestTimeout);
        }
        if (status == 200) {
            return;
        }
        String said = OxenError.messageOf(answer.bytes()).map(m -> " (\"" + m + "\")").orElse("");
        String answered = "Oxen answered " + status + describe(status) + said;
        Duration retryAfter = answer.headers().firstValue("Retry-After")
                .flatMap(value -> Backoff.retryAfter(value, now)).orElse(null);
        throw switch (status) {
            case 401 -> new AttemptFailure(UNAUTHORIZED, status,
                    answered + (keySent ? ": the API key was not accepted" : ": no API key was sent"),
                    keySent ? "Check the key, which is read from " + keySources + "."
                            : "Give the key as " + keySources + ".",
                    false, null, null);
            case 403 -> new AttemptFailure(FORBIDDEN, status, answered + ": this API key may not read the model",
                    keySent ? "Check that the key, read from " + keySources + ", belongs to an account with"
                            + " access to this model."
                            : "No API key was sent; give one as " + keySources + ".",
                    false, null, null);
            case 404 -> modelId == null
                    ? new AttemptFailure(UNEXPECTED_STATUS, status, answered.replaceFirst("^Oxen answered", "The server answered")
                            + contentType(answer) + ": there is no model list at this URL",
                            "Check that the base URL is Oxen's server root, such as https://hub.oxen.ai.", false, null, null)
                    : OxenError.saysModelNotFound(answer.bytes(), modelId)
                    ? new AttemptFailure(NOT_FOUND, status, answered + ": there is no model '" + modelId + "'",
                            "Check the model id (GET /api/ai/models lists them) and that the base URL is the server root,"
                                    + " such as https://hub.oxen.ai.",
                            false, null, null)
                    : new AttemptFailure(UNEXPECTED_STATUS, status, answered.replaceFirst("^Oxen answered", "The server answered")
                            + contentType(answer) + ", which is not Oxen's answer for a missing model (\"Model not found: "
                            + modelId + "\")",
                            "Check that the base URL is Oxen's server root, such as https://hub.oxen.ai, and that no proxy"
                                    + " answers in its place.",
                            false, null, null);
            case 407 -> new AttemptFailure(UNEXPECTED_STATUS, status, "the proxy answered 407" + describe(status),
                    "Give the proxy's user name and password in the proxy settings.", false, null, null);
            case 429 -> new AttemptFailure(RATE_LIMITED, status, answered,
                    "Oxen limits how often it may be asked; wait a while, or fetch fewer models at once.",
                    true, retryAfter, null);
            case 502, 503, 504 -> new AttemptFailure(SERVER_ERROR, status, answered,
                    "Oxen, or a gateway in front of it, is unavailable; try again later.", true, retryAfter, null);
            default -> otherStatus(answer, status, answered);
        };
    }

    private static AttemptFailure otherStatus(Answer answer, int status, String answered) {
        if (status >= 300 && status < 400) {
            String target = answer.headers().firstValue("Location").orElse("nowhere");
            return new AttemptFailure(UNEXPECTED_STATUS, status, answered + " with a redirect to " + target
                    + ", which is not followed (the API key is sent only to the configured server)",
                    "Set the base URL to the server the redirect points at.", false, null, null);
        }
        if (status >= 500) {
            return new AttemptFailure(SERVER_ERROR, status, answered,
                    "This is a fault on Oxen's side that asking again at once is unlikely to mend; try again later,"
                            + " and report it to Oxen if it persists.", false, null, null);
        }
        return new AttemptFailure(UNEXPECTED_STATUS, status, answered,
                "Only 200 is expected from this endpoint; check that the base URL is Oxen's server root,"
                        + " such as https://hub.oxen.ai.", false, null, null);
    }

    private FetchedModel readModel(Answer answer, String modelId, URI url) throws AttemptFailure {
        byte[] bytes = answer.bytes();
        if (!answer.isComplete()) {
            throw new AttemptFailure(BAD_BODY, 200, answer.describeBreak(),
                    "The connection was cut while the body was being sent; run the build again, and if it keeps"
                            + " happening check any proxy in between.", false, null, answer.breakage());
        }
        if (bytes.length == 0) {
            throw badBody("the body is empty", "Check that the base URL is Oxen's server root, such as"
                    + " https://hub.oxen.ai.");
        }
        JsonNode document;
        try {
            document = ModelDocumentReader.parseJson(bytes, url.toString());
        } catch (SchemaException e) {
            String type = answer.headers().firstValue("Content-Type").orElse("none");
            String hint = type.contains("json") ? "" : " (Content-Type: " + type + ")";
            throw badBody("the body is " + e.reason() + hint, "Check that the base URL is Oxen's server root; a proxy"
                    + " or a login page may have answered instead.");
        }
        if (!document.isObject() || !document.path("id").isTextual()) {
            throw badBody("the body is JSON but not a model object with an 'id'", "Check that the base URL is Oxen's"
                    + " server root, such as https://hub.oxen.ai.");
        }
        String served = document.get("id").asText();
        if (!served.equals(modelId)) {
            String shown = (served.length() > 80 ? served.substring(0, 80) + "..." : served).replaceAll("\\s+", " ");
            throw badBody("the body describes the model '" + shown + "', not the one asked for",
                    "Check that the base URL is Oxen's server root and that no proxy rewrites the request.");
        }
        if (!document.has("request_schema") && !document.has("json_request_schema")) {
            throw badBody("the model object has no 'request_schema' field", "Oxen's API may have changed;"
                    + " report this with the model id.");
        }
        ModelDocument model;
        try {
            model = documents.read(document, url.toString(), null).get(0);
        } catch (SchemaException e) {
            throw badBody("the model object cannot be read: " + e.reason(), "Oxen's API may have changed;"
                    + " report this with the model id.");
        }
        if (!model.hasRequestSchema()) {
            throw new AttemptFailure(NO_REQUEST_SCHEMA, 200,
                    "it is a chat model or publishes no request schema; nothing to generate",
                    "Remove it from the models to generate.", false, null, null);
        }
        return new FetchedModel(modelId, url, bytes, document, model);
    }

    private static String contentType(Answer answer) {
        return answer.headers().firstValue("Content-Type").map(type -> " (Content-Type: " + type + ")").orElse("");
    }

    private static AttemptFailure badBody(String reason, String advice) {
        return new AttemptFailure(BAD_BODY, 200, reason, advice, false, null, null);
    }

    private static String describe(int status) {
        String name = STATUS_NAMES.get(status);
        return name == null ? "" : " " + name;
    }
}
