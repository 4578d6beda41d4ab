package io.github.oxencodegen.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * A model that could not be fetched, or that arrived but cannot be generated from. The message is
 * one line that names the model id and the URL, says what happened and what to do about it; it
 * never contains the API key.
 */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, for callers that react differently to each. */
    public enum Kind {
        /**
         * No connection, or the connection broke before a response arrived; also a failed TLS handshake
         * and an interrupted fetch.
         */
        CONNECTION,
        /** No connection, or no complete response, within the configured time. */
        TIMEOUT,
        /** HTTP 401: no API key, or one Oxen does not know. */
        UNAUTHORIZED,
        /** HTTP 403: the key is known but may not read this model. */
        FORBIDDEN,
        /**
         * HTTP 404 with Oxen's own answer for a missing model, {@code "Model not found: <id>"} naming this id:
         * Oxen has no model with this id (any other 404 is {@link #UNEXPECTED_STATUS}: it does not say so).
         */
        NOT_FOUND,
        /** HTTP 429, still after every retry. */
        RATE_LIMITED,
        /** HTTP 5xx: 500 and others at once, 502, 503 and 504 after every retry. */
        SERVER_ERROR,
        /**
         * Any other status, including redirects, which are not followed, and a 404 that is not Oxen's
         * "Model not found" (a wrong base URL's page, say).
         */
        UNEXPECTED_STATUS,
        /** A 200 whose body is not JSON, is truncated, or is not the requested model object. */
        BAD_BODY,
        /** The model exists but publishes no request schema (chat models): nothing to generate. */
        NO_REQUEST_SCHEMA
    }

    private final Kind kind;
    private final String modelId;
    private final URI url;
    private final int status;

    FetchException(Kind kind, String modelId, URI url, int status, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.modelId = Objects.requireNonNull(modelId, "modelId");
        this.url = Objects.requireNonNull(url, "url");
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    /** The id of the model that was asked for. */
    public String modelId() {
        return modelId;
    }

    /** The URL that was requested. */
    public URI url() {
        return url;
    }

    /** The HTTP status of the last response; -1 when none arrived. */
    public int status() {
        return status;
    }
}
