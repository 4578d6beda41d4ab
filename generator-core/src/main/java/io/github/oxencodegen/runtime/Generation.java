package io.github.oxencodegen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A generation in Oxen's queue, as {@code GET /api/ai/queue/{id}} describes it (enqueueing answers
 * only the id and status; the other fields are then empty).
 *
 * @param id           {@code generation_id}
 * @param model        {@code model_name}, or {@code ""} when the answer does not say
 * @param status       {@code status}; a status Oxen adds later is kept
 * @param mediaType    {@code media_type} ({@code image} or {@code video}), or {@code ""}
 * @param resultUrl    {@code result_url} once succeeded (presigned: it expires), else {@code null}
 * @param errorMessage {@code error_message} once failed, else {@code null}
 * @param enqueuedAt   {@code enqueued_at}, or {@code null}
 * @param startedAt    {@code started_at}, or {@code null} until it started
 * @param completedAt  {@code completed_at}, or {@code null} until it ended
 * @param json         the whole answer, with the request's own parameters echoed
 */
public record Generation(String id, String model, GenerationStatus status, String mediaType, String resultUrl,
        String errorMessage, Instant enqueuedAt, Instant startedAt, Instant completedAt, JsonNode json) {
    /**
     * A generation; {@code resultUrl}, {@code errorMessage} and the three times may be {@code null},
     * the other parts are required.
     *
     * @param id           the generation id
     * @param model        the model id, or {@code ""}
     * @param status       the status
     * @param mediaType    {@code image}, {@code video}, or {@code ""}
     * @param resultUrl    the result URL, or {@code null}
     * @param errorMessage the error message, or {@code null}
     * @param enqueuedAt   when it was queued, or {@code null}
     * @param startedAt    when it started, or {@code null}
     * @param completedAt  when it ended, or {@code null}
     * @param json         the answer it was read from
     * @throws NullPointerException if a required part is {@code null}
     */
    public Generation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(json, "json");
    }

    /**
     * Reads one generation object of Oxen's queue API; the times are read as seconds since the epoch.
     *
     * @param json a generation object, such as {@code GET /api/ai/queue/{id}} answers
     * @return the generation
     * @throws IllegalArgumentException if {@code json} has no text {@code generation_id} or {@code status}
     */
    public static Generation of(JsonNode json) {
        JsonNode id = json.path("generation_id");
        JsonNode status = json.path("status");
        if (!id.isTextual() || !status.isTextual()) {
            throw new IllegalArgumentException("a generation needs the texts 'generation_id' and 'status', got "
                    + (id.isTextual() ? "" : "no generation_id ") + (status.isTextual() ? "" : "no status"));
        }
        return new Generation(id.textValue(), MediaItems.textOrEmpty(json, "model_name"), new GenerationStatus(status.textValue()),
                MediaItems.textOrEmpty(json, "media_type"), text(json, "result_url"), text(json, "error_message"),
                time(json, "enqueued_at"), time(json, "started_at"), time(json, "completed_at"), json);
    }

    /** A generation known only by its id and model, before anything was heard of it. */
    static Generation queued(String id, String model) {
        return new Generation(id, model, GenerationStatus.QUEUED, "", null, null, null, null, null,
                JsonNodeFactory.instance.objectNode().put("generation_id", id).put("status", "queued"));
    }

    /**
     * Whether it has ended, as {@link GenerationStatus#isFinal()} tells.
     *
     * @return {@code true} once it succeeded, failed or was cancelled
     */
    public boolean isFinal() {
        return status.isFinal();
    }

    /**
     * The result URL, once it succeeded; presigned, so it expires.
     *
     * @return {@link #resultUrl()}; empty until the generation succeeded
     */
    public Optional<String> resultUrlIfAny() {
        return Optional.ofNullable(resultUrl);
    }

    /**
     * The error message, once it failed.
     *
     * @return {@link #errorMessage()}; empty unless the generation failed
     */
    public Optional<String> errorMessageIfAny() {
        return Optional.ofNullable(errorMessage);
    }

    private static String text(JsonNode json, String field) {
        return json.path(field).textValue();
    }

    private static Instant time(JsonNode json, String field) {
        JsonNode value = json.path(field);
        return value.canConvertToLong() ? Instant.ofEpochSecond(value.asLong()) : null;
    }

    @Override
    public String toString() {
        return "Generation[" + id + ", " + (model.isEmpty() ? "" : model + ", ") + status
                + (resultUrl == null ? "" : ", " + resultUrl) + (errorMessage == null ? "" : ", error: " + errorMessage) + "]";
    }
}
