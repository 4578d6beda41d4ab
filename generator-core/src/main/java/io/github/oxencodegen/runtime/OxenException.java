package io.github.oxencodegen.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * A call to Oxen that failed: an error answer (with its HTTP status and Oxen's error type, title and
 * detail, read from either of Oxen's error shapes), a transport failure, a timeout, or an answer
 * this client cannot read. {@link #kind()} tells them apart. The message is one line naming the
 * call and, where there is one, the model; it never holds the API key.
 */
public final class OxenException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int LONGEST_TEXT = 300;

    /** What went wrong. */
    public enum Kind {
        /** 401 or 403: the API key is missing, wrong, or lacks the right. */
        AUTHENTICATION,
        /** 404: no such model or generation. */
        NOT_FOUND,
        /** 400 (or 422): Oxen refused the parameters. */
        INVALID_PARAMETERS,
        /** 429: too many requests; {@link #retryAfter()} says when Oxen allows the next. */
        RATE_LIMITED,
        /** Any other error status, such as 500 or 503. */
        API_ERROR,
        /** No answer: the connection failed, was refused, or broke mid-answer. */
        TRANSPORT,
        /** The server did not answer in time, or a wait ran out. */
        TIMEOUT,
        /** An answer with a success status that is not what the call expects (such as broken JSON). */
        INVALID_RESPONSE
    }

    /**
     * What went wrong.
     */
    private final Kind kind;

    /**
     * The call, such as {@code POST /api/ai/queue}.
     */
    private final String call;

    /**
     * The model the call was for; {@code null} when there is none.
     */
    private final String modelId;

    /**
     * The HTTP status; 0 when no answer came.
     */
    private final int status;

    /**
     * Oxen's error type; {@code null} when the answer gave none.
     */
    private final String errorType;

    /**
     * Oxen's error title, or the {@code message} of its other error shape; {@code null} when the answer gave none.
     */
    private final String title;

    /**
     * Oxen's error detail; {@code null} when the answer gave none.
     */
    private final String detail;

    /**
     * The answer's {@code Retry-After}; {@code null} when it gave none.
     */
    private final Duration retryAfter;

    private OxenException(Kind kind, String call, String modelId, int status, String errorType, String title,
            String detail, Duration retryAfter, String what, Throwable cause) {
        super(message(call, modelId, what), cause);
        this.kind = kind;
        this.call = call;
        this.modelId = modelId;
        this.status = status;
        this.errorType = errorType;
        this.title = title;
        this.detail = detail;
        this.retryAfter = retryAfter;
    }

    /** The error answer {@code status} with {@code body} to {@code call} ("POST /api/ai/queue"). */
    static OxenException ofAnswer(String call, String modelId, int status, byte[] body, Duration retryAfter) {
        JsonNode error = readError(body);
        String type = text(error, "type");
        String title = text(error, "title");
        String detail = text(error, "detail");
        if (title == null) {
            title = text(error, "message");
        }
        StringBuilder what = new StringBuilder("HTTP ").append(status);
        if (type != null) {
            what.append(' ').append(type);
        }
        if (title != null) {
            what.append(": ").append(title);
        }
        if (detail != null) {
            what.append(" (").append(detail).append(')');
        }
        if (error == null && body.length > 0) {
            what.append(": ").append(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (retryAfter != null) {
            what.append("; retry after ").append(retryAfter.toSeconds()).append(" s");
        }
        return new OxenException(kindOf(status), call, modelId, status, type, title, detail, retryAfter,
                what.toString(), null);
    }

    /** No answer to {@code call}: {@code cause} says why. */
    static OxenException ofTransport(String call, String modelId, IOException cause) {
        boolean timeout = cause instanceof java.net.http.HttpTimeoutException;
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new OxenException(timeout ? Kind.TIMEOUT : Kind.TRANSPORT, call, modelId, 0, null, null, null, null,
                (timeout ? "no answer in time: " : "no answer: ") + why, cause);
    }

    /** A wait on {@code call} that ran out after {@code waited}. */
    static OxenException ofTimeout(String call, String modelId, String what) {
        return new OxenException(Kind.TIMEOUT, call, modelId, 0, null, null, null, null, what, null);
    }

    /** A success answer to {@code call} that cannot be read: {@code what} says how. */
    static OxenException ofInvalidAnswer(String call, String modelId, int status, String what, Throwable cause) {
        return new OxenException(Kind.INVALID_RESPONSE, call, modelId, status, null, null, null, null,
                "HTTP " + status + " but " + what, cause);
    }

    /**
     * What went wrong: the kind of answer, or the lack of one.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The call that failed: its method and path, without the host or query.
     *
     * @return the call, such as {@code POST /api/ai/queue}
     */
    public String call() {
        return call;
    }

    /**
     * The model the call was for.
     *
     * @return the model id; empty for a call about no one model, such as listing the queue
     */
    public Optional<String> modelId() {
        return Optional.ofNullable(modelId);
    }

    /**
     * The HTTP status of the answer.
     *
     * @return the status, such as 429; 0 when no answer came (kinds {@code TRANSPORT} and a
     *         {@code TIMEOUT} without an answer)
     */
    public int status() {
        return status;
    }

    /**
     * Oxen's error type, read from the answer's {@code error.type}.
     *
     * @return the type, such as {@code invalid_params}; empty when the answer gave none
     */
    public Optional<String> errorType() {
        return Optional.ofNullable(errorType);
    }

    /**
     * Oxen's error title, read from the answer's {@code error.title}, or {@code error.message} in
     * its other error shape.
     *
     * @return the title; empty when the answer gave none
     */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /**
     * Oxen's error detail, read from the answer's {@code error.detail}.
     *
     * @return the detail; empty when the answer gave none
     */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /**
     * How long Oxen asked to wait before the next call, from the answer's {@code Retry-After}
     * (seconds or an HTTP date).
     *
     * @return the wait; empty when the answer did not say
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    private static Kind kindOf(int status) {
        return switch (status) {
            case 401, 403 -> Kind.AUTHENTICATION;
            case 404 -> Kind.NOT_FOUND;
            case 400, 422 -> Kind.INVALID_PARAMETERS;
            case 429 -> Kind.RATE_LIMITED;
            case 408, 504 -> Kind.TIMEOUT;
            default -> Kind.API_ERROR;
        };
    }

    private static JsonNode readError(byte[] body) {
        try {
            // read as text: readTree(String) declares only Jackson's own exception, so this source also
            // reads as Jackson 3 code, where that exception is unchecked (see JacksonDialect)
            JsonNode error = MAPPER.readTree(new String(body, StandardCharsets.UTF_8)).path("error");
            return error.isObject() ? error : null;
        } catch (JsonProcessingException e) {
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(JsonNode error, String field) {
        JsonNode value = error == null ? null : error.get(field);
        String text = value == null ? null : value.textValue();
        return text != null && !text.isBlank() ? text : null;
    }

    private static String message(String call, String modelId, String what) {
        String line = "Oxen " + call + (modelId == null ? "" : " for model '" + modelId + "'") + " failed: "
                + what.replaceAll("\\s+", " ").strip();
        return line.length() <= LONGEST_TEXT ? line : line.substring(0, LONGEST_TEXT) + "...";
    }
}
